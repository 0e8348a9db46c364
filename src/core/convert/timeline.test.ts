import * as assert from 'node:assert/strict';
import { parseMarkdown } from './markdown';
import { extractTimeline, parseStamp } from './timeline';
import { parseZone } from './times';

const UTC = parseZone('UTC')!;

/** `day: null`: a document with no incident date. */
function timeline(markdown: string, { day = '2017-01-31' as string | null, zone = UTC } = {}) {
  return extractTimeline(parseMarkdown(markdown).blocks, { day: day ?? undefined, zone });
}

describe('convert/timeline', () => {
  it('reads every way of writing a time at the start of a line', () => {
    const cases: [string, { day?: string; minutes: number; zone?: string; approximate?: boolean; rest: string }][] = [
      ['14:51 Alert fires', { minutes: 891, rest: 'Alert fires' }],
      ['**14:51** Alert fires', { minutes: 891, rest: 'Alert fires' }],
      ['**21:17 UTC: the fix is out**', { minutes: 1277, zone: 'UTC', rest: '**the fix is out**' }],
      ['2017-01-31 17:20 UTC — db1 is down', { day: '2017-01-31', minutes: 1040, zone: 'UTC', rest: 'db1 is down' }],
      ['9:37AM PST: paged', { minutes: 577, zone: 'PST', rest: 'paged' }],
      ['12:15 am - midnight job', { minutes: 15, rest: 'midnight job' }],
      ['± 23:30 the disk filled', { minutes: 1410, approximate: true, rest: 'the disk filled' }],
      ['[08:47] bump merged', { minutes: 527, rest: 'bump merged' }],
      ['`10:02:30` restart', { minutes: 602.5, rest: 'restart' }],
    ];
    for (const [line, want] of cases) {
      const stamp = parseStamp(line);
      assert.ok(stamp, line);
      assert.deepEqual(
        { day: stamp.day, minutes: stamp.minutes, zone: stamp.zone?.name, approximate: stamp.approximate || undefined, rest: stamp.rest },
        { day: want.day, minutes: want.minutes, zone: want.zone, approximate: want.approximate, rest: want.rest },
        line,
      );
    }
  });

  it('does not take numbers that are not times for a time', () => {
    for (const line of ['25:00 never', '3 people joined', '10 amazing things', '13:00 PM x', '[12:00 unclosed', 'v1.2:3 release']) {
      assert.equal(parseStamp(line), undefined, line);
    }
  });

  it('resolves times against the day, rolling over midnight', () => {
    const { events } = timeline('- 23:50 backup starts\n- 00:10 backup fails\n- 00:05 a late note, out of order\n');
    assert.deepEqual(events.map((e) => e.at), ['2017-01-31T23:50:00Z', '2017-02-01T00:10:00Z', '2017-02-01T00:05:00Z']);
  });

  it('follows day lines and headings, and reads times in the given zone', () => {
    const { events, notes } = timeline('2019-01-22\n\n- 3:28 PM: bad config uploaded\n\n### 2019-01-23\n\n- 4:49 AM: first report\n', { day: null, zone: parseZone('PST')! });
    assert.deepEqual(events.map((e) => [e.at, e.text]), [
      ['2019-01-22T23:28:00Z', 'bad config uploaded'],
      ['2019-01-23T12:49:00Z', 'first report'],
    ]);
    assert.deepEqual(notes, ['2019-01-22', '### 2019-01-23']);
  });

  it('reads paragraphs line by line, continuation lines joining their event', () => {
    const { events } = timeline('14:51 alert fires\non the checkout dashboard\n14:55 on-call acknowledges\n');
    assert.deepEqual(events.map((e) => e.text), ['alert fires\non the checkout dashboard', 'on-call acknowledges']);
  });

  it('reads tables by their Time column, in any column order, keeping other cells', () => {
    const { events, notes } = timeline('| Who | Event | Time (UTC) | Channel |\n|---|---|---|---|\n| Ann | Paged | 10:01 | pager |\n| Bob | Rolled back | 10:20 | |\n| | Unknown | ? | |\n');
    assert.deepEqual(events, [
      { at: '2017-01-31T10:01:00Z', text: 'Paged', actor: 'Ann', 'x-channel': 'pager' },
      { at: '2017-01-31T10:20:00Z', text: 'Rolled back', actor: 'Bob' },
    ]);
    assert.match(notes[0], /\| {2}\| Unknown \| \? \|/);
  });

  it('takes a heading that is a time as the entry, with the blocks under it as its text', () => {
    const { events, notes } = timeline('All times UTC\n\n### 2017-01-31 23:50\n\nAlerts fire.\n\n```\nkubectl get pods\n```\n\n### 0:10 - 0:20\n\nWe discuss.\n\n### 0:30 Rolled back\n\nErrors stop.\n');
    assert.deepEqual(events, [
      { at: '2017-01-31T23:50:00Z', text: 'Alerts fire.\n\n```\nkubectl get pods\n```' },
      // After 23:50, 0:10 is the next day; "0:10 - 0:20" is a range.
      { at: '2017-02-01T00:10:00Z', text: 'We discuss.', 'x-until': '0:20' },
      { at: '2017-02-01T00:30:00Z', text: 'Rolled back\n\nErrors stop.' },
    ]);
    assert.deepEqual(notes, ['All times UTC']);
  });

  it('makes paragraphs with no time under a day heading that day\'s entry, and splits lines at <br>', () => {
    const { events } = timeline('### 2017-01-20\n\nA bug is committed.\n\n### 2017-01-31\n\n**15:11** It ships<br>\n**16:27** It breaks<br> 16:40 - paged,\nstill broken\n');
    assert.deepEqual(events, [
      { at: '2017-01-20', text: 'A bug is committed.' },
      { at: '2017-01-31T15:11:00Z', text: 'It ships' },
      { at: '2017-01-31T16:27:00Z', text: 'It breaks' },
      { at: '2017-01-31T16:40:00Z', text: 'paged,\nstill broken' },
    ]);
  });

  it('keeps table rows with a day and no time as entries of that day, in the zone the header names', () => {
    const { events } = timeline('| Date and Time in CET | Event |\n|---|---|\n| 2017-01-30 | Published |\n| 2017-01-31 --:-- | Something |\n| 2017-01-31 12:00 | Scanned |\n');
    assert.deepEqual(events, [
      { at: '2017-01-30', text: 'Published' },
      { at: '2017-01-31', text: 'Something' },
      { at: '2017-01-31T11:00:00Z', text: 'Scanned' },
    ]);
  });

  it('keeps entries it cannot place, and says so', () => {
    const result = timeline('- 10:00 something\n- sometime later, another thing\n', { day: null });
    assert.deepEqual(result.events, []);
    assert.deepEqual(result.unresolved, ['- 10:00 something']);
    assert.deepEqual(result.notes, ['- 10:00 something', '- sometime later, another thing']);
  });
});
