import { isRecord } from '../review';
import type { Rule, RuleFinding } from '../rule';
import { DAY, formatDays, parseDate, parseDateTime } from '../time';

/** The practice holds the review meeting within this many calendar days of resolution. */
const MAX_DAYS = 2;

export const reviewLate: Rule = {
  id: 'review-late',
  description: `The review meeting (\`reviewed\`) more than ${MAX_DAYS} calendar days after the incident was resolved, when memories have faded.`,
  defaultSeverity: 'info',
  check({ parsed, review, config }): RuleFinding[] {
    const reviewed = parseDate(review.reviewed);
    const resolved = isRecord(review.times) ? review.times.resolved : undefined;
    if (reviewed === undefined || typeof resolved !== 'string' || parseDateTime(resolved, config.timeZone) === undefined) return [];
    // The day as written, in the resolution's own offset: `reviewed` is a local date of the same team,
    // so a late-evening resolution is not pushed to the next UTC day.
    const resolvedDay = parseDate(resolved.slice(0, 10));
    if (resolvedDay === undefined) return [];
    const days = (reviewed - resolvedDay) / DAY;
    if (days <= MAX_DAYS) return [];
    return [{
      message: `The review was held ${formatDays(days)} after the incident was resolved; the practice holds it within ${MAX_DAYS} days, while details are fresh.`,
      range: parsed.rangeOf(['reviewed']),
      path: ['reviewed'],
    }];
  },
};
