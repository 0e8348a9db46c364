// Which stretch of time an import reads: by default from two hours before the incident started
// to one hour after it was resolved (when the review has both); --since / --until override.
import { ParsedReview } from '../parse';
import { isRecord, type Lifecycle } from '../review';
import { parseDateTime } from '../time';
import { parseIsoInstant } from './instant';
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

export function importWindow(reviewText: string, options: Pick<ImportOptions, 'since' | 'until'>): ImportWindow {
  const times = reviewTimes(reviewText);
  const started = parseDateTime(times.started);
  const resolved = parseDateTime(times.resolved);
  const both = started !== undefined && resolved !== undefined;
  return {
    since: options.since !== undefined ? instantOption('since', options.since) : both ? started - BEFORE_START : undefined,
    until: options.until !== undefined ? instantOption('until', options.until) : both ? resolved + AFTER_RESOLVED : undefined,
  };
}

/** An ISO instant (a date alone is midnight UTC) or epoch milliseconds. */
function instantOption(name: string, value: string | number): number {
  const ms = typeof value === 'number' ? value : (parseIsoInstant(value) ?? (/^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN));
  if (Number.isNaN(ms)) throw new RangeError(`--${name} must be an ISO 8601 date-time with Z or an offset (or a date), got "${value}"`);
  return ms;
}
