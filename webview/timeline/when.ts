// Time values between the document and a datetime-local input, which holds a wall time with no
// offset. A time is edited in the zone it is written in (see src/core/clock.ts): at its own
// offset, or, written without one, in the team's `timeZone` (.pirrc.yaml), and written back the
// same way, so the input shows the same clock as the row. Pure.
import { MINUTE, readDateTime, dateTimeProblem } from '../../src/core/time';
import { offsetLabel, offsetText, wallTime, zoneOffset } from '../../src/core/clock';

/** Where a wall time is: at a fixed offset (minutes east of UTC), or in an IANA zone, written without an offset. */
export type WallZone = { offset: number } | { zone: string };

/** How the zone is named next to a time field: "UTC+01:00", or "America/Los_Angeles". */
export function wallZoneLabel(where: WallZone): string {
  return 'zone' in where ? where.zone : offsetLabel(where.offset);
}

function offsetAtInstant(ms: number, where: WallZone): number {
  return 'zone' in where ? (zoneOffset(ms, where.zone) ?? 0) : where.offset;
}

/** The value of an <input type="datetime-local" step="1"> showing `ms` as the wall time `where`. */
export function toWallInput(ms: number, where: WallZone): string {
  return wallTime(ms, offsetAtInstant(ms, where)).slice(0, 19);
}

/** The instant a datetime-local value means `where`, or why it means none (empty, partial, skipped or repeated by daylight saving). */
export function readWallInput(value: string, where: WallZone): { ms: number } | { error: string } {
  const incomplete = { error: 'Enter a date and a time.' };
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) return incomplete;
  if ('zone' in where) {
    const reading = readDateTime(value, where.zone);
    return 'ms' in reading ? reading : { error: `This time ${dateTimeProblem(value, where.zone) ?? 'is not valid'}.` };
  }
  const ms = Date.parse(`${value}Z`);
  return Number.isNaN(ms) ? incomplete : { ms: ms - where.offset * MINUTE };
}

/** The instant a datetime-local value means `where`; undefined when it means none. */
export function fromWallInput(value: string, where: WallZone): number | undefined {
  const read = readWallInput(value, where);
  return 'ms' in read ? read.ms : undefined;
}

/** `ms` the way the document writes it: with the offset, or in the team's zone without one. */
export function formatWall(ms: number, where: WallZone): string {
  const wall = wallTime(ms, offsetAtInstant(ms, where));
  return 'zone' in where ? wall : `${wall}${offsetText(where.offset)}`;
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
