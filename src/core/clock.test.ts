import * as assert from 'node:assert/strict';
import { formatInOffset, formatTime, offsetLabel, offsetOf, showTime, utcLabel, zoneOffset } from './clock';

const MS = Date.parse('2026-03-14T09:12:05Z');

describe('clock', () => {
  it('reads the offset a date-time is written in', () => {
    assert.equal(offsetOf('2026-03-14T09:12:00Z'), 0);
    assert.equal(offsetOf('2026-03-14T10:12:00+01:00'), 60);
    assert.equal(offsetOf('2026-03-14T04:42:00-0430'), -270);
    assert.equal(offsetOf('2026-03-14T09:12:00'), undefined);
  });

  it('writes an instant in a given offset, round-tripping through Date.parse', () => {
    assert.equal(formatInOffset(MS, 0), '2026-03-14T09:12:05Z');
    assert.equal(formatInOffset(MS, 60), '2026-03-14T10:12:05+01:00');
    assert.equal(formatInOffset(MS, -270), '2026-03-14T04:42:05-04:30');
    assert.equal(formatInOffset(MS + 250, 0), '2026-03-14T09:12:05.250Z');
    for (const offset of [0, 60, -270, 330, 840]) assert.equal(Date.parse(formatInOffset(MS, offset)), MS);
  });

  it('shows a time in the offset it was written with, whatever zone the reader is in', () => {
    assert.deepEqual(showTime('2026-03-14T09:12:00+01:00'), { ms: Date.parse('2026-03-14T08:12:00Z'), day: '2026-03-14', clock: '09:12', zone: 'UTC+01:00' });
    assert.equal(formatTime('2026-03-14T09:12:00+01:00'), '2026-03-14 09:12 UTC+01:00');
    assert.equal(formatTime('2026-03-14T09:12:40Z'), '2026-03-14 09:12:40 UTC');
    assert.equal(formatTime('2026-03-14T00:30:00-05:00'), '2026-03-14 00:30 UTC-05:00', 'the day is the written one, not the UTC one');
    assert.equal(formatTime('yesterday'), 'yesterday');
    assert.equal(showTime('2026-03-14T09:12:00'), undefined, 'no offset: not a time we can place');
    assert.equal(showTime(42), undefined);
  });

  it('converts to a team zone when one is given, named in the label', () => {
    assert.equal(formatTime('2026-03-14T09:12:00+01:00', 'America/New_York'), '2026-03-14 04:12 America/New_York');
    assert.equal(formatTime('2026-07-14T09:12:00+02:00', 'Europe/Berlin'), '2026-07-14 09:12 Europe/Berlin', 'summer time');
    assert.equal(formatTime('2026-03-14T23:30:00Z', 'Asia/Kolkata'), '2026-03-15 05:00 Asia/Kolkata');
    assert.equal(zoneOffset(MS, 'Asia/Kathmandu'), 345);
    assert.equal(formatTime('2026-03-14T09:12:00+01:00', 'Not/AZone'), '2026-03-14 09:12 UTC+01:00', 'an unknown zone falls back to the written offset');
  });

  it('labels offsets and UTC for readers', () => {
    assert.equal(offsetLabel(0), 'UTC');
    assert.equal(offsetLabel(60), 'UTC+01:00');
    assert.equal(offsetLabel(-270), 'UTC-04:30');
    assert.equal(utcLabel(MS), '2026-03-14 09:12:05 UTC');
  });
});
