import { Document, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { Finding, LineCol, Path, Range } from './types';

/**
 * Alias expansions allowed when turning the YAML into a value. A review never needs many;
 * a "billion laughs" document needs millions, and the yaml library stops it at this count.
 */
const MAX_ALIAS_COUNT = 100;

/** Which part of a map entry or list item a range should cover. */
export type RangePart = 'key' | 'value' | 'entry';

/**
 * A review's text parsed once, with the YAML nodes kept so that every finding and every
 * structured edit can point at exact source ranges.
 */
export class ParsedReview {
  readonly doc: Document.Parsed;
  /** The review as plain data; `undefined` when the YAML could not be read. */
  readonly value: unknown;
  /** `yaml-syntax` findings. When there are any, `value` is undefined and no other rule runs. */
  readonly syntaxFindings: Finding[];
  private readonly lines = new LineCounter();

  constructor(readonly text: string) {
    this.doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false, keepSourceTokens: false });
    this.syntaxFindings = this.readSyntax();
    this.value = this.syntaxFindings.length === 0 ? this.toValue() : undefined;
  }

  /** 1-based line and column of a text offset. */
  position(offset: number): LineCol {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  /** The YAML node at `path`, or undefined when some step of the path is absent. */
  node(path: Path): Node | undefined {
    return this.pairOrNode(path)?.node;
  }

  /**
   * The narrowest range for `path`: the entry's key, its value, or the whole entry.
   * When the path does not exist, the range of its nearest existing ancestor's key, so a
   * finding about a missing field points at the object that lacks it.
   */
  rangeOf(path: Path, part: RangePart = 'value'): Range {
    for (let depth = path.length; depth > 0; depth--) {
      const found = this.pairOrNode(path.slice(0, depth));
      if (!found) continue;
      const exact = depth === path.length;
      const range = exact ? this.partRange(found, part) : this.partRange(found, 'key');
      if (range) return range;
    }
    return this.rootRange();
  }

  private pairOrNode(path: Path): { pair?: Pair; node?: Node } | undefined {
    let pair: Pair | undefined;
    let node: unknown = this.doc.contents;
    for (const step of path) {
      pair = undefined;
      if (isMap(node) && typeof step === 'string') {
        pair = node.items.find((p) => isScalar(p.key) && p.key.value === step);
        if (!pair) return undefined;
        node = pair.value;
      } else if (isSeq(node) && typeof step === 'number') {
        node = node.items[step];
        if (node === undefined) return undefined;
      } else {
        return undefined;
      }
    }
    return { pair, node: (node ?? undefined) as Node | undefined };
  }

  private partRange(found: { pair?: Pair; node?: Node }, part: RangePart): Range | undefined {
    const key = isPair(found.pair) ? (found.pair.key as Node | null) : undefined;
    const keyRange = key?.range ? this.trimmed(key.range[0], key.range[1]) : undefined;
    const valueRange = found.node?.range ? this.trimmed(found.node.range[0], found.node.range[1]) : undefined;
    if (part === 'key') return keyRange ?? valueRange;
    if (part === 'value') return valueRange ?? keyRange;
    if (keyRange && valueRange) return { start: keyRange.start, end: Math.max(keyRange.end, valueRange.end) };
    return keyRange ?? valueRange;
  }

  /** The first key of the document (usually `pir:`), or the start of the text. */
  private rootRange(): Range {
    const root = this.doc.contents;
    if (isMap(root) && root.items.length > 0) {
      const range = this.partRange({ pair: root.items[0], node: root.items[0].value as Node }, 'key');
      if (range) return range;
    }
    const firstLineEnd = this.text.indexOf('\n');
    return this.trimmed(0, firstLineEnd < 0 ? this.text.length : firstLineEnd);
  }

  /** A range without trailing whitespace, so a squiggle ends on the last visible character. */
  private trimmed(start: number, end: number): Range {
    while (end > start && /\s/.test(this.text[end - 1])) end--;
    return { start, end };
  }

  private readSyntax(): Finding[] {
    const nul = this.text.indexOf('\0');
    if (nul >= 0) {
      return [syntax('The file contains NUL bytes: it looks binary, not YAML.', { start: nul, end: nul + 1 })];
    }
    return this.doc.errors.map((error) => {
      const [start, end] = error.pos;
      const message =
        error.code === 'MULTIPLE_DOCS'
          ? 'A review is one YAML document; this file has more than one (remove the extra `---`).'
          : firstLine(error.message);
      // An error at the end of the file (an unclosed `[`) points past the text: mark its last character instead.
      const last = this.text.length;
      const from = Math.min(start, Math.max(0, last - 1));
      return syntax(message, { start: from, end: Math.min(Math.max(end, from + 1), last) });
    });
  }

  private toValue(): unknown {
    try {
      return this.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      // The yaml library throws on excessive alias expansion (a "billion laughs" document).
      const message = error instanceof Error ? error.message : String(error);
      this.syntaxFindings.push(syntax(`The YAML cannot be expanded: ${message}.`, this.rootRange()));
      return undefined;
    }
  }
}

function syntax(message: string, range: Range): Finding {
  return { rule: 'yaml-syntax', severity: 'error', message, range };
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0].replace(/ at line \d+, column \d+:?$/, '');
}
