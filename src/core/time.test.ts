import * as assert from 'node:assert/strict';
import { formatDays, formatDuration, MINUTE, parseDate, parseDateTime, startOfUtcDay } from './time';

describe('time', () => {
  it('reads date-times only with an offset', () => {
    assert.equal(parseDateTime('2026-03-14T09:12:00Z'), Date.UTC(2026, 2, 14, 9, 12));
    assert.equal(parseDateTime('2026-03-14T10:12:00+01:00'), Date.UTC(2026, 2, 14, 9, 12));
    assert.equal(parseDateTime('2026-03-14T09:12:00'), undefined);
    assert.equal(parseDateTime(42), undefined);
  });

  it('reads calendar dates and rejects impossible ones', () => {
    assert.equal(parseDate('2026-02-28'), Date.UTC(2026, 1, 28));
    assert.equal(parseDate('2026-02-30'), undefined);
    assert.equal(parseDate('tomorrow'), undefined);
  });

  it('finds the UTC calendar day of an instant', () => {
    assert.equal(startOfUtcDay(Date.UTC(2026, 2, 14, 23, 59)), parseDate('2026-03-14'));
    assert.equal(startOfUtcDay(Date.UTC(2026, 2, 15)), parseDate('2026-03-15'));
  });

  it('formats whole days', () => {
    assert.equal(formatDays(1), '1 day');
    assert.equal(formatDays(3), '3 days');
  });

  it('formats durations as the status bar shows them', () => {
    assert.equal(formatDuration(45_000), '45s');
    assert.equal(formatDuration(7 * MINUTE), '7m');
    assert.equal(formatDuration(78 * MINUTE), '1h 18m');
    assert.equal(formatDuration(120 * MINUTE), '2h');
    assert.equal(formatDuration((51 * 60) * MINUTE), '2d 3h');
    assert.equal(formatDuration((24 * 60 + 11) * MINUTE), '1d 0h 11m');
    assert.equal(formatDuration((49 * 60 + 5) * MINUTE), '2d 1h 5m');
    assert.equal(formatDuration(24 * 60 * MINUTE), '1d');
  });
});
