// Stable identities for timeline events across document states. Events have no ids in the YAML,
// and indexes shift when an event is inserted or deleted in the text; the panel keys its rows
// (and any edit in progress) by these identities so a change elsewhere moves a row instead of
// handing its DOM, focus and half-typed text to a different event.

export interface KeyedEvents {
  keys: string[];
  /** Each event's content, for matching (JSON of the event). */
  contents: string[];
}

/**
 * Keys for `next` events given the previous state: an event with exactly the content of a
 * previous one keeps its key (nearest position first); an event edited in place (its position
 * left unmatched on both sides) keeps the key of that position; anything else is new.
 */
export function reconcileKeys(previous: KeyedEvents, next: readonly unknown[], newKey: () => string): KeyedEvents {
  const contents = next.map((event) => JSON.stringify(event) ?? 'undefined');
  const keys: (string | undefined)[] = new Array(next.length).fill(undefined);
  const used = new Set<number>();
  contents.forEach((content, index) => {
    let best: number | undefined;
    previous.contents.forEach((old, oldIndex) => {
      if (old !== content || used.has(oldIndex)) return;
      if (best === undefined || Math.abs(oldIndex - index) < Math.abs(best - index)) best = oldIndex;
    });
    if (best !== undefined) {
      used.add(best);
      keys[index] = previous.keys[best];
    }
  });
  keys.forEach((key, index) => {
    if (key === undefined && index < previous.keys.length && !used.has(index)) {
      used.add(index);
      keys[index] = previous.keys[index];
    }
  });
  return { keys: keys.map((key) => key ?? newKey()), contents };
}
