// The Reviews view's grouping: by status (draft first: those need work) or by severity (P1 first).
import { humanize } from '../labels';
import { REVIEW_STATUSES, SEVERITIES } from '../review';
import type { ReviewEntry } from '../workspace-index';

export type ReviewGrouping = 'status' | 'severity';

export interface ReviewGroup {
  /** Stable id part: the value, or `none`. */
  key: string;
  label: string;
  entries: ReviewEntry[];
}

/** Groups in the field's order (for severity, the team's scale, most severe first), then reviews without a valid value; empty groups are left out. */
export function groupReviews(entries: readonly ReviewEntry[], by: ReviewGrouping, severityScale: readonly string[] = SEVERITIES): ReviewGroup[] {
  const order: readonly string[] = by === 'status' ? REVIEW_STATUSES : severityScale;
  const groups = [...order, 'none'].map((key): ReviewGroup => ({
    key,
    label: key === 'none' ? `No ${by}` : by === 'status' ? humanize(key) : key,
    entries: entries.filter((entry) => (entry[by] ?? 'none') === key),
  }));
  return groups.filter((group) => group.entries.length > 0);
}
