import { isCollection, isMap, isPair, type Node } from 'yaml';
import { blockLayout, isEmptyValue, valueEnd, type Collection } from './layout';
import { blockItemValue, blockPairValue, flowValue, rootValue } from './render';
import type { Slot } from './slot';
import type { EditSource } from './source';
import { EditError, type TextEdit } from './text-edit';

/**
 * Edits that put `value` in `slot`. The new value's first line replaces just the old value's text,
 * keeping the key and a trailing comment; the lines of a block scalar or block collection go below.
 */
export function replaceValue(src: EditSource, slot: Slot, value: unknown): TextEdit[] {
  const { parent, node } = slot;
  if (!parent) return replaceRoot(src, node, value);
  if (parent.flow) return replaceInFlow(src, slot, value);
  const layout = blockLayout(src, parent, parent === src.doc.contents);
  const after = layout.entries[slot.index].afterIndicator;
  const text = isMap(parent) ? blockPairValue(value, layout.column, src) : blockItemValue(value, layout.column, src);
  // A block scalar header or nothing stays on the key's line; the lines below go after whatever
  // followed the old value there (a comment), which would otherwise end up inside the new value.
  const lineBreak = text.indexOf(src.eol);
  const head = lineBreak < 0 ? text : text.slice(0, lineBreak);
  const body = lineBreak < 0 ? '' : text.slice(lineBreak);
  if (node && head === '' && isBlockCollection(node) && src.startsLine(node.range![0])) {
    const firstLine = body.slice(src.eol.length);
    if (src.column(node.range![0]) === firstLine.length - firstLine.trimStart().length) {
      // A block collection replacing one at the same column: keep the comments between the key and it.
      return [edit(node.range![0], nodeEnd(src, node), firstLine.trimStart())];
    }
  }
  const sameLine = node !== null && head !== '' && src.lineStart(node.range![0]) === src.lineStart(after);
  const start = sameLine ? node.range![0] : after;
  const end = node ? nodeEnd(src, node) : after;
  const keyLineEnd = src.lineEnd(after);
  // `key:   # note` over lines of value: the new value goes before the note, the old lines go.
  const edits = !sameLine && end > keyLineEnd && src.text.slice(after, keyLineEnd).trimStart().startsWith('#')
    ? [edit(after, after, head), edit(keyLineEnd, end, '')]
    : [edit(start, end, sameLine ? head.slice(1) : head)];
  // An empty value's commented-out example (the new-review template's placeholder) gives way
  // to the real value, so no stale hint is left inside it.
  const bodyEnd = node ? src.lineEnd(end) : placeholderEnd(src, after, layout.column);
  if (body || bodyEnd !== src.lineEnd(end)) edits.push(edit(src.lineEnd(end), bodyEnd, body));
  return edits.filter((e) => e.start !== e.end || e.newText !== '');
}

/**
 * End of the comment lines right below `key:` (whose value is empty) that are indented deeper
 * than the key: the section's placeholder. The end of the key's line when there are none.
 */
function placeholderEnd(src: EditSource, after: number, keyColumn: number): number {
  let end = src.lineEnd(after);
  for (let line = src.nextLine(end); line < src.text.length && line > end; line = src.nextLine(line)) {
    if (!src.isComment(line) || src.indentation(line) <= keyColumn) break;
    end = src.lineEnd(line);
  }
  return end;
}

/** Offset just past a value's last line of content (its comments included for a block collection). */
export function nodeEnd(src: EditSource, node: Node): number {
  if (!isBlockCollection(node) || node.items.length === 0) return valueEnd(src, node);
  const entries = blockLayout(src, node, node === src.doc.contents).entries;
  return src.trimEnd(entries[entries.length - 1].end, node.range![0]);
}

export function isBlockCollection(node: unknown): node is Collection {
  return isCollection(node) && !node.flow;
}

export function edit(start: number, end: number, newText: string): TextEdit {
  return { start, end, newText };
}

function replaceRoot(src: EditSource, node: Node | null, value: unknown): TextEdit[] {
  if (node) return [edit(node.range![0], nodeEnd(src, node), isCollection(node) && node.flow ? flowValue(value) : rootValue(value, src))];
  const { text, eol } = src;
  const body = rootValue(value, src);
  if (text === '' || text.endsWith('\n')) return [edit(text.length, text.length, body + eol)];
  return [edit(text.length, text.length, eol + body)];
}

function replaceInFlow(src: EditSource, slot: Slot, value: unknown): TextEdit[] {
  const text = flowValue(value);
  if (slot.node) return [edit(slot.node.range![0], valueEnd(src, slot.node), text)];
  const pair = slot.parent!.items[slot.index];
  const item = isPair(pair) ? pair.srcToken : undefined;
  const colon = item?.sep?.find((token) => token.type === 'map-value-ind');
  if (colon) return [edit(colon.offset + 1, colon.offset + 1, ' ' + text)];
  const key = isPair(pair) && !isEmptyValue(pair.key) ? (pair.key as Node) : undefined;
  if (key) return [edit(valueEnd(src, key), valueEnd(src, key), ': ' + text)];
  throw new EditError('Cannot place a value in an empty flow entry.');
}
