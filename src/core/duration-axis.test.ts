import * as assert from 'node:assert/strict';
import { durationAxis, SMALLEST_MINUTES } from './duration-axis';

describe('duration axis', () => {
  it('bounds minutes to hours on nice durations with room, ticks rising from the floor', () => {
    const axis = durationAxis([5, 12, 120]);
    // The floor reaches below a minute, so that a 1-minute detection is not drawn on the frame.
    assert.equal(axis.min, 0.5);
    assert.equal(axis.max, 240);
    assert.equal(axis.ticks[0], axis.min);
    assert.ok(axis.ticks.every((t, i) => i === 0 || t > axis.ticks[i - 1]), `${axis.ticks}`);
    assert.ok(axis.ticks.length >= 4 && axis.ticks.length <= 9, `${axis.ticks}`);
  });

  it('keeps a detection time of months inside the frame (a bug found 110 days after it shipped)', () => {
    const days110 = 110 * 24 * 60;
    const axis = durationAxis([10, days110]);
    assert.ok(axis.max > days110 * 1.2, `max ${axis.max}`);
    assert.equal(axis.max, 259200, '180 days');
    assert.ok(axis.ticks.every((t) => t <= axis.max));
    assert.equal(axis.ticks.at(-1), 43200, 'the last label is 30 days');
    // Past every nice duration, the bound is the value with room.
    assert.equal(durationAxis([5_000_000]).max, 6_250_000);
  });

  it('starts at 1 s for zero durations', () => {
    assert.equal(durationAxis([SMALLEST_MINUTES, 3]).min, SMALLEST_MINUTES);
  });
});
