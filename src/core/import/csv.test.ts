import * as assert from 'node:assert/strict';
import { readCandidates } from './read';
import { readFixtures } from './testing';
import { ImportError } from './types';

describe('import: CSV', () => {
  it('reads time,text,actor,kind,url with quoting and offsets', async () => {
    const { candidates } = await readFixtures(['own/events.csv']);
    assert.deepEqual(
      candidates.map(({ at, kind, text, actor, source }) => ({ at, kind, text, actor, source })),
      [
        { at: '2026-03-14T06:15:00Z', kind: 'decision', text: 'Decided to roll back, not to scale the pool', actor: 'Maria Silva', source: undefined },
        { at: '2026-03-14T07:40:00Z', kind: 'communication', text: 'Status page: "monitoring"', actor: 'Ana Costa', source: 'https://status.acme.example/incidents/77' },
      ],
    );
  });

  it('reads columns in any order under a header', async () => {
    const text = 'text,time\n"Paged, then waited",2026-03-14T07:00:00Z\n';
    const { candidates } = await readCandidates([{ name: 'events.csv', text, from: 'csv' }], {}, {});
    assert.deepEqual(candidates.map((c) => [c.at, c.text]), [['2026-03-14T07:00:00Z', 'Paged, then waited']]);
  });

  it("reads times without an offset in the team's zone, daylight saving included", async () => {
    // Header-less, as a spreadsheet exports it: detected by its first cell all the same.
    const text = '2026-03-07 23:30,Pool alarms start,maria\n2026-03-14 00:15,Rolled back,dev\n2026-03-14T01:00:00Z,Written with Z: kept,dev\n';
    const { candidates } = await readCandidates([{ name: 'team.csv', text }], { timeZone: 'America/Los_Angeles' }, {});
    assert.deepEqual(
      candidates.map((c) => [c.at, c.text]),
      [
        ['2026-03-08T07:30:00Z', 'Pool alarms start'], // PST, UTC-8
        ['2026-03-14T01:00:00Z', 'Written with Z: kept'],
        ['2026-03-14T07:15:00Z', 'Rolled back'], // PDT since 8 March, UTC-7
      ],
    );
    await assert.rejects(
      readCandidates([{ name: 'team.csv', text: '2026-03-08 02:30,Skipped hour,x\n' }], { timeZone: 'America/Los_Angeles' }, {}),
      /team\.csv: row 1: "2026-03-08 02:30" does not exist in America\/Los_Angeles: the clocks skip that hour/,
    );
  });

  it('refuses a time without an offset or an unknown kind, naming the file and row', async () => {
    await assert.rejects(readCandidates([{ name: 'events.csv', text: 'time,text\n2026-03-14 07:00,x\n', from: 'csv' }], {}, {}), (error: unknown) => {
      assert.ok(error instanceof ImportError);
      assert.match(error.message, /^events\.csv: row 2: "2026-03-14 07:00" has no UTC offset\. .*set `timeZone` in \.pirrc\.yaml/);
      return true;
    });
    await assert.rejects(readCandidates([{ name: 'e.csv', text: 'time,text\nyesterday,x\n', from: 'csv' }], {}, {}), /e\.csv: row 2: "yesterday" is not a time with a UTC offset/);
    await assert.rejects(readCandidates([{ name: 'e.csv', text: 'time,text,actor,kind\n2026-03-14T07:00:00Z,x,,outage\n' }], {}, {}), /e\.csv: row 2: kind "outage" is not one of trigger/);
  });
});
