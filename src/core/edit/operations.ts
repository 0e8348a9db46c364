import { isMap, isScalar, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { pathName, schemaAt } from '../schema';
import type { Path } from '../types';
import { insertEntry, moveEntry, removeEntry } from './entries';
import { deletePlain, insertPlain, movePlain, plainEqual, setPlain } from './plain';
import { replaceValue } from './replace';
import { resolve, type Slot } from './slot';
import { EditSource } from './source';
import { applyEdits, EditError, type TextEdit } from './text-edit';

/**
 * Sets the value at `path`, creating missing parent maps and lists and missing keys. A new key
 * goes where the review schema orders it among the existing keys, else at the end.
 */
export function setIn(text: string, path: Path, value: unknown): TextEdit[] {
  requireValue(value);
  return checked(text, (src) => setEdits(src, path, value), (old) => setPlain(old, path, value));
}

/**
 * Removes the map key or list item at `path`, with the comment lines directly above it and those
 * indented under it. A missing key (or missing parent) is already deleted: no edits. Removing
 * the last entry leaves an empty `[]` or `{}`, so the key stays and the data still says "none".
 */
export function deleteIn(text: string, path: Path): TextEdit[] {
  if (path.length === 0) throw new EditError('The whole review cannot be deleted.');
  return checked(
    text,
    (src) => {
      const { slot, depth } = resolve(src, path);
      if (depth === path.length) return removeEntry(src, { ...resolve(src, path.slice(0, -1)).slot }, slot.index);
      const step = path[depth];
      if (depth === path.length - 1 && typeof step === 'number' && isSeq(slot.node)) throw outOfRange(path, step, slot.node.items.length);
      return [];
    },
    (old) => deletePlain(old, path),
  );
}

/** Inserts `value` at `index` of the list at `listPath`, creating the list when absent; `index` === length appends. */
export function insertIn(text: string, listPath: Path, index: number, value: unknown): TextEdit[] {
  return insertAllIn(text, listPath, index, [value]);
}

/** Inserts `values`, in order, at `index` of the list at `listPath` as one edit (see insertIn). */
export function insertAllIn(text: string, listPath: Path, index: number, values: readonly unknown[]): TextEdit[] {
  values.forEach(requireValue);
  return checked(
    text,
    (src) => {
      const { slot, depth } = resolve(src, listPath);
      const length = depth === listPath.length ? listLength(slot, listPath) : 0;
      if (!Number.isInteger(index) || index < 0 || index > length) throw outOfRange(listPath, index, length + 1);
      if (depth < listPath.length) return setEdits(src, listPath, [...values]);
      return insertEntry(src, slot, index, { items: values });
    },
    (old) => values.reduce((root, value, i) => insertPlain(root, listPath, index + i, value), old),
  );
}

/** Moves the list item at `from` so that it ends up at index `to`, carrying its text and comments verbatim. */
export function moveIn(text: string, listPath: Path, from: number, to: number): TextEdit[] {
  return checked(
    text,
    (src) => {
      const { slot, depth } = resolve(src, listPath);
      const length = depth === listPath.length ? listLength(slot, listPath) : 0;
      for (const index of [from, to]) {
        if (!Number.isInteger(index) || index < 0 || index >= length) throw outOfRange(listPath, index, length);
      }
      return from === to ? [] : moveEntry(src, slot.node as YAMLSeq, from, to);
    },
    (old) => movePlain(old, listPath, from, to),
  );
}

function setEdits(src: EditSource, path: Path, value: unknown): TextEdit[] {
  const { slot, depth } = resolve(src, path);
  if (depth === path.length) return replaceValue(src, slot, value);
  const step = path[depth];
  const nested = nest(path.slice(depth + 1), value, path);
  if (typeof step === 'number') {
    const length = isSeq(slot.node) ? slot.node.items.length : 0;
    if (step !== length) throw outOfRange(path, step, length + 1);
    return insertEntry(src, slot, length, { items: [nested] });
  }
  return insertEntry(src, slot, keyIndex(slot, step), { key: step, value: nested });
}

/**
 * Runs `produce` on the parsed text and returns its edits only if the edited text parses and
 * reads back as `intent` applied to the old value; anything else is a bug, never a silent corruption.
 */
function checked(text: string, produce: (src: EditSource) => TextEdit[], intent: (old: unknown) => unknown): TextEdit[] {
  const src = new EditSource(text);
  const edits = produce(src);
  if (edits.length === 0) return edits;
  const result = parseDocument(applyEdits(text, edits));
  if (result.errors.length > 0) throw new EditError('The edit would break the YAML (the document may use an unusual layout).');
  if (!plainEqual(result.toJS(), intent(src.doc.toJS()))) {
    throw new EditError('The edit would not produce the intended value (the document may use anchors, tags or an unusual layout).');
  }
  return edits;
}

/** Where a new key goes among the map's pairs: after the last key the schema orders before it, else before the first it orders after. */
function keyIndex(slot: Slot, key: string): number {
  const pairs = isMap(slot.node) ? (slot.node as YAMLMap).items : [];
  const order = Object.keys(schemaAt(slot.path)?.properties ?? {});
  const rank = order.indexOf(key);
  if (rank < 0) return pairs.length;
  const ranks = pairs.map((pair) => (isScalar(pair.key) ? order.indexOf(String(pair.key.value)) : -1));
  for (let i = ranks.length - 1; i >= 0; i--) {
    if (ranks[i] >= 0 && ranks[i] < rank) return i + 1;
  }
  const firstAfter = ranks.findIndex((r) => r > rank);
  return firstAfter >= 0 ? firstAfter : pairs.length;
}

/** The value to write at the first missing step so that `value` ends up at the end of `rest`. */
function nest(rest: Path, value: unknown, path: Path): unknown {
  return rest.reduceRight<unknown>((inner, step) => {
    if (typeof step === 'string') return { [step]: inner };
    if (step !== 0) throw outOfRange(path, step, 1);
    return [inner];
  }, value);
}

function listLength(slot: Slot, listPath: Path): number {
  if (slot.node === null) return 0;
  if (!isSeq(slot.node)) throw new EditError(`\`${pathName(listPath)}\` is not a list.`);
  return slot.node.items.length;
}

function requireValue(value: unknown): void {
  if (value === undefined) throw new EditError('The value is undefined; use deleteIn to remove an entry.');
}

function outOfRange(path: Path, index: number, length: number): EditError {
  if (length <= 0) return new EditError(`Index ${index} is out of range: \`${pathName(path)}\` has no items.`);
  return new EditError(`Index ${index} is out of range for \`${pathName(path)}\` (0 to ${length - 1}).`);
}
