// Which stretch of time an import reads: by default from two hours before the incident started
// to one hour after it was resolved (when the review has both); --since / --until override.
import { ParsedReview } from '../parse';
import { isRecord, type Lifecycle } from '../review';
import { dateTimeProblem, isDateOnly, parseDateTime, parseEventTime } from '../time';
import { parseLocalInstant } from './instant';
import type { ImportOptions, ImportWindow } from './types';

const HOUR = 3_600_000;
export const BEFORE_START = 2 * HOUR;
export const AFTER_RESOLVED = HOUR;

/** The review's lifecycle times (`times`), as far as they are strings. */
export function reviewTimes(reviewText: string): Lifecycle {
  const review = new ParsedReview(reviewText).value;
  const times = isRecord(review) && isRecord(review.times) ? review.times : {};
  return Object.fromEntries(Object.entries(times).filter(([, value]) => typeof value === 'string')) as Lifecycle;
}

export function importWindow(reviewText: string, options: Pick<ImportOptions, 'since' | 'until' | 'timeZone'>): ImportWindow {
  const zone = options.timeZone;
  const times = reviewTimes(reviewText);
  const started = parseDateTime(times.started, zone);
  const resolved = parseDateTime(times.resolved, zone);
  const both = started !== undefined && resolved !== undefined;
  return {
    since: options.since !== undefined ? instantOption('since', options.since, zone) : both ? started - BEFORE_START : undefined,
    until: options.until !== undefined ? instantOption('until', options.until, zone) : both ? resolved + AFTER_RESOLVED : undefined,
  };
}

/** An ISO instant, a date-time without offset in the team's zone, a date (its first instant there, else midnight UTC), or epoch milliseconds. */
function instantOption(name: string, value: string | number, zone: string | undefined): number {
  if (typeof value === 'number') return value;
  const ms = isDateOnly(value) ? parseEventTime(value, zone) : parseLocalInstant(value, zone);
  if (ms !== undefined) return ms;
  const problem = dateTimeProblem(value, zone);
  throw new RangeError(`--${name} ${problem ? `"${value}" ${problem}` : `must be an ISO 8601 date-time with Z or an offset (or a date), got "${value}"`}`);
}
