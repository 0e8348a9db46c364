import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { pathName } from '../schema';
import type { Path } from '../types';
import { isEmptyValue, type Collection } from './layout';
import type { EditSource } from './source';
import { EditError } from './text-edit';

/** A place that holds a value: the document root, a map pair's value or a list item. */
export interface Slot {
  path: Path;
  /** The value there; null when the place is empty (`key:` with nothing, or a document without content). */
  node: Node | null;
  /** The collection holding the value; undefined for the document root. */
  parent?: Collection;
  /** The entry's index in `parent`. */
  index: number;
}

/** The deepest existing slot along `path`; `depth` says how many steps of `path` exist. */
export function resolve(src: EditSource, path: Path): { slot: Slot; depth: number } {
  const contents = src.doc.contents as Node | null;
  let slot: Slot = { path: [], node: isEmptyValue(contents) ? null : contents, index: 0 };
  for (let depth = 0; depth < path.length; depth++) {
    const step = path[depth];
    const node = slot.node;
    if (isMap(node) && typeof step === 'string') {
      const index = node.items.findIndex((pair) => isScalar(pair.key) && String(pair.key.value) === step);
      if (index < 0) return { slot, depth };
      const value = (node.items[index] as Pair<unknown, unknown>).value;
      slot = { path: path.slice(0, depth + 1), node: isEmptyValue(value) ? null : (value as Node), parent: node, index };
    } else if (isSeq(node) && typeof step === 'number') {
      if (!Number.isInteger(step) || step < 0) throw new EditError(`${pathName(path)}: ${step} is not a list index.`);
      if (step >= node.items.length) return { slot, depth };
      const item = node.items[step];
      slot = { path: path.slice(0, depth + 1), node: isEmptyValue(item) ? null : (item as Node), parent: node, index: step };
    } else if (node === null) {
      return { slot, depth };
    } else {
      const what = isMap(node) ? 'a mapping' : isSeq(node) ? 'a list' : 'a scalar';
      const where = depth === 0 ? 'The document' : `\`${pathName(path.slice(0, depth))}\``;
      throw new EditError(`${where} is ${what}, so \`${pathName(path)}\` cannot be reached through it.`);
    }
  }
  return { slot, depth: path.length };
}
