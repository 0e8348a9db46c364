import * as assert from 'node:assert/strict';
import { runRule, yaml } from './testing';
import { timelineOrder } from './timeline-order';

describe('timeline-order', () => {
  it('flags an event earlier than the one before it, at its time', () => {
    const findings = runRule(timelineOrder, yaml(
      'timeline:',
      '  - at: 2026-03-14T09:12:00Z',
      '    text: Rollout starts',
      '  - at: 2026-03-14T10:30:00+01:00',
      '    text: Alert fires',
      '  - at: 2026-03-14T09:20:00Z',
      '    text: On-call paged',
    ));
    assert.equal(findings.length, 1);
    assert.equal(findings[0].covered, '2026-03-14T09:20:00Z');
    assert.match(findings[0].message, /2026-03-14T10:30:00\+01:00, line 4/);
    assert.deepEqual(findings[0].path, ['timeline', 2, 'at']);
  });

  it('compares instants, so different offsets and equal times pass', () => {
    const findings = runRule(timelineOrder, yaml(
      'timeline:',
      '  - at: 2026-03-14T10:12:00+01:00',
      '    text: Rollout starts',
      '  - at: 2026-03-14T09:12:00Z',
      '    text: Alert fires at the same instant',
      '  - at: 2026-03-14T09:30:00Z',
      '    text: On-call paged',
    ));
    assert.deepEqual(findings, []);
  });

  it('skips unreadable times and compares with the last readable one', () => {
    const findings = runRule(timelineOrder, yaml(
      'timeline:',
      '  - at: 2026-03-14T09:30:00Z',
      '    text: A',
      '  - at: around ten',
      '    text: B',
      '  - at: [1]',
      '  - 5',
      '  - at: 2026-03-14T09:00:00Z',
      '    text: C',
    ));
    assert.deepEqual(findings.map((f) => f.line), [8]);
  });

  it('ignores a timeline that is not a list', () => {
    assert.deepEqual(runRule(timelineOrder, yaml('timeline: 5')), []);
  });
});
