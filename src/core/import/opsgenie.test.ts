import * as assert from 'node:assert/strict';
import { readFixtures } from './testing';

describe('import: Opsgenie', () => {
  it('reads the alert log: kinds from the log text, notifications left out, owners without their address', async () => {
    const { candidates, noise } = await readFixtures(['own/opsgenie-alert-log.json']);
    assert.equal(noise, 1);
    assert.deepEqual(
      candidates.map(({ at, kind, actor, marks }) => [at, kind, actor, marks]),
      [
        ['2026-03-14T07:02:05Z', 'detection', 'System', 'detected'],
        ['2026-03-14T07:04:58Z', 'response', 'dev.patel', 'acknowledged'],
        ['2026-03-14T07:20:00Z', 'escalation', 'System', undefined],
        ['2026-03-14T08:36:00Z', 'resolution', 'maria', 'resolved'],
      ],
    );
  });
});
