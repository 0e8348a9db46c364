import * as assert from 'node:assert/strict';
import { defaultEventTime, fromWallInput, toWallInput } from '../../../webview/timeline/when';

const MS = Date.parse('2026-03-14T09:12:05Z');

describe('timeline times', () => {
  it('fills a datetime-local input with the wall time at the written offset, and reads it back', () => {
    assert.equal(toWallInput(MS, 60), '2026-03-14T10:12:05');
    assert.equal(toWallInput(MS, 0), '2026-03-14T09:12:05');
    for (const offset of [0, 60, -270, 330]) assert.equal(fromWallInput(toWallInput(MS, offset), offset), MS);
    assert.equal(fromWallInput('2026-03-14T10:12', 60), Date.parse('2026-03-14T09:12:00Z'));
    assert.equal(fromWallInput('', 0), undefined);
    assert.equal(fromWallInput('2026-03-14', 0), undefined);
  });

  it('starts a new event at the latest event, else at the start, else now', () => {
    const now = Date.parse('2026-11-30T12:34:56.789Z');
    const started = Date.parse('2026-03-14T08:00:00Z');
    assert.equal(defaultEventTime([MS, undefined, MS - 60_000], started, now), MS);
    assert.equal(defaultEventTime([undefined], started, now), started);
    assert.equal(defaultEventTime([], undefined, now), Date.parse('2026-11-30T12:34:00Z'));
  });
});
