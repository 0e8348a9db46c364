// Dates in reviews are strings (YAML 1.2 core schema keeps them so). These helpers read them
// strictly: a value that is not a well-formed date gives undefined, never an Invalid Date.
//
// A date-time is `YYYY-MM-DD`, `T` or a space, `HH:MM` with optional seconds, and a UTC offset.
// A team that sets `timeZone` in .pirrc.yaml may leave the offset out: such a time is read as a
// wall-clock time in that zone, through Intl, so daylight saving is respected.
import { plural } from './labels';

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)([Zz]|[+-]\d{2}:?\d{2})?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** How a date-time string reads: an instant, or why it is not one. */
export type DateTimeReading =
  | { ms: number }
  | { problem: 'not-a-date-time' | 'no-offset' }
  | { problem: 'nonexistent'; zone: string }
  | { problem: 'ambiguous'; zone: string; offsets: [string, string] };

/** Reads a date-time; without an offset it is a wall-clock time in `zone`, or a problem when no zone is given. */
export function readDateTime(value: unknown, zone?: string): DateTimeReading {
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  if (!match || parseDate(match[1]) === undefined) return { problem: 'not-a-date-time' };
  const [, day, clock, offset] = match;
  if (offset) {
    const ms = Date.parse(`${day}T${clock}${offset.toUpperCase()}`);
    return Number.isNaN(ms) ? { problem: 'not-a-date-time' } : { ms };
  }
  const wall = Date.parse(`${day}T${clock}Z`);
  if (Number.isNaN(wall)) return { problem: 'not-a-date-time' };
  if (!zone) return { problem: 'no-offset' };
  const instants = instantsAt(wall, zone);
  if (instants.length === 0) return { problem: 'nonexistent', zone };
  if (instants.length > 1) return { problem: 'ambiguous', zone, offsets: [offsetOf(wall, instants[0]), offsetOf(wall, instants[1])] };
  return { ms: instants[0] };
}

/** Milliseconds since the epoch of an ISO 8601 date-time; one without an offset needs `zone`. */
export function parseDateTime(value: unknown, zone?: string): number | undefined {
  const reading = readDateTime(value, zone);
  return 'ms' in reading ? reading.ms : undefined;
}

/** A timeline event's time: a date-time, or a day alone (`2021-06-16`), which sorts at the start of that day. */
export function parseEventTime(value: unknown, zone?: string): number | undefined {
  if (!isDateOnly(value)) return parseDateTime(value, zone);
  const midnight = parseDate(value);
  if (midnight === undefined || !zone) return midnight;
  // The first instant of the day in the zone (a day may start at 01:00 when DST begins at midnight).
  for (let hour = 0; hour < 24; hour++) {
    const [first] = instantsAt(midnight + hour * HOUR, zone);
    if (first !== undefined) return first;
  }
  return midnight;
}

/** A day without a time, as an event known only by its day is written. */
export function isDateOnly(value: unknown): value is string {
  return typeof value === 'string' && DATE.test(value);
}

/** What is wrong with a date-time and how to fix it, for the schema message; undefined when it is fine or not date-like at all. */
export function dateTimeProblem(value: unknown, zone?: string): string | undefined {
  const reading = readDateTime(value, zone);
  if ('ms' in reading) return undefined;
  switch (reading.problem) {
    case 'no-offset':
      return `has no UTC offset. Add one, e.g. \`${String(value)}Z\` for UTC or \`${String(value)}-07:00\`, or set \`timeZone\` in .pirrc.yaml to read times without an offset in your team's zone`;
    case 'nonexistent':
      return `does not exist in ${reading.zone}: the clocks skip that hour (daylight saving starts). Write it with an offset`;
    case 'ambiguous':
      return `happens twice in ${reading.zone} (daylight saving ends). Add the offset you mean: ${reading.offsets[0]} (the first) or ${reading.offsets[1]} (the second)`;
    default:
      return undefined;
  }
}

/** The instants whose wall-clock time in `zone` is `wall` (a wall-clock time written as if it were UTC): none, one, or two. */
function instantsAt(wall: number, zone: string): number[] {
  // Offsets in force a day either side cover any transition near `wall`.
  const offsets = new Set([offsetAt(wall - DAY, zone), offsetAt(wall, zone), offsetAt(wall + DAY, zone)]);
  return [...offsets].map((offset) => wall - offset).filter((ms) => offsetAt(ms, zone) === wall - ms).sort((a, b) => a - b);
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** The offset of `zone` from UTC at an instant, in milliseconds (east positive). */
export function offsetAt(ms: number, zone: string): number {
  let format = zoneFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    zoneFormats.set(zone, format);
  }
  const part: Record<string, number> = {};
  for (const { type, value } of format.formatToParts(ms)) part[type] = Number(value);
  const wall = Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute, part.second);
  return wall - Math.floor(ms / 1000) * 1000;
}

/** Whether `zone` is an IANA time zone name this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.trim() !== '';
  } catch {
    return false;
  }
}

/** An offset of whole minutes east of UTC in ISO form: 0 -> "+00:00", -420 -> "-07:00". */
export function isoOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The ISO offset at which wall-clock time `wall` (read as if UTC) is `instant`. */
function offsetOf(wall: number, instant: number): string {
  return isoOffset(Math.round((wall - instant) / MINUTE));
}

/**
 * The date-time with the offset `zone` has at that wall-clock time appended, for the quick fix
 * on a time without one. Undefined when the value is not an offset-less date-time.
 */
export function withOffsetOf(value: string, zone: string): string | undefined {
  const reading = readDateTime(value);
  if (!('problem' in reading) || reading.problem !== 'no-offset') return undefined;
  const wall = Date.parse(`${value.slice(0, 10)}T${value.slice(11)}Z`);
  // In a skipped hour there is no right offset: take the one in force just before.
  const instant = instantsAt(wall, zone)[0] ?? wall - offsetAt(wall - DAY, zone);
  return `${value}${offsetOf(wall, instant)}`;
}

/** Milliseconds since the epoch of a YYYY-MM-DD date, at 00:00 UTC. */
export function parseDate(value: unknown): number | undefined {
  if (typeof value !== 'string' || !DATE.test(value)) return undefined;
  // By arithmetic, not by formatting the day back: the site and the metrics read thousands of due dates.
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  // Date.UTC reads the years 0–99 as 1900–1999.
  return year < 100 ? new Date(0).setUTCFullYear(year, month - 1, day) : Date.UTC(year, month - 1, day);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The UTC calendar day of an instant, as YYYY-MM-DD. */
export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export const MINUTE = 60_000;
const HOUR = 3_600_000;
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
