import * as assert from 'node:assert/strict';
import { inferLifecycle, kindOf } from './lifecycle';

describe('convert/lifecycle', () => {
  it('guesses event kinds from wording', () => {
    assert.equal(kindOf('Config change merged'), 'trigger');
    assert.equal(kindOf('Alert fired: 5xx rate'.replace('fired', 'alerted')), 'detection');
    assert.equal(kindOf('On-call pinged the database team'), 'escalation');
    assert.equal(kindOf('Rolled back to v41'), 'mitigation');
    assert.equal(kindOf('Error rates back to normal, incident resolved'), 'resolution');
    assert.equal(kindOf('Status page updated'), 'communication');
    assert.equal(kindOf('Coffee'), undefined);
    // The first paragraph says what happened; what follows ("it appears to have recovered") does not.
    assert.equal(kindOf('Dip noticed via grafana, investigation launched.\n\nCordoned the node, though it appears to have recovered.'), 'detection');
    assert.equal(kindOf('Cluster self-heals and everything returns to normal'), 'resolution');
    assert.equal(kindOf('Fix lands. **&lt;END OF OUTAGE&gt;**'), 'resolution');
    assert.equal(kindOf('Prow is confirmed to be functional. **Outage ends.**'), 'resolution');
    assert.equal(kindOf('Postmortem written after the outage ended'), undefined);
  });

  it('takes the start and the end where the timeline says the outage starts or ends', () => {
    const events = [
      { at: '2018-12-05T23:21:00Z', text: 'Crashloop bug is introduced', kind: 'trigger' as const },
      { at: '2019-03-27T06:04:00Z', text: 'The node hosting boskos is drained. (**outage starts**)' },
      { at: '2019-03-27T09:50:00Z', text: 'The outage is reported on GitHub', kind: 'detection' as const },
      { at: '2019-03-27T15:10:00Z', text: 'Fixed Boskos deployed (**outage ends**)', kind: 'resolution' as const },
      { at: '2019-03-27T16:00:00Z', text: 'Incident closed', kind: 'resolution' as const },
    ];
    assert.deepEqual(inferLifecycle(events), { started: '2019-03-27T06:04:00Z', detected: '2019-03-27T09:50:00Z', resolved: '2019-03-27T15:10:00Z' });
    // Said in passing, it marks nothing.
    const passing = [
      { at: '2026-01-01T09:00:00Z', text: 'Deploy of v2', kind: 'trigger' as const },
      { at: '2026-01-01T09:30:00Z', text: 'Runbook updated since the incident began' },
      { at: '2026-01-01T10:00:00Z', text: 'Alerted', kind: 'detection' as const },
    ];
    assert.deepEqual(inferLifecycle(passing), { started: '2026-01-01T09:00:00Z', detected: '2026-01-01T10:00:00Z' });
  });

  it('offers lifecycle times in order, and leaves out one that would break it', () => {
    const events = [
      { at: '2026-01-01T10:00:00Z', text: '', kind: 'trigger' as const },
      { at: '2026-01-01T10:05:00Z', text: '', kind: 'detection' as const },
      { at: '2026-01-01T09:00:00Z', text: '', kind: 'escalation' as const },
      { at: '2026-01-01T10:30:00Z', text: '', kind: 'mitigation' as const },
      { at: '2026-01-01T11:00:00Z', text: '', kind: 'resolution' as const },
    ];
    assert.deepEqual(inferLifecycle(events), {
      started: '2026-01-01T10:00:00Z',
      detected: '2026-01-01T10:05:00Z',
      mitigated: '2026-01-01T10:30:00Z',
      resolved: '2026-01-01T11:00:00Z',
    });
  });

  it('takes the first entry as the start when nothing before the detection is a trigger', () => {
    const events = [
      { at: '2026-01-01T09:00:00Z', text: '' },
      { at: '2026-01-01T10:05:00Z', text: '', kind: 'detection' as const },
    ];
    assert.deepEqual(inferLifecycle(events), { started: '2026-01-01T09:00:00Z', detected: '2026-01-01T10:05:00Z' });
  });
});
