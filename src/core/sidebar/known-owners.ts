import type { IndexedActionItem } from '../workspace-index';

/** Every owner named in `items`, most used first, then alphabetically: the choices for "Set Owner". */
export function knownOwners(items: readonly Pick<IndexedActionItem, 'owner'>[]): string[] {
  const counts = new Map<string, number>();
  for (const { owner } of items) if (owner !== undefined) counts.set(owner, (counts.get(owner) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
}
