import { arrayOf, isRecord } from '../review';
import type { Rule, RuleFinding } from '../rule';

export const actionOwner: Rule = {
  id: 'action-owner',
  description: 'An action item without an owner: work nobody owns does not get done.',
  defaultSeverity: 'warning',
  check({ parsed, review }): RuleFinding[] {
    return arrayOf(review.actionItems).flatMap((item, index): RuleFinding[] => {
      if (!isRecord(item) || (typeof item.owner === 'string' && item.owner.trim() !== '')) return [];
      const path = ['actionItems', index];
      // Point at the title when there is one: that is what a reader scans for.
      const range = 'owner' in item ? parsed.rangeOf([...path, 'owner']) : parsed.rangeOf([...path, 'title'], 'entry');
      return [{ message: 'Action item has no owner. Name the person or team responsible.', range, path }];
    });
  },
};
