// Reviews related to a review: repeat incidents (as the dashboard finds them, reliability.ts),
// then reviews sharing services or tags, most shared first.
import { incidentTime, type RepeatGroup } from '../reliability';
import type { ReviewEntry } from '../workspace-index';

export interface RelatedReview {
  uri: string;
  /** Why it is related: "Repeat incident", "Shares checkout, payments". */
  reason: string;
  repeat: boolean;
}

/**
 * At most this many links of each kind per page: past it they say little, and a page listing
 * every review of a long chain of repeats would make the site grow with the square of its size.
 */
const MAX_REPEATS = 8;
const MAX_SHARED = 8;

/** Related reviews by uri of each entry; `repeats` are the reliability report's groups of these entries. */
export function relatedReviews(entries: readonly ReviewEntry[], repeats: readonly RepeatGroup[]): Map<string, RelatedReview[]> {
  // By position in `entries`: a site of a thousand reviews compares each with hundreds of others.
  const position = new Map(entries.map((entry, i) => [entry.uri, i]));
  const groupOf = new Int32Array(entries.length).fill(-1);
  const groups = repeats.map((group, g) => group.reviews.flatMap((review) => {
    const i = position.get(review.uri);
    if (i === undefined) return [];
    groupOf[i] = g;
    return [i];
  }));
  // Who names each service or tag, so each review compares only with the reviews it shares something with.
  const labelsOf = entries.map((entry) => [...new Set([...entry.services.map((s) => `s:${s.toLowerCase()}`), ...entry.tags.map((t) => `t:${t.toLowerCase()}`)])]);
  const labelSets = labelsOf.map((labels) => new Set(labels));
  const byLabel = new Map<string, number[]>();
  labelsOf.forEach((labels, i) => {
    for (const label of labels) {
      const list = byLabel.get(label);
      if (list) list.push(i);
      else byLabel.set(label, [i]);
    }
  });

  const timeOf = entries.map((entry) => incidentTime(entry) ?? 0);
  const byUri = (a: number, b: number) => (entries[a].uri < entries[b].uri ? -1 : 1);
  const shared = new Int32Array(entries.length);
  const result = new Map<string, RelatedReview[]>();
  entries.forEach((entry, i) => {
    const group = groupOf[i];
    // The repeats closest in time: a chain of repeats can span years.
    const others = group < 0 ? [] : groups[group].filter((j) => j !== i);
    const nearest = top(others, MAX_REPEATS, (a, b) => Math.abs(timeOf[a] - timeOf[i]) - Math.abs(timeOf[b] - timeOf[i]) || byUri(a, b));
    const sharing: number[] = [];
    for (const label of labelsOf[i]) {
      for (const j of byLabel.get(label)!) {
        if (j === i || (group >= 0 && groupOf[j] === group)) continue;
        if (shared[j]++ === 0) sharing.push(j);
      }
    }
    const most = top(sharing, MAX_SHARED, (a, b) => shared[b] - shared[a] || byUri(a, b));
    for (const j of sharing) shared[j] = 0;
    result.set(entry.uri, [
      ...nearest.map((j) => ({ uri: entries[j].uri, reason: 'Repeat incident', repeat: true })),
      ...most.map((j) => ({ uri: entries[j].uri, reason: `Shares ${labelsOf[i].filter((l) => labelSets[j].has(l)).map((l) => l.slice(2)).join(', ')}`, repeat: false })),
    ]);
  });
  return result;
}

/** The first `count` of `items` in `order`, without sorting them all: a label can be shared by most reviews. */
function top<T>(items: readonly T[], count: number, order: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  for (const entry of items) {
    if (best.length === count && order(entry, best[count - 1]) >= 0) continue;
    let at = best.length;
    while (at > 0 && order(entry, best[at - 1]) < 0) at--;
    best.splice(at, 0, entry);
    if (best.length > count) best.pop();
  }
  return best;
}
