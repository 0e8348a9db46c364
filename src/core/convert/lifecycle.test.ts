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
