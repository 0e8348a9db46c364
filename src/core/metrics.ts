import { actionStatusOf, deadlineOutcome, isOverdue } from './action-items';
import { arrayOf, isRecord, LIFECYCLE_KEYS, type LifecycleKey } from './review';
import { formatDuration, parseDateTime } from './time';

/** Response times of one incident, in milliseconds; undefined when a time they need is missing. */
export interface ReviewMetrics {
  /** Time to detect, the incident's share of MTTD: detected − started. */
  mttd?: number;
  /** Time to acknowledge (MTTA): acknowledged − detected. */
  mtta?: number;
  /** Time to resolve (MTTR): resolved − started. */
  mttr?: number;
  /** mitigated − started: how long customers felt it. */
  timeToMitigate?: number;
  /** Lifecycle keys without a usable date-time (absent, or not a date-time with an offset), in lifecycle order. */
  missing: LifecycleKey[];
}

/**
 * Metrics of one review value, which need not have passed the schema. Times out of order give
 * negative durations, shown as such: the ordering rule reports them. Times without an offset are
 * read in `zone` (the team's `timeZone`), when there is one.
 */
export function reviewMetrics(review: unknown, zone?: string): ReviewMetrics {
  const times = isRecord(review) && isRecord(review.times) ? review.times : {};
  const at = (key: LifecycleKey): number | undefined => parseDateTime(times[key], zone);
  const between = (from: LifecycleKey, to: LifecycleKey): number | undefined => {
    const start = at(from);
    const end = at(to);
    return start === undefined || end === undefined ? undefined : end - start;
  };
  return {
    mttd: between('started', 'detected'),
    mtta: between('detected', 'acknowledged'),
    mttr: between('started', 'resolved'),
    timeToMitigate: between('started', 'mitigated'),
    missing: LIFECYCLE_KEYS.filter((key) => at(key) === undefined),
  };
}

/** The status-bar line: `MTTD 7m · MTTA 2m · MTTR 1h 18m`, with `—` and a note when times are missing. */
export function formatMetricsLine(metrics: ReviewMetrics): string {
  const shown: [string, number | undefined][] = [['MTTD', metrics.mttd], ['MTTA', metrics.mtta], ['MTTR', metrics.mttr]];
  const line = shown.map(([name, ms]) => `${name} ${ms === undefined ? '—' : formatDuration(ms)}`).join(' · ');
  // Name the missing times once, at the end, so the line stays short enough for a status bar.
  const missing = metrics.missing.filter((key) => LINE_NEEDS.includes(key));
  if (missing.length === 0) return line;
  return `${line} (no ${missing.length === LINE_NEEDS.length ? 'times' : missing.join(', ')})`;
}

/** The times the three metrics on the line are computed from; `mitigated` feeds none of them. */
const LINE_NEEDS: readonly LifecycleKey[] = ['started', 'detected', 'acknowledged', 'resolved'];

/** Progress of a review's action items. */
export interface ActionStats {
  total: number;
  done: number;
  wontDo: number;
  open: number;
  inProgress: number;
  /** Open or in progress with a due day before today (UTC). */
  overdue: number;
  /** done / (total − wontDo): won't-do items are decided, not pending. Undefined when nothing counts. */
  completionRate?: number;
  /** Done on or before the due day (`completed` ≤ `due`). */
  onTime: number;
  /** Done after the due day, or overdue. */
  late: number;
  /** Done with a due day but no `completed` day: neither on time nor late. */
  completionUnknown: number;
  /** onTime / (onTime + late); undefined when no item can be judged. */
  onTimeRate?: number;
}

export function actionStats(review: unknown, now: Date): ActionStats {
  const items = arrayOf(isRecord(review) ? review.actionItems : undefined).filter(isRecord);
  const stats: ActionStats = { total: items.length, done: 0, wontDo: 0, open: 0, inProgress: 0, overdue: 0, onTime: 0, late: 0, completionUnknown: 0 };
  for (const item of items) {
    const status = actionStatusOf(item.status);
    if (status === 'done') stats.done++;
    else if (status === 'wont-do') stats.wontDo++;
    else if (status === 'in-progress') stats.inProgress++;
    else stats.open++;
    if (isOverdue(item, now)) stats.overdue++;
    const outcome = deadlineOutcome(item, now);
    if (outcome === 'on-time') stats.onTime++;
    else if (outcome === 'late') stats.late++;
    else if (outcome === 'unknown') stats.completionUnknown++;
  }
  const counted = stats.total - stats.wontDo;
  if (counted > 0) stats.completionRate = stats.done / counted;
  if (stats.onTime + stats.late > 0) stats.onTimeRate = stats.onTime / (stats.onTime + stats.late);
  return stats;
}
