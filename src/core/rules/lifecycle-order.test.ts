import * as assert from 'node:assert/strict';
import { lifecycleOrder } from './lifecycle-order';
import { runRule, yaml } from './testing';

describe('lifecycle-order', () => {
  it('flags a time before the nearest earlier present one, at the later value', () => {
    const findings = runRule(lifecycleOrder, yaml(
      'times:',
      '  started: 2026-03-14T09:00:00Z',
      '  detected: 2026-03-14T09:10:00Z',
      '  mitigated: 2026-03-14T09:05:00Z',
      '  resolved: 2026-03-14T10:00:00Z',
    ));
    assert.equal(findings.length, 1);
    assert.equal(findings[0].covered, '2026-03-14T09:05:00Z');
    assert.match(findings[0].message, /`mitigated` is before `detected`/);
    assert.deepEqual(findings[0].path, ['times', 'mitigated']);
  });

  it('follows the lifecycle order, not the order the keys are written in', () => {
    const findings = runRule(lifecycleOrder, yaml(
      'times:',
      '  resolved: 2026-03-14T08:00:00Z',
      '  started: 2026-03-14T09:00:00Z',
    ));
    assert.deepEqual(findings.map((f) => f.path), [['times', 'resolved']]);
  });

  it('passes ordered and equal times, with gaps and offsets', () => {
    const findings = runRule(lifecycleOrder, yaml(
      'times:',
      '  started: 2026-03-14T10:00:00+01:00',
      '  detected: 2026-03-14T09:00:00Z',
      '  resolved: 2026-03-14T09:30:00Z',
    ));
    assert.deepEqual(findings, []);
  });

  it('skips unreadable times and ignores times of the wrong type', () => {
    assert.deepEqual(runRule(lifecycleOrder, yaml('times:', '  started: soon', '  detected: 2026-03-14T09:00:00Z')), []);
    assert.deepEqual(runRule(lifecycleOrder, yaml('times: []')), []);
    assert.deepEqual(runRule(lifecycleOrder, yaml('times: nope')), []);
  });
});
