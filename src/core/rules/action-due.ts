import { actionStatusOf, isClosed } from '../action-items';
import { recordsOf } from '../review';
import type { Rule, RuleFinding } from '../rule';

export const actionDue: Rule = {
  id: 'action-due',
  description: 'An open action item without a due date: without one, it slips behind new work.',
  defaultSeverity: 'warning',
  check({ parsed, review }): RuleFinding[] {
    return recordsOf(review.actionItems).flatMap(({ record: item, index }): RuleFinding[] => {
      // A due of the wrong type is the schema's finding; a closed item needs no date.
      const missing = item.due === undefined || item.due === null || (typeof item.due === 'string' && item.due.trim() === '');
      if (!missing || isClosed(actionStatusOf(item.status))) return [];
      const path = ['actionItems', index];
      // `due:` with nothing after it has an empty value range: cover the key too. Otherwise the title.
      const range = 'due' in item ? parsed.rangeOf([...path, 'due'], 'entry') : parsed.rangeOf([...path, 'title'], 'entry');
      return [{ message: 'Action item has no due date. Agree on one (YYYY-MM-DD) so it gets scheduled.', range, path }];
    });
  },
};
