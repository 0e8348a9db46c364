import * as assert from 'node:assert/strict';
import { markDuplicates } from './duplicates';
import { readFixtures } from './testing';

describe('import: Alertmanager', () => {
  it('reads a nanosecond start with a -05:00 offset as UTC; Go zero endsAt means still firing', async () => {
    const { candidates } = await readFixtures(['real/alertmanager/webhook-firing-offset.json']);
    assert.deepEqual(
      candidates.map(({ at, kind, text, marks }) => ({ at, kind, text, marks })),
      [{ at: '2018-03-07T11:33:21.873Z', kind: 'detection', text: 'high_memory_load firing on instance-with-hyphen_and_underscore: Server High Memory usage', marks: 'detected' }],
    );
  });

  it('gives no end to a "resolved" alert whose endsAt is still the zero time', async () => {
    const { candidates } = await readFixtures(['real/alertmanager/webhook-resolved-zero-endsat.json']);
    assert.equal(candidates.length, 3);
    assert.ok(candidates.every((c) => c.kind === 'detection'));
  });

  it('reads a folder of payloads file by file', async () => {
    const { candidates, formats } = await readFixtures(['real/alertmanager']);
    assert.deepEqual(formats.map((f) => f.from), ['alertmanager', 'alertmanager', 'alertmanager']);
    // The grouped and the "resolved" payload carry the same three alerts: one each after markDuplicates.
    assert.equal(candidates.length, 7);
    assert.equal(markDuplicates('pir: 1\n', candidates).filter((c) => !c.duplicateOf).length, 4);
  });

  it('makes a real end a resolution (or mitigation), and recognises the same alert resent in another file', async () => {
    const read = await readFixtures(['own/alertmanager-webhook-resolved.json', 'own/alertmanager-api-v2-alerts.json']);
    const marked = markDuplicates('pir: 1\n', read.candidates);
    assert.deepEqual(
      marked.map(({ at, kind, kindChoices, duplicateOf }) => ({ at, kind, kindChoices, duplicate: !!duplicateOf })),
      [
        { at: '2026-03-14T07:01:30.512Z', kind: 'detection', kindChoices: undefined, duplicate: false },
        { at: '2026-03-14T07:01:30.512Z', kind: 'detection', kindChoices: undefined, duplicate: true },
        { at: '2026-03-14T07:44:30Z', kind: 'resolution', kindChoices: ['resolution', 'mitigation'], duplicate: false },
      ],
    );
    // An active alert's future endsAt (the resolve timeout) is not an end.
    assert.equal(read.candidates.filter((c) => c.kind === 'resolution').length, 1);
  });
});
