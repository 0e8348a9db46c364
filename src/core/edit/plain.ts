import type { Path } from '../types';

// The four intents applied to plain data. An edit is only returned when the edited text reads
// back as exactly this value, so these define what the text edits mean.

/** `root` with `value` at `path`, creating missing maps (string steps) and lists (number steps). */
export function setPlain(root: unknown, path: Path, value: unknown): unknown {
  return update(root, path, () => value);
}

/** `root` without the map key or list item at `path`; unchanged when nothing is there. */
export function deletePlain(root: unknown, path: Path): unknown {
  const step = path[path.length - 1];
  if (!has(root, path.slice(0, -1))) return root;
  return update(root, path.slice(0, -1), (parent) => {
    if (Array.isArray(parent)) return parent.filter((_, i) => i !== step);
    const rest = { ...(parent as Record<string, unknown>) };
    delete rest[step as string];
    return rest;
  });
}

/** `root` with `value` inserted at `index` of the list at `listPath` (created when missing). */
export function insertPlain(root: unknown, listPath: Path, index: number, value: unknown): unknown {
  return update(root, listPath, (list) => {
    const items = Array.isArray(list) ? [...list] : [];
    items.splice(index, 0, value);
    return items;
  });
}

/** `root` with the list item at `from` moved so that it ends up at index `to`. */
export function movePlain(root: unknown, listPath: Path, from: number, to: number): unknown {
  return update(root, listPath, (list) => {
    const items = [...(list as unknown[])];
    items.splice(to, 0, ...items.splice(from, 1));
    return items;
  });
}

/** Structural equality of plain data (what `toJS` returns). */
export function plainEqual(a: unknown, b: unknown): boolean {
  if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const recordB = b as Record<string, unknown>;
  return keysA.every((key) => Object.prototype.hasOwnProperty.call(b, key) && plainEqual((a as Record<string, unknown>)[key], recordB[key]));
}

function has(root: unknown, path: Path): boolean {
  let node = root;
  for (const step of path) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, step)) return false;
    node = (node as Record<string | number, unknown>)[step];
  }
  return true;
}

/** A copy of `root` with the value at `path` replaced by `change(old value)`; untouched branches are shared. */
function update(root: unknown, path: Path, change: (old: unknown) => unknown): unknown {
  if (path.length === 0) return change(root);
  const [step, ...rest] = path;
  if (typeof step === 'number') {
    const items = Array.isArray(root) ? [...root] : [];
    items[step] = update(items[step], rest, change);
    return items;
  }
  const record = typeof root === 'object' && root !== null && !Array.isArray(root) ? (root as Record<string, unknown>) : {};
  return { ...record, [step]: update(record[step], rest, change) };
}
