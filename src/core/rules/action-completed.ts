import { actionStatusOf } from '../action-items';
import { arrayOf, isRecord } from '../review';
import type { Rule, RuleFinding } from '../rule';

export const actionCompleted: Rule = {
  id: 'action-completed',
  description: 'A done action item without a `completed` date: nobody can tell whether it was done on time.',
  defaultSeverity: 'hint',
  check({ parsed, review }): RuleFinding[] {
    return arrayOf(review.actionItems).flatMap((item, index): RuleFinding[] => {
      if (!isRecord(item) || actionStatusOf(item.status) !== 'done' || 'completed' in item) return [];
      const path = ['actionItems', index];
      return [{
        message: 'Done, but when? Add `completed: YYYY-MM-DD` so the on-time rate can count this item.',
        range: parsed.rangeOf([...path, 'status']),
        path,
      }];
    });
  },
};
