import { LineCounter } from 'yaml';
import { readWithDocument } from './read-document';
import { readWithEvents } from './read-events';
import { lookup, trimmedEnd, type SourceNode, type SourcePair } from './source-tree';
import type { Finding, LineCol, Path, Range } from './types';

/** Which part of a map entry or list item a range should cover. */
export type RangePart = 'key' | 'value' | 'entry';

/**
 * A review's text parsed once, with the source tree kept so that every finding can point at
 * exact source ranges. Reviews as people write them take the fast reader; anything it leaves
 * (syntax errors, anchors, tags) takes the yaml library's Document, which explains errors best.
 */
export class ParsedReview {
  /** The review as plain data; `undefined` when the YAML could not be read. */
  readonly value: unknown;
  /** `yaml-syntax` findings. When there are any, `value` is undefined and no other rule runs. */
  readonly syntaxFindings: Finding[] = [];
  /** Where each node is; undefined for an empty document. */
  readonly root: SourceNode | undefined;
  private lines: LineCounter | undefined;

  constructor(readonly text: string) {
    const nul = text.indexOf('\0');
    if (nul >= 0) {
      this.syntaxFindings.push(syntax('The file contains NUL bytes: it looks binary, not YAML.', { start: nul, end: nul + 1 }));
      return;
    }
    const fast = readWithEvents(text);
    if (fast) {
      ({ value: this.value, root: this.root } = fast);
      return;
    }
    const read = readWithDocument(text);
    this.root = read.root;
    this.value = read.value;
    this.syntaxFindings.push(...read.errors.map(({ message, range }) => syntax(message, range)));
    if (read.unexpandable) this.syntaxFindings.push(syntax(`The YAML cannot be expanded: ${read.unexpandable}.`, this.rootRange()));
  }

  /** 1-based line and column of a text offset. */
  position(offset: number): LineCol {
    const { line, col } = (this.lines ??= lineCounterOf(this.text)).linePos(offset);
    return { line, column: col };
  }

  /** Where the node at `path` is, or undefined when some step of the path is absent. */
  node(path: Path): SourceNode | undefined {
    return lookup(this.root, path)?.node;
  }

  /**
   * The narrowest range for `path`: the entry's key, its value, or the whole entry.
   * When the path does not exist, the range of its nearest existing ancestor's key, so a
   * finding about a missing field points at the object that lacks it.
   */
  rangeOf(path: Path, part: RangePart = 'value'): Range {
    for (let depth = path.length; depth > 0; depth--) {
      const found = lookup(this.root, path.slice(0, depth));
      if (!found) continue;
      const range = this.partRange(found, depth === path.length ? part : 'key');
      if (range) return range;
    }
    return this.rootRange();
  }

  private partRange(found: { pair?: SourcePair; node?: SourceNode }, part: RangePart): Range | undefined {
    const key = found.pair?.key;
    const keyRange = key && this.trimmed(key.start, key.end);
    const valueRange = found.node && this.trimmed(found.node.start, found.node.end);
    if (part === 'key') return keyRange ?? valueRange;
    if (part === 'value') return valueRange ?? keyRange;
    if (keyRange && valueRange) return { start: keyRange.start, end: Math.max(keyRange.end, valueRange.end) };
    return keyRange ?? valueRange;
  }

  /** The first key of the document (usually `pir:`), or the start of the text. */
  private rootRange(): Range {
    const first = this.root?.kind === 'map' ? this.root.pairs[0] : undefined;
    const range = first && this.partRange({ pair: first, node: first.value }, 'key');
    if (range) return range;
    const firstLineEnd = this.text.indexOf('\n');
    return this.trimmed(0, firstLineEnd < 0 ? this.text.length : firstLineEnd);
  }

  /** A range without trailing whitespace, so a squiggle ends on the last visible character. */
  private trimmed(start: number, end: number): Range {
    return { start, end: trimmedEnd(this.text, start, end) };
  }
}

/** The yaml library's line index, fed the line starts its parser would report (the fast reader has no such hook). */
function lineCounterOf(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines.addNewLine(at + 1);
  return lines;
}

function syntax(message: string, range: Range): Finding {
  return { rule: 'yaml-syntax', severity: 'error', message, range };
}
