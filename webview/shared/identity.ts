// Stable identities for list items (timeline events, whys, causes) across document states. Items
// have no ids in the YAML, and indexes shift when one is inserted or deleted in the text; a panel
// keys its rows (and any edit in progress) by these identities so a change elsewhere moves a row
// instead of handing its DOM, focus and half-typed text to a different item.

export interface KeyedEvents {
  keys: string[];
  /** Each event's content, for matching (JSON of the event). */
  contents: string[];
}

/**
 * Keys for `next` events given the previous state. An event with exactly the content of a
 * previous one keeps its key (nearest position first). An event edited in place keeps the key of
 * the unmatched previous event between the same matched neighbours (or at its position).
 * Anything else is new.
 */
export function reconcileKeys(previous: KeyedEvents, next: readonly unknown[], newKey: () => string): KeyedEvents {
  const contents = next.map((event) => JSON.stringify(event) ?? 'undefined');
  /** For each next event, the index of the previous event it continues. */
  const from: (number | undefined)[] = new Array(next.length).fill(undefined);
  const used = new Set<number>();
  const take = (index: number, oldIndex: number | undefined): void => {
    if (oldIndex === undefined || oldIndex < 0 || oldIndex >= previous.keys.length || used.has(oldIndex)) return;
    used.add(oldIndex);
    from[index] = oldIndex;
  };
  contents.forEach((content, index) => {
    let best: number | undefined;
    previous.contents.forEach((old, oldIndex) => {
      if (old !== content || used.has(oldIndex)) return;
      if (best === undefined || Math.abs(oldIndex - index) < Math.abs(best - index)) best = oldIndex;
    });
    take(index, best);
  });
  // Edited in place: the slot right after the matched event above, or right before the one below.
  for (let index = 0; index < next.length; index++) {
    if (from[index] === undefined && index > 0 && from[index - 1] !== undefined) take(index, from[index - 1]! + 1);
  }
  for (let index = next.length - 1; index >= 0; index--) {
    if (from[index] === undefined && index + 1 < next.length && from[index + 1] !== undefined) take(index, from[index + 1]! - 1);
  }
  for (let index = 0; index < next.length; index++) if (from[index] === undefined) take(index, index);
  return { keys: from.map((oldIndex) => (oldIndex === undefined ? newKey() : previous.keys[oldIndex])), contents };
}
