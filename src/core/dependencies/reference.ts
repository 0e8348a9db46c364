// How an action item names another in `dependsOn`: `AI-2` in the same review, or
// `<review id or file>#AI-3` in another one.

export interface DependencyRef {
  /** The other review's `id` or file name (or path); absent for an item of the same review. */
  review?: string;
  /** The action item's id. */
  item: string;
}

/** Splits at the last `#`, so a review id or path with a `#` in it still works. Blank parts give undefined. */
export function parseDependencyRef(text: string): DependencyRef | undefined {
  const hash = text.lastIndexOf('#');
  const item = text.slice(hash + 1).trim();
  if (item === '') return undefined;
  if (hash < 0) return { item };
  const review = text.slice(0, hash).trim();
  return review === '' ? undefined : { review, item };
}
