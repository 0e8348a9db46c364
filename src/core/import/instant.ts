// Times as the sources write them -> epoch milliseconds -> the UTC `Z` form the review keeps.
// Sources disagree: Slack writes epoch seconds with a microsecond suffix, Grafana epoch
// milliseconds, Alertmanager nanoseconds with a local offset, PagerDuty the account's zone; a
// CSV may leave the offset out, for the team's zone to fill in.
import { parseDateTime } from '../time';

/** Go's zero time: Alertmanager's `endsAt` for an alert that is still firing. */
const GO_ZERO_TIME = /^0001-01-01T00:00:00(\.0+)?Z$/;

const ISO_WITH_OFFSET = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}(?::\d{2})?)(?:[.,](\d+))?([Zz]|[+-]\d{2}:?\d{2})$/;

/** The UTC form of an instant: `2016-01-15T08:17:45Z`, with milliseconds only when there are some. */
export function utc(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/**
 * Epoch milliseconds of an ISO 8601 date-time that carries a `Z` or an offset; any number of
 * fraction digits (nanoseconds included) is cut to milliseconds. Undefined for anything else,
 * and for Go's zero time, which means "no time".
 */
export function parseIsoInstant(value: unknown): number | undefined {
  if (typeof value !== 'string' || GO_ZERO_TIME.test(value)) return undefined;
  const match = ISO_WITH_OFFSET.exec(value.trim());
  if (!match) return undefined;
  const [, date, time, fraction = '', zone] = match;
  const offset = /^[Zz]$/.test(zone) ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  const ms = Date.parse(`${date}T${time.length === 5 ? `${time}:00` : time}.${fraction.padEnd(3, '0').slice(0, 3)}${offset}`);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * Epoch milliseconds of an ISO 8601 date-time: with `Z` or an offset as parseIsoInstant; without
 * one, a wall-clock time in `zone` (the team's), read as the rest of the product reads it
 * (daylight saving included; a time the clocks skip or repeat is no instant). Undefined without a zone.
 */
export function parseLocalInstant(value: unknown, zone: string | undefined): number | undefined {
  return parseIsoInstant(value) ?? (zone === undefined ? undefined : parseDateTime(value, zone));
}

/**
 * Epoch milliseconds of a Slack `ts` ("1452845865.000008": seconds, then a six-digit suffix);
 * undefined unless digits, optionally a dot and digits (only the first three count), and not zero.
 * Called for every message of every day file read: it reads the digits in place (no regex, no
 * substrings) and adds whole milliseconds, so no float rounding can move a time.
 */
export function parseSlackTs(ts: unknown): number | undefined {
  if (typeof ts !== 'string') return undefined;
  let seconds = 0;
  let i = 0;
  for (; i < ts.length; i++) {
    const digit = ts.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) break;
    seconds = seconds * 10 + digit;
  }
  if (i === 0 || i > 12) return undefined;
  let millis = 0;
  if (i < ts.length) {
    if (ts.charCodeAt(i) !== 46 /* . */ || i + 1 === ts.length) return undefined;
    for (let j = i + 1; j < ts.length; j++) {
      const digit = ts.charCodeAt(j) - 48;
      if (digit < 0 || digit > 9) return undefined;
      if (j - i <= 3) millis += digit * 10 ** (3 - (j - i));
    }
  }
  const ms = seconds * 1000 + millis;
  return ms > 0 ? ms : undefined;
}

/** Epoch milliseconds of an epoch-milliseconds number (Grafana), undefined unless a plausible one. */
export function parseEpochMs(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}
