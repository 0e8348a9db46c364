import * as assert from 'node:assert/strict';
import { readFixtures } from './testing';

describe('import: PagerDuty', () => {
  it('maps the real log entries to kinds, leaves notifications out and keeps each entry apart', async () => {
    const { candidates, noise } = await readFixtures(['real/pagerduty/log-entries.json']);
    assert.deepEqual(
      candidates.map(({ at, kind, text, actor }) => [at, kind, text, actor]),
      [
        ['2013-03-06T20:28:46Z', 'detection', 'Triggered through the website', 'Tim Wright'],
        ['2013-03-06T20:28:46Z', 'escalation', 'Assigned to Tim Wright by timeout', 'Test Service'],
        ['2013-03-06T20:29:30Z', 'response', 'Acknowledged by Tim Wright', 'Tim Wright'],
        ['2013-03-06T20:59:30Z', 'escalation', 'Unacknowledged by timeout', 'Test Service'],
        ['2013-03-06T21:00:30Z', 'escalation', 'Escalated to Bob Smith by timeout', 'Test Service'],
        ['2013-03-06T21:33:15Z', 'resolution', 'Resolved by Tim Wright: Fixed', 'Tim Wright'],
      ],
    );
    assert.equal(noise, 6, 'the six notify entries');
    // html_url is null on the entries: the incident page, with the entry's id, keeps each source unique.
    assert.equal(candidates[5].source, 'https://effect-tech.pagerduty.com/incidents/P31FVLZ#log-entry-PPV5KG7');
    assert.equal(new Set(candidates.map((c) => c.source)).size, candidates.length);
  });

  it('includes notifications when asked, with their contact details redacted', async () => {
    const { candidates } = await readFixtures(['own/pagerduty-log-entries.json'], { includeNotifications: true });
    assert.ok(candidates.some((c) => c.text === 'Notified Maria Silva by phone'));
  });

  it('reads account-zone offsets as UTC, accepts acknowledgement_log_entry, marks the lifecycle moments', async () => {
    const { candidates } = await readFixtures(['own/pagerduty-log-entries.json', 'own/pagerduty-incident.json']);
    assert.deepEqual(
      candidates.map(({ at, kind, marks }) => [at, kind, marks]),
      [
        ['2026-03-14T07:02:10Z', 'detection', 'detected'],
        ['2026-03-14T07:04:00Z', 'escalation', undefined],
        ['2026-03-14T07:05:00Z', 'response', 'acknowledged'],
        ['2026-03-14T07:25:00Z', 'note', undefined],
        ['2026-03-14T08:35:00Z', 'resolution', 'resolved'],
      ],
    );
    assert.equal(candidates[3].text, 'Note added: Pool size regression in the 06:48 deploy');
  });
});
