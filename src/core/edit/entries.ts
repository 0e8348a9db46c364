import { isMap } from 'yaml';
import { blockLayout, flowEntries, type BlockEntry, type BlockLayout, type Collection } from './layout';
import { blockItemValue, blockPair, flowPair, flowValue } from './render';
import { edit, replaceValue } from './replace';
import type { Slot } from './slot';
import type { EditSource } from './source';
import type { TextEdit } from './text-edit';

/** A new entry: a key and value for a map, or one or more consecutive items for a list. */
export type NewEntry = { key: string; value: unknown } | { items: readonly unknown[] };

/**
 * Edits that insert `entry` at `index` of the collection in `slot` (index === length appends).
 * An empty or missing collection is written anew, in block style unless it sits inside a flow one.
 */
export function insertEntry(src: EditSource, slot: Slot, index: number, entry: NewEntry): TextEdit[] {
  const collection = slot.node as Collection | null;
  const asValue = 'key' in entry ? { [entry.key]: entry.value } : [...entry.items];
  if (!collection || (collection.items.length === 0 && !slot.parent?.flow)) return replaceValue(src, slot, asValue);
  if (collection.flow) {
    const text = 'key' in entry ? flowPair(entry.key, entry.value) : entry.items.map(flowValue).join(', ');
    if (collection.items.length === 0) return [edit(collection.range![0], collection.range![1], isMap(collection) ? `{${text}}` : `[${text}]`)];
    const entries = flowEntries(src, collection);
    if (index < entries.length) return [edit(entries[index].start, entries[index].start, `${text}, `)];
    const end = entries[entries.length - 1].end;
    return [edit(end, end, `, ${text}`)];
  }
  const layout = blockLayout(src, collection, collection === src.doc.contents);
  const pad = ' '.repeat(layout.column);
  const { entries } = layout;
  const separator = blankSeparator(src, entries);
  const text =
    'key' in entry
      ? blockPair(entry.key, entry.value, layout.column, src)
      : entry.items.map((item) => '-' + blockItemValue(item, layout.column, src)).join(src.eol + separator + pad);
  if (index === 0 && layout.compact) return [edit(entries[0].indicator, entries[0].indicator, text + src.eol + separator + pad)];
  if (index < entries.length) return [edit(entries[index].start, entries[index].start, pad + text + src.eol + separator)];
  const end = entries[entries.length - 1].end;
  if (!endsLine(src, end)) return [edit(end, end, src.eol + separator + pad + text)];
  return [edit(end, end, separator + pad + text + src.eol)];
}

/**
 * Edits that remove entry `index` with its own comments (see `BlockEntry`) and the blank lines
 * that separated it. Removing the only entry leaves an empty `[]` or `{}`.
 */
export function removeEntry(src: EditSource, slot: Slot, index: number): TextEdit[] {
  const collection = slot.node as Collection;
  if (collection.items.length === 1) return replaceValue(src, slot, isMap(collection) ? {} : []);
  const last = index === collection.items.length - 1;
  if (collection.flow) {
    const entries = flowEntries(src, collection);
    return last ? [edit(entries[index - 1].end, entries[index].end, '')] : [edit(entries[index].start, entries[index + 1].start, '')];
  }
  const { entries, compact } = blockLayout(src, collection, collection === src.doc.contents);
  const entry = entries[index];
  if (index === 0 && compact) {
    // `- a: 1\n  b: 2` -> `- b: 2`: the next entry moves up onto the `- ` line.
    const next = entries[1].start;
    return [edit(entry.indicator, next + src.indentation(next), '')];
  }
  if (!last) return [edit(entry.start, skipBlankLines(src, entry.end, entries[index + 1].start), '')];
  let start = entry.start;
  while (start > entries[index - 1].end && src.isBlank(src.lineStart(start - 1))) start = src.lineStart(start - 1);
  // Keep a missing final line break missing.
  if (!endsLine(src, entry.end)) start -= src.text[start - 2] === '\r' ? 2 : 1;
  return [edit(start, entry.end, '')];
}

/**
 * Edits that move entry `from` so that it ends up at index `to`, carrying its text and comments
 * verbatim; blank lines and loose comments between entries stay where they are.
 */
export function moveEntry(src: EditSource, collection: Collection, from: number, to: number): TextEdit[] {
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  const order = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  order.splice(to - lo, 0, ...order.splice(from - lo, 1));
  if (collection.flow) {
    const entries = flowEntries(src, collection);
    const pieces = order.map((k, i) => src.text.slice(entries[k].start, entries[k].end) + (lo + i < hi ? src.text.slice(entries[lo + i].end, entries[lo + i + 1].start) : ''));
    return [edit(entries[lo].start, entries[hi].end, pieces.join(''))];
  }
  const layout = blockLayout(src, collection, collection === src.doc.contents);
  const { entries } = layout;
  const lines = (k: number): string => withoutLineBreak(chunk(src, layout, k));
  const pieces = order.map((k, i) => {
    const gap = lo + i < hi ? src.eol + src.text.slice(entries[lo + i].end, entries[lo + i + 1].start) : '';
    return lines(k) + gap;
  });
  let text = pieces.join('') + (endsLine(src, entries[hi].end) ? src.eol : '');
  const start = lo === 0 && layout.compact ? entries[0].indicator : entries[lo].start;
  if (lo === 0 && layout.compact) text = text.trimStart();
  return [edit(start, entries[hi].end, text)];
}

/** An entry's text as whole lines, indentation included even when it starts after `- `. */
function chunk(src: EditSource, layout: BlockLayout, k: number): string {
  const entry = layout.entries[k];
  const text = src.text.slice(entry.start, entry.end);
  return k === 0 && layout.compact ? ' '.repeat(layout.column) + text : text;
}

/** The blank lines a document puts between every two entries of this collection, to repeat for a new one. */
function blankSeparator(src: EditSource, entries: readonly BlockEntry[]): string {
  if (entries.length < 2) return '';
  const gaps = entries.slice(1).map((entry, i) => src.text.slice(entries[i].end, entry.start));
  return gaps.every((gap) => gap !== '' && gap.trim() === '') ? gaps[0] : '';
}

function skipBlankLines(src: EditSource, offset: number, limit: number): number {
  while (offset < limit && src.isBlank(offset)) offset = src.nextLine(offset);
  return offset;
}

/** True when `end` (an entry's end) follows a line break rather than being an unterminated text end. */
function endsLine(src: EditSource, end: number): boolean {
  return end > 0 && src.text[end - 1] === '\n';
}

function withoutLineBreak(text: string): string {
  return text.replace(/\r?\n$/, '');
}
