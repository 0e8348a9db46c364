import { isRecord } from '../review';
import type { Rule, RuleFinding } from '../rule';
import type { Severity } from '../types';

export const missingSection: Rule = {
  id: 'missing-section',
  description: 'A required section (see `requiredSections` in the config) that is absent or empty. A warning in a draft, an error once the review is in review or final.',
  defaultSeverity: 'warning',
  check({ parsed, review, requiredSections }): RuleFinding[] {
    // A draft is allowed to be incomplete; a review the team is reading or has agreed on is not.
    const severity: Severity = review.status === 'in-review' || review.status === 'final' ? 'error' : 'warning';
    return requiredSections.flatMap((key): RuleFinding[] => {
      const value = review[key];
      if (!isEmpty(value)) return [];
      if (key in review) {
        return [{ message: `Section \`${key}\` is empty.`, range: parsed.rangeOf([key], 'key'), path: [key], severity }];
      }
      // An absent section has no place of its own. The `title` key is short, near the top, and
      // does not move while the title is edited; when there is no title, rangeOf falls back to the first key.
      return [{ message: `Section \`${key}\` is missing.`, range: parsed.rangeOf(['title'], 'key'), path: [key], severity }];
    });
  },
};

/** Absent, null, blank text, an empty list or an empty mapping. Numbers and booleans are content. */
function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return isRecord(value) && Object.keys(value).length === 0;
}
