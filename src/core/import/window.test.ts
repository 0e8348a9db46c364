import * as assert from 'node:assert/strict';
import { importWindow } from './window';

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('import: the window', () => {
  it("reads the review's times without an offset in the team's zone", () => {
    const review = 'pir: 1\ntimes:\n  started: 2026-03-14T06:50\n  resolved: 2026-03-14T08:40\n';
    const window = importWindow(review, { timeZone: 'Europe/Berlin' });
    assert.deepEqual([iso(window.since), iso(window.until)], ['2026-03-14T03:50:00.000Z', '2026-03-14T08:40:00.000Z'], 'CET is UTC+1: 2 h before 05:50Z, 1 h after 07:40Z');
    assert.deepEqual(importWindow(review, {}), { since: undefined, until: undefined }, 'without a zone those times are no instants');
  });

  it("reads --since/--until without an offset, and a date alone, in the team's zone", () => {
    const window = importWindow('pir: 1\n', { since: '2026-03-14', until: '2026-03-14T18:00', timeZone: 'America/New_York' });
    assert.deepEqual([iso(window.since), iso(window.until)], ['2026-03-14T04:00:00.000Z', '2026-03-14T22:00:00.000Z'], 'EDT, UTC-4');
    const utc = importWindow('pir: 1\n', { since: '2026-03-14', until: '2026-03-14T18:00:00+01:00' });
    assert.deepEqual([iso(utc.since), iso(utc.until)], ['2026-03-14T00:00:00.000Z', '2026-03-14T17:00:00.000Z'], 'without a zone a date is midnight UTC');
    assert.throws(() => importWindow('pir: 1\n', { since: '2026-03-14T09:00' }), /--since "2026-03-14T09:00" has no UTC offset\. .*set `timeZone` in \.pirrc\.yaml/);
    assert.throws(() => importWindow('pir: 1\n', { until: '2026-11-01T01:30', timeZone: 'America/New_York' }), /--until "2026-11-01T01:30" happens twice in America\/New_York/);
  });
});
