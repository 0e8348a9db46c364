// Time values between the document (ISO 8601 with an offset) and a datetime-local input, which
// holds a wall time with no offset: the panel fills it in the offset the time is written with
// (see src/core/clock.ts), so the input shows the same clock as the row. Pure.
import { MINUTE } from '../../src/core/time';
import { wallTime } from '../../src/core/clock';

/** The value of an <input type="datetime-local" step="1"> showing `ms` at `offset` minutes east of UTC. */
export function toWallInput(ms: number, offset: number): string {
  return wallTime(ms, offset).slice(0, 19);
}

/** The instant a datetime-local value means at `offset` minutes east of UTC; undefined for an empty or partial value. */
export function fromWallInput(value: string, offset: number): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) return undefined;
  const ms = Date.parse(`${value}Z`);
  return Number.isNaN(ms) ? undefined : ms - offset * MINUTE;
}

/**
 * Where the Add event form starts: the latest event's time (a review is written after the fact,
 * usually in order), else when the incident started, else now to the minute.
 */
export function defaultEventTime(eventMs: readonly (number | undefined)[], started: number | undefined, now: number): number {
  const times = eventMs.filter((ms): ms is number => ms !== undefined);
  if (times.length) return Math.max(...times);
  return started ?? Math.floor(now / MINUTE) * MINUTE;
}
