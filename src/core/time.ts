// Dates in reviews are strings (YAML 1.2 core schema keeps them so). These helpers read them
// strictly: a value that is not a well-formed date gives undefined, never an Invalid Date.
import { plural } from './labels';

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Milliseconds since the epoch of an ISO 8601 date-time with an offset. */
export function parseDateTime(value: unknown): number | undefined {
  if (typeof value !== 'string' || !DATE_TIME.test(value)) return undefined;
  const ms = Date.parse(value.replace(' ', 'T'));
  return Number.isNaN(ms) ? undefined : ms;
}

/** Milliseconds since the epoch of a YYYY-MM-DD date, at 00:00 UTC. */
export function parseDate(value: unknown): number | undefined {
  if (typeof value !== 'string' || !DATE.test(value)) return undefined;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value ? undefined : ms;
}

/** The UTC calendar day of an instant, as YYYY-MM-DD. */
export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export const MINUTE = 60_000;
export const DAY = 86_400_000;

/** The UTC calendar day of an instant, as milliseconds at 00:00 UTC (comparable with parseDate). */
export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}

/** A whole number of days for a message: "1 day", "3 days". */
export function formatDays(days: number): string {
  return plural(days, 'day');
}

/**
 * A duration the way the status bar shows it: "45s", "7m", "1h 18m", "2d 3h", "1d 0h 11m".
 * Minutes are kept at any length (a 24 h 11 min MTTR is not "1d"); only trailing zero parts go.
 */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  let rest = Math.round(Math.abs(ms) / 1000);
  if (rest < 60) return `${sign}${rest}s`;
  rest = Math.round(rest / 60);
  if (rest < 60) return `${sign}${rest}m`;
  const minutes = rest % 60;
  const hours = Math.floor(rest / 60);
  if (hours < 24) return `${sign}${hours}h${minutes ? ` ${minutes}m` : ''}`;
  const h = hours % 24;
  const tail = minutes ? ` ${h}h ${minutes}m` : h ? ` ${h}h` : '';
  return `${sign}${Math.floor(hours / 24)}d${tail}`;
}
