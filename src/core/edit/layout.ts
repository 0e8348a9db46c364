import { isPair, isScalar, type CST, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { EditSource } from './source';
import { EditError } from './text-edit';

export type Collection = YAMLMap<unknown, unknown> | YAMLSeq<unknown>;

/**
 * One entry of a block collection (a map pair or a list item) as lines of text. Comment lines
 * directly above an entry, no more indented than it, belong to it; so do comment lines after
 * it that are indented deeper. Blank lines and other comments between entries belong to neither.
 */
export interface BlockEntry {
  /** Where the entry's text begins: the start of its first comment line, or of its own line. */
  start: number;
  /** The `-` of an item or the first character of a key. */
  indicator: number;
  /** Just past the `-` or `:` that introduces the value. */
  afterIndicator: number;
  /** Past the line break after the entry's last line, or the text end. */
  end: number;
}

export interface BlockLayout {
  /** Column of every entry's `-` or key. */
  column: number;
  /** The first entry shares its line with an enclosing `- ` (`- a: 1`), so it starts mid-line. */
  compact: boolean;
  entries: BlockEntry[];
}

/** One entry of a flow collection `[a, b]` or `{a: 1}`: the item, or the pair from key to value. */
export interface FlowEntry {
  start: number;
  end: number;
}

/** Offset just past the last visible character of a value node. */
export function valueEnd(src: EditSource, node: Node): number {
  const [start, end] = node.range ?? [0, 0];
  return src.trimEnd(end, start);
}

/** True for `key:` with nothing after it: a null without source text. */
export function isEmptyValue(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.range?.[0] === node.range?.[1]);
}

/**
 * The entries of a block collection. `isRoot` keeps the document's leading comment block (a file
 * header, a `yaml-language-server` modeline) from being claimed by the first key.
 */
export function blockLayout(src: EditSource, collection: Collection, isRoot: boolean): BlockLayout {
  const token = collection.srcToken;
  // The parser keeps comment lines after the last entry as an entry of their own; they are not one.
  const items = token && 'items' in token ? token.items.filter((item) => !isCommentOnly(item)) : [];
  if (!token || (token.type !== 'block-map' && token.type !== 'block-seq') || items.length !== collection.items.length) {
    throw new EditError('Unexpected YAML structure: the block collection does not match its source.');
  }
  const indicators = items.map((item) => indicatorOf(item));
  const column = src.column(indicators[0]?.indicator ?? collection.range?.[0] ?? 0);
  const compact = indicators.length > 0 && !src.startsLine(indicators[0].indicator);
  const entries = indicators.map(({ indicator, afterIndicator }, i) => {
    const last = Math.max(afterIndicator, lastVisible(src, collection.items[i]));
    let end = src.nextLine(last - 1);
    while (end < src.text.length && src.isComment(end) && src.indentation(end) > column) end = src.nextLine(end);
    let start = i === 0 && compact ? indicator : src.lineStart(indicator);
    if (!(i === 0 && (compact || isRoot))) {
      while (start > 0) {
        const previous = src.lineStart(start - 1);
        if (!src.isComment(previous) || src.indentation(previous) > column) break;
        start = previous;
      }
    }
    return { start, indicator, afterIndicator, end };
  });
  return { column, compact, entries };
}

/** The entries of a flow collection. */
export function flowEntries(src: EditSource, collection: Collection): FlowEntry[] {
  return collection.items.map((item) => {
    const nodes = isPair(item) ? [item.key, item.value] : [item];
    const ranged = nodes.filter((node): node is Node => !isEmptyValue(node) && !!(node as Node).range);
    if (ranged.length === 0) throw new EditError('Unexpected YAML structure: a flow entry without source.');
    return { start: ranged[0].range![0], end: valueEnd(src, ranged[ranged.length - 1]) };
  });
}

function isCommentOnly(item: CST.CollectionItem): boolean {
  return !item.key && !item.sep && !item.value && item.start.every((token) => ['space', 'newline', 'comment'].includes(token.type));
}

function indicatorOf(item: CST.CollectionItem): { indicator: number; afterIndicator: number } {
  const tokens = [...item.start, ...(item.key ? [item.key] : []), ...(item.sep ?? [])];
  const first = tokens.find((token) => token.type !== 'space' && token.type !== 'newline' && token.type !== 'comment');
  const marker = [...item.start, ...(item.sep ?? [])].find((token) => token.type === 'seq-item-ind' || token.type === 'map-value-ind');
  if (!first || !marker) throw new EditError('Unexpected YAML structure: an entry without `-` or `:`.');
  return { indicator: first.offset, afterIndicator: marker.offset + marker.source.length };
}

function lastVisible(src: EditSource, item: unknown): number {
  const nodes = isPair(item) ? [(item as Pair).key, (item as Pair).value] : [item];
  let last = 0;
  for (const node of nodes) {
    if (!isEmptyValue(node) && (node as Node).range) last = Math.max(last, valueEnd(src, node as Node));
  }
  return last;
}
