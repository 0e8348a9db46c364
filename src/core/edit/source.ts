import { isMap, isSeq, parseDocument, visit, type Document } from 'yaml';
import { EditError } from './text-edit';

/**
 * A document's text parsed for editing, with the layout conventions new text must follow:
 * its line ending, its indentation unit and whether lists sit indented under their key.
 */
export class EditSource {
  readonly doc: Document.Parsed;
  readonly eol: '\n' | '\r\n';
  /** Spaces per nesting level, as the document already uses (2 when it does not say). */
  readonly indent: number;
  /** `key:\n  - a` (true) or `key:\n- a` (false). */
  readonly indentSeq: boolean;

  constructor(readonly text: string) {
    // Source tokens give the exact offsets of `-`, `:` and comments that node ranges leave out.
    this.doc = parseDocument(text, { keepSourceTokens: true, prettyErrors: false });
    if (this.doc.errors.length > 0) {
      throw new EditError(`The document does not parse, so it cannot be edited safely: ${this.doc.errors[0].message.split('\n', 1)[0]}`);
    }
    const lineBreak = text.indexOf('\n');
    this.eol = lineBreak > 0 && text[lineBreak - 1] === '\r' ? '\r\n' : '\n';
    const style = this.detectIndentation();
    this.indent = style.indent;
    this.indentSeq = style.indentSeq;
  }

  /** Offset where the line holding `offset` starts. */
  lineStart(offset: number): number {
    return offset <= 0 ? 0 : this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** Offset of the line break (or text end) ending the line that holds `offset`. */
  lineEnd(offset: number): number {
    const lineBreak = this.text.indexOf('\n', offset);
    if (lineBreak < 0) return this.text.length;
    return this.text[lineBreak - 1] === '\r' ? lineBreak - 1 : lineBreak;
  }

  /** Offset where the next line starts: just past the line break, or the text end on the last line. */
  nextLine(offset: number): number {
    const lineBreak = this.text.indexOf('\n', offset);
    return lineBreak < 0 ? this.text.length : lineBreak + 1;
  }

  column(offset: number): number {
    return offset - this.lineStart(offset);
  }

  /** The line starting at `start` without its line break. */
  line(start: number): string {
    return this.text.slice(start, this.lineEnd(start));
  }

  /** Spaces at the start of the line starting at `lineStart`. */
  indentation(lineStart: number): number {
    const line = this.line(lineStart);
    return line.length - line.trimStart().length;
  }

  /** True for a line holding nothing but a comment. */
  isComment(lineStart: number): boolean {
    return this.line(lineStart).trimStart().startsWith('#');
  }

  isBlank(lineStart: number): boolean {
    return this.line(lineStart).trim() === '';
  }

  /** True when only spaces precede `offset` on its line. */
  startsLine(offset: number): boolean {
    return this.text.slice(this.lineStart(offset), offset).trim() === '';
  }

  /** `offset` moved back over trailing whitespace, so it ends on the last visible character. */
  trimEnd(offset: number, floor = 0): number {
    while (offset > floor && /\s/.test(this.text[offset - 1])) offset--;
    return offset;
  }

  /** Reads the first nested block map and the first block list under a key; an indented list also tells the unit. */
  private detectIndentation(): { indent: number; indentSeq: boolean } {
    let indent: number | undefined;
    let indentSeq: boolean | undefined;
    let seqDepth: number | undefined;
    visit(this.doc, {
      Pair: (_, pair) => {
        const key = pair.key as { range?: [number, number, number] } | null;
        const value = pair.value;
        if (!key?.range || !(isMap(value) || isSeq(value)) || value.flow || !value.range) return undefined;
        const depth = this.column(value.range[0]) - this.column(key.range[0]);
        if (isMap(value) && indent === undefined && depth > 0) indent = depth;
        if (isSeq(value) && indentSeq === undefined && this.startsLine(value.range[0])) {
          indentSeq = depth > 0;
          if (depth > 0) seqDepth = depth;
        }
        return indent !== undefined && indentSeq !== undefined ? visit.BREAK : undefined;
      },
    });
    return { indent: indent ?? seqDepth ?? 2, indentSeq: indentSeq ?? true };
  }
}
