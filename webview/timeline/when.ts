// Time values between the document (ISO 8601 with an offset), the user's eyes (their own zone)
// and a datetime-local input (wall time in the browser's zone, no offset). Pure.
import { MINUTE } from '../../src/core/time';

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
function wallTime(ms: number, offset: number): string {
  const d = new Date(ms + offset * MINUTE);
  const millis = d.getUTCMilliseconds() ? `.${pad(d.getUTCMilliseconds(), 3)}` : '';
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${millis}`;
}

/** An instant written the way the document writes times: ISO 8601 in the given offset (`Z` for UTC). */
export function formatInOffset(ms: number, offset: number): string {
  if (offset === 0) return `${wallTime(ms, 0)}Z`;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${wallTime(ms, offset)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The value of an <input type="datetime-local" step="1"> showing `ms` in the browser's zone. */
export function toLocalInput(ms: number): string {
  return wallTime(ms, -new Date(ms).getTimezoneOffset()).slice(0, 19);
}

/** The instant a datetime-local value means in the browser's zone; undefined for an empty or partial value. */
export function fromLocalInput(value: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) return undefined;
  const ms = new Date(value).getTime(); // no offset in the string: read as local time
  return Number.isNaN(ms) ? undefined : ms;
}

/** The UTC form shown in tooltips: 2026-03-14 09:12:00 UTC. */
export function utcLabel(ms: number): string {
  return `${wallTime(ms, 0).replace('T', ' ')} UTC`;
}
