// One clock for every view. A review's times are shown in the offset each was written with
// (an author in CET who writes 09:12+01:00 reads 09:12 everywhere), and every shown time says
// which zone it is in. A team zone (an IANA name such as Europe/Berlin) can be passed instead:
// then every time is converted to it and labelled with its name.
import { isoOffset, isTimeZone, MINUTE, offsetAt, parseDateTime } from './time';

/** A time as a view shows it. */
export interface ShownTime {
  /** The instant, in milliseconds since the epoch. */
  ms: number;
  /** The calendar day in the zone shown: YYYY-MM-DD. */
  day: string;
  /** The wall-clock time: HH:MM, or HH:MM:SS when the seconds are set. */
  clock: string;
  /** Which zone the day and clock are in: "UTC", "UTC+01:00", or the team zone's name. */
  zone: string;
}

const OFFSET = /([Zz]|([+-])(\d{2}):?(\d{2}))$/;

/** The UTC offset a date-time is written in, in minutes east of UTC; undefined when it has none. */
export function offsetOf(iso: string): number | undefined {
  const match = OFFSET.exec(iso);
  if (!match) return undefined;
  if (!match[2]) return 0;
  const minutes = Number(match[3]) * 60 + Number(match[4]);
  return match[2] === '-' ? -minutes : minutes;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `ms` as the wall time at `offset` minutes east of UTC: 2026-03-14T10:12:00 (seconds always, millis when set). */
export function wallTime(ms: number, offset: number): string {
  const d = new Date(ms + offset * MINUTE);
  const millis = d.getUTCMilliseconds() ? `.${pad(d.getUTCMilliseconds(), 3)}` : '';
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${millis}`;
}

/** An offset the way the document writes it: `Z`, `+01:00`, `-04:30`. */
export function offsetText(offset: number): string {
  return offset === 0 ? 'Z' : isoOffset(offset);
}

/** An offset as a reader sees it: "UTC", "UTC+01:00". */
export function offsetLabel(offset: number): string {
  return offset === 0 ? 'UTC' : `UTC${offsetText(offset)}`;
}

/** An instant written the way the document writes times: ISO 8601 in the given offset (`Z` for UTC). */
export function formatInOffset(ms: number, offset: number): string {
  return `${wallTime(ms, offset)}${offsetText(offset)}`;
}

/** The offset of an IANA zone at an instant, in minutes east of UTC; undefined for an unknown zone. */
export function zoneOffset(ms: number, timeZone: string): number | undefined {
  return isTimeZone(timeZone) ? Math.round(offsetAt(ms, timeZone) / MINUTE) : undefined;
}

/**
 * A date-time value as every view shows it: in the offset it was written with, or converted to
 * `timeZone` when one is given (and known). A value without an offset is read in `readZone` (the
 * team's `timeZone`). Undefined for a value that is no date-time.
 */
export function showTime(value: unknown, timeZone?: string, readZone = timeZone): ShownTime | undefined {
  const ms = parseDateTime(value, readZone);
  if (ms === undefined) return undefined;
  const zoned = timeZone === undefined ? undefined : zoneOffset(ms, timeZone);
  const offset = zoned ?? offsetOf(value as string) ?? 0;
  const wall = wallTime(ms, offset);
  const seconds = wall.slice(17, 19);
  return {
    ms,
    day: wall.slice(0, 10),
    clock: seconds === '00' ? wall.slice(11, 16) : wall.slice(11, 19),
    zone: zoned === undefined ? offsetLabel(offset) : timeZone!,
  };
}

/** "2026-03-14 09:12 UTC+01:00"; a value that is no date-time is returned as written. */
export function formatTime(value: string, timeZone?: string, readZone = timeZone): string {
  const shown = showTime(value, timeZone, readZone);
  return shown ? `${shown.day} ${shown.clock} ${shown.zone}` : value;
}

/** The UTC form shown in tooltips: 2026-03-14 09:12:05 UTC. */
export function utcLabel(ms: number): string {
  return `${wallTime(ms, 0).replace('T', ' ').slice(0, 19)} UTC`;
}
