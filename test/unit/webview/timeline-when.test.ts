import * as assert from 'node:assert/strict';
import { defaultEventTime, formatWall, fromWallInput, readWallInput, toWallInput, wallZoneLabel } from '../../../webview/timeline/when';

const MS = Date.parse('2026-03-14T09:12:05Z');
const at = (offset: number) => ({ offset });

describe('timeline times', () => {
  it('fills a datetime-local input with the wall time at the written offset, and reads it back', () => {
    assert.equal(toWallInput(MS, at(60)), '2026-03-14T10:12:05');
    assert.equal(toWallInput(MS, at(0)), '2026-03-14T09:12:05');
    for (const offset of [0, 60, -270, 330]) assert.equal(fromWallInput(toWallInput(MS, at(offset)), at(offset)), MS);
    assert.equal(fromWallInput('2026-03-14T10:12', at(60)), Date.parse('2026-03-14T09:12:00Z'));
    assert.equal(fromWallInput('', at(0)), undefined);
    assert.equal(fromWallInput('2026-03-14', at(0)), undefined);
    assert.equal(formatWall(MS, at(60)), '2026-03-14T10:12:05+01:00');
    assert.equal(wallZoneLabel(at(-240)), 'UTC-04:00');
  });

  it("in the team's zone: wall times follow daylight saving and are written without an offset", () => {
    const zone = { zone: 'America/Los_Angeles' };
    // Daylight saving began on 8 March 2026: PDT, -07:00.
    assert.equal(toWallInput(MS, zone), '2026-03-14T02:12:05');
    assert.equal(formatWall(MS, zone), '2026-03-14T02:12:05');
    assert.equal(fromWallInput('2026-03-14T02:12:05', zone), MS);
    assert.equal(fromWallInput('2026-01-14T01:12:05', zone), Date.parse('2026-01-14T09:12:05Z'), 'PST in January');
    assert.equal(wallZoneLabel(zone), 'America/Los_Angeles');
    // 8 March 2026, 02:30 does not exist in Los Angeles; 1 November 01:30 happens twice.
    assert.match(String((readWallInput('2026-03-08T02:30', zone) as { error: string }).error), /does not exist in America\/Los_Angeles/);
    assert.match(String((readWallInput('2026-11-01T01:30', zone) as { error: string }).error), /happens twice/);
    assert.deepEqual(readWallInput('2026-03', zone), { error: 'Enter a date and a time.' });
  });

  it('starts a new event at the latest event, else at the start, else now', () => {
    const now = Date.parse('2026-11-30T12:34:56.789Z');
    const started = Date.parse('2026-03-14T08:00:00Z');
    assert.equal(defaultEventTime([MS, undefined, MS - 60_000], started, now), MS);
    assert.equal(defaultEventTime([undefined], started, now), started);
    assert.equal(defaultEventTime([], undefined, now), Date.parse('2026-11-30T12:34:00Z'));
  });
});
