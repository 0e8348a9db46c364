import * as assert from 'node:assert/strict';
import {
  dateTimeProblem, formatDays, formatDuration, isDateOnly, isTimeZone, MINUTE, parseDate, parseDateTime, parseEventTime,
  readDateTime, startOfUtcDay, withOffsetOf,
} from './time';

describe('time', () => {
  it('reads date-times only with an offset', () => {
    assert.equal(parseDateTime('2026-03-14T09:12:00Z'), Date.UTC(2026, 2, 14, 9, 12));
    assert.equal(parseDateTime('2026-03-14T10:12:00+01:00'), Date.UTC(2026, 2, 14, 9, 12));
    assert.equal(parseDateTime('2026-03-14T09:12:00'), undefined, 'no offset, no zone');
    assert.equal(parseDateTime(42), undefined);
  });

  it('reads calendar dates and rejects impossible ones', () => {
    assert.equal(parseDate('2026-02-28'), Date.UTC(2026, 1, 28));
    assert.equal(parseDate('2026-02-30'), undefined);
    assert.equal(parseDate('tomorrow'), undefined);
    assert.equal(parseDate('2024-02-29'), Date.UTC(2024, 1, 29));
    assert.equal(parseDate('2100-02-29'), undefined, 'not a leap year');
    assert.equal(new Date(parseDate('0050-03-01')!).toISOString(), '0050-03-01T00:00:00.000Z', 'a year before 100 is not read as 19xx');
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

describe('time: minute precision, time zones and days alone', () => {
  it('reads minute-precision and space-separated date-times with an offset', () => {
    assert.equal(parseDateTime('2017-01-31T17:20Z'), Date.UTC(2017, 0, 31, 17, 20));
    assert.equal(parseDateTime('2017-01-31 17:20Z'), Date.UTC(2017, 0, 31, 17, 20));
    assert.equal(parseDateTime('2017-01-31 18:20+01:00'), Date.UTC(2017, 0, 31, 17, 20));
    assert.equal(parseDateTime('2026-02-30T10:00Z'), undefined, 'no 30 February');
  });

  it('reads a time without an offset only in a zone, with daylight saving', () => {
    assert.equal(parseDateTime('2021-06-16T10:00'), undefined);
    // Los Angeles is UTC−7 in June, UTC−8 in January.
    assert.equal(parseDateTime('2021-06-16T10:00', 'America/Los_Angeles'), Date.UTC(2021, 5, 16, 17, 0));
    assert.equal(parseDateTime('2021-01-16 10:00', 'America/Los_Angeles'), Date.UTC(2021, 0, 16, 18, 0));
    // An explicit offset wins over the zone.
    assert.equal(parseDateTime('2021-06-16T10:00Z', 'America/Los_Angeles'), Date.UTC(2021, 5, 16, 10, 0));
  });

  it('reports a local time that does not exist or happens twice', () => {
    assert.deepEqual(readDateTime('2021-03-14T02:30', 'America/Los_Angeles'), { problem: 'nonexistent', zone: 'America/Los_Angeles' });
    assert.deepEqual(readDateTime('2021-11-07T01:30', 'America/Los_Angeles'), {
      problem: 'ambiguous', zone: 'America/Los_Angeles', offsets: ['-07:00', '-08:00'],
    });
    assert.match(dateTimeProblem('2021-11-07T01:30', 'America/Los_Angeles') ?? '', /twice.*-07:00.*-08:00/);
    assert.match(dateTimeProblem('2021-03-14T02:30', 'America/Los_Angeles') ?? '', /does not exist/);
    assert.match(dateTimeProblem('2021-06-16T10:00') ?? '', /no UTC offset.*timeZone/);
    assert.equal(dateTimeProblem('2021-06-16T10:00Z'), undefined);
  });

  it('appends the offset a zone has at that local time', () => {
    assert.equal(withOffsetOf('2021-06-16T10:00', 'America/Los_Angeles'), '2021-06-16T10:00-07:00');
    assert.equal(withOffsetOf('2021-01-16 10:00', 'Europe/Berlin'), '2021-01-16 10:00+01:00');
    assert.equal(withOffsetOf('2021-06-16T10:00', 'Asia/Kolkata'), '2021-06-16T10:00+05:30');
    assert.equal(withOffsetOf('2021-06-16T10:00Z', 'Europe/Berlin'), undefined, 'already has one');
  });

  it('reads a day alone as the start of that day, in the zone when there is one', () => {
    assert.ok(isDateOnly('2021-06-16'));
    assert.ok(!isDateOnly('2021-06-16T00:00Z'));
    assert.equal(parseEventTime('2021-06-16'), Date.UTC(2021, 5, 16));
    assert.equal(parseEventTime('2021-06-16', 'America/Los_Angeles'), Date.UTC(2021, 5, 16, 7));
    assert.equal(parseEventTime('2021-06-16T10:00Z'), Date.UTC(2021, 5, 16, 10));
    assert.equal(parseEventTime('2021-02-30'), undefined);
  });

  it('knows IANA zone names', () => {
    assert.ok(isTimeZone('America/Los_Angeles'));
    assert.ok(!isTimeZone('Mars/Olympus'));
    assert.ok(!isTimeZone(''));
  });
});
