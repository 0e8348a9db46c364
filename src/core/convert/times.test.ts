import * as assert from 'node:assert/strict';
import { documentZone, findDate, ianaZone, instantOf, isoUtc, nearestDay, parseZone } from './times';

describe('convert/times', () => {
  it('reads zone abbreviations and UTC offsets', () => {
    assert.deepEqual(parseZone('PST'), { offsetMinutes: -480, name: 'PST' });
    assert.deepEqual(parseZone('UTC+05:30'), { offsetMinutes: 330, name: 'UTC+05:30' });
    assert.deepEqual(parseZone('utc-7'), { offsetMinutes: -420, name: 'UTC-7' });
    assert.equal(parseZone('XYZ'), undefined);
  });

  it('finds the zone a document states for its times', () => {
    assert.equal(documentZone('Some text.\n\nAll times UTC.')?.name, 'UTC');
    assert.equal(documentZone('All times in PST, on February 5th 2019')?.name, 'PST');
    assert.equal(documentZone('All times in PDT (UTC-7).')?.name, 'UTC-7');
    assert.equal(documentZone('## Timeline (CET)\n')?.name, 'CET');
    assert.equal(documentZone('Unless otherwise noted all times are in UTC.')?.name, 'UTC');
    assert.equal(documentZone('We restarted it three times.'), undefined);
    // "PST/PDT": the Pacific clock, daylight time in summer.
    const pacific = documentZone('## Timeline (all times in PST/PDT)')!;
    assert.equal(pacific.name, 'America/Los_Angeles');
    assert.equal(isoUtc(instantOf('2023-08-25', 15 * 60 + 27, pacific)), '2023-08-25T22:27:00Z');
    assert.equal(isoUtc(instantOf('2016-11-07', 16 * 60 + 27, pacific)), '2016-11-08T00:27:00Z');
  });

  it('finds full dates in the ways people write them', () => {
    assert.equal(findDate('On 2020-02-20 at 21:28')?.day, '2020-02-20');
    assert.equal(findDate('# January 23rd, 2019 Prow Outage')?.day, '2019-01-23');
    assert.equal(findDate('on 5 Feb 2019')?.day, '2019-02-05');
    assert.equal(findDate('2019-02-30 is no day'), undefined);
  });

  it('turns a wall-clock time in a zone into UTC, also in IANA zones across DST', () => {
    assert.equal(isoUtc(instantOf('2019-01-22', 14 * 60 + 54, parseZone('PST')!)), '2019-01-22T22:54:00Z');
    assert.equal(isoUtc(instantOf('2026-01-15', 9 * 60, ianaZone('Europe/Berlin')!)), '2026-01-15T08:00:00Z');
    assert.equal(isoUtc(instantOf('2026-07-15', 9 * 60, ianaZone('Europe/Berlin')!)), '2026-07-15T07:00:00Z');
    assert.equal(ianaZone('Mars/Olympus'), undefined);
  });

  it('puts a month and day without a year on the date nearest the incident', () => {
    assert.equal(nearestDay(12, 5, '2019-03-26'), '2018-12-05');
    assert.equal(nearestDay(3, 20, '2019-03-26'), '2019-03-20');
    assert.equal(nearestDay(1, 2, '2019-12-30'), '2020-01-02');
  });
});
