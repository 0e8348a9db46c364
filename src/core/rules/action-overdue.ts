import { recordsOf } from '../review';
import type { Rule, RuleFinding } from '../rule';
import { DAY, formatDays, parseDate, startOfUtcDay } from '../time';

/** Statuses that mean the work is still to do. A missing status counts as open. */
const OPEN_STATUSES: readonly unknown[] = [undefined, 'open', 'in-progress'];

export const actionOverdue: Rule = {
  id: 'action-overdue',
  description: 'An open or in-progress action item whose due date has passed (UTC calendar days).',
  defaultSeverity: 'warning',
  check({ parsed, review, now }): RuleFinding[] {
    const today = startOfUtcDay(now.getTime());
    return recordsOf(review.actionItems).flatMap(({ record: item, index }): RuleFinding[] => {
      const due = parseDate(item.due);
      if (due === undefined || due >= today || !OPEN_STATUSES.includes(item.status)) return [];
      const path = ['actionItems', index, 'due'];
      return [{
        message: `Action item is ${formatDays((today - due) / DAY)} overdue. Finish it, move the due date, or mark it wont-do.`,
        range: parsed.rangeOf(path),
        path,
      }];
    });
  },
};
