import { recordsOf } from '../review';
import type { Rule, RuleFinding } from '../rule';

export const actionDuplicateId: Rule = {
  id: 'action-duplicate-id',
  description: 'Two action items with the same id: trackers and links cannot tell them apart.',
  defaultSeverity: 'error',
  check({ parsed, review }): RuleFinding[] {
    /** Each id's first line, so later copies can say where the original is. */
    const firstLine = new Map<string, number>();
    return recordsOf(review.actionItems).flatMap(({ record: item, index }): RuleFinding[] => {
      if (typeof item.id !== 'string' || item.id.trim() === '') return [];
      const path = ['actionItems', index, 'id'];
      const range = parsed.rangeOf(path);
      const first = firstLine.get(item.id);
      if (first === undefined) {
        firstLine.set(item.id, parsed.position(range.start).line);
        return [];
      }
      return [{ message: `Duplicate action item id \`${item.id}\`: already used on line ${first}. Give this item its own id.`, range, path }];
    });
  },
};
