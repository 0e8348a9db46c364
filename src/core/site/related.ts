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
  const repeatsOf = new Map<string, Set<string>>();
  for (const group of repeats) {
    for (const review of group.reviews) {
      const set = repeatsOf.get(review.uri) ?? new Set();
      for (const other of group.reviews) if (other.uri !== review.uri) set.add(other.uri);
      repeatsOf.set(review.uri, set);
    }
  }
  // Who names each service or tag, so each review compares only with the reviews it shares something with.
  const byLabel = new Map<string, ReviewEntry[]>();
  const labels = (entry: ReviewEntry) => [...new Set([...entry.services.map((s) => `s:${s.toLowerCase()}`), ...entry.tags.map((t) => `t:${t.toLowerCase()}`)])];
  for (const entry of entries) {
    for (const label of labels(entry)) {
      const list = byLabel.get(label);
      if (list) list.push(entry);
      else byLabel.set(label, [entry]);
    }
  }

  const timeOf = new Map(entries.map((entry) => [entry.uri, incidentTime(entry) ?? 0]));
  const result = new Map<string, RelatedReview[]>();
  for (const entry of entries) {
    const repeats = repeatsOf.get(entry.uri) ?? new Set<string>();
    const at = timeOf.get(entry.uri)!;
    // The repeats closest in time: a chain of repeats can span years.
    const nearest = [...repeats].sort((a, b) => Math.abs(timeOf.get(a)! - at) - Math.abs(timeOf.get(b)! - at) || (a < b ? -1 : 1)).slice(0, MAX_REPEATS);
    const shared = new Map<string, string[]>();
    for (const label of labels(entry)) {
      for (const other of byLabel.get(label) ?? []) {
        if (other.uri === entry.uri || repeats.has(other.uri)) continue;
        const what = shared.get(other.uri);
        if (what) what.push(label.slice(2));
        else shared.set(other.uri, [label.slice(2)]);
      }
    }
    const sharing = [...shared].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_SHARED);
    result.set(entry.uri, [
      ...nearest.map((uri) => ({ uri, reason: 'Repeat incident', repeat: true })),
      ...sharing.map(([uri, what]) => ({ uri, reason: `Shares ${what.join(', ')}`, repeat: false })),
    ]);
  }
  return result;
}
