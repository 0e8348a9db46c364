import * as assert from 'node:assert/strict';
import { formatInOffset, fromLocalInput, offsetOf, toLocalInput, utcLabel } from '../../../webview/timeline/when';

const MS = Date.parse('2026-03-14T09:12:05Z');

describe('timeline times', () => {
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

  it('converts to and from a datetime-local value in the local zone', () => {
    const local = toLocalInput(MS);
    assert.match(local, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    assert.equal(fromLocalInput(local), MS);
    assert.equal(fromLocalInput('2026-03-14T10:12'), new Date(2026, 2, 14, 10, 12).getTime());
    assert.equal(fromLocalInput(''), undefined);
    assert.equal(fromLocalInput('2026-03-14'), undefined);
  });

  it('labels UTC for tooltips', () => {
    assert.equal(utcLabel(MS), '2026-03-14 09:12:05 UTC');
  });
});
