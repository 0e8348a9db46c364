import { isOverdue } from '../action-items';
import { recordsOf } from '../review';
import type { Rule, RuleFinding } from '../rule';
import { DAY, formatDays, parseDate, startOfUtcDay } from '../time';

export const actionOverdue: Rule = {
  id: 'action-overdue',
  description: 'An action item not done (and not wont-do) whose due date has passed (UTC calendar days).',
  defaultSeverity: 'warning',
  check({ parsed, review, now }): RuleFinding[] {
    const today = startOfUtcDay(now.getTime());
    return recordsOf(review.actionItems).flatMap(({ record: item, index }): RuleFinding[] => {
      const due = parseDate(item.due);
      // isOverdue is shared with the metrics and the CLI, so they all count the same items.
      if (due === undefined || !isOverdue(item, now)) return [];
      const path = ['actionItems', index, 'due'];
      return [{
        message: `Action item is ${formatDays((today - due) / DAY)} overdue. Finish it, move the due date, or mark it wont-do.`,
        range: parsed.rangeOf(path),
        path,
      }];
    });
  },
};
