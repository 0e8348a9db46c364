// Shared reading of action items, so the `action-due` and `action-overdue` rules, the metrics,
// the index and the CLI agree on what "closed" and "overdue" mean.
import { ACTION_STATUSES, type ActionStatus } from './review';
import { parseDate, startOfUtcDay } from './time';

/**
 * An item's status; `open` when absent. An unknown value also counts as `open`: it is still
 * unfinished work, and the `schema` rule reports the bad value.
 */
export function actionStatusOf(status: unknown): ActionStatus {
  return ACTION_STATUSES.includes(status as ActionStatus) ? (status as ActionStatus) : 'open';
}

/** Done or won't-do: nothing left to do, whatever the due date says. */
export function isClosed(status: ActionStatus): boolean {
  return status === 'done' || status === 'wont-do';
}

/**
 * Overdue: not closed, and due on a UTC day before today's. An item due today
 * is not overdue yet. A due value that is not a date is never overdue (the schema flags it).
 */
export function isOverdue(item: { due?: unknown; status?: unknown }, now: Date): boolean {
  if (isClosed(actionStatusOf(item.status))) return false;
  const due = parseDate(item.due);
  return due !== undefined && due < startOfUtcDay(now.getTime());
}

/**
 * How an item did against its due day, for the on-time completion rate:
 * - `on-time`: done, and `completed` is on or before `due`;
 * - `late`: done after `due`, or not closed with `due` already past (overdue);
 * - `unknown`: done with a due day but no valid `completed` day, so nobody can tell;
 * - undefined: not judged (no valid due day, won't-do, or still open before its due day).
 */
export type DeadlineOutcome = 'on-time' | 'late' | 'unknown';

export function deadlineOutcome(item: { due?: unknown; status?: unknown; completed?: unknown }, now: Date): DeadlineOutcome | undefined {
  const due = parseDate(item.due);
  if (due === undefined) return undefined;
  if (actionStatusOf(item.status) === 'done') {
    const completed = parseDate(item.completed);
    if (completed === undefined) return 'unknown';
    return completed <= due ? 'on-time' : 'late';
  }
  return isOverdue(item, now) ? 'late' : undefined;
}
