import * as assert from 'node:assert/strict';
import { actionOverdue } from './action-overdue';
import { runRule, yaml } from './testing';

describe('action-overdue', () => {
  const now = '2026-06-01T23:30:00Z';

  it('flags open, in-progress and status-less items past due, at the due date, with the days', () => {
    const findings = runRule(actionOverdue, yaml(
      'actionItems:',
      '  - title: Add alert on queue depth',
      '    due: 2026-05-29',
      '    status: open',
      '  - title: Rotate certificates',
      '    due: 2026-05-31',
      '    status: in-progress',
      '  - title: Add a runbook',
      '    due: 2026-05-01',
    ), { now });
    assert.deepEqual(findings.map((f) => f.covered), ['2026-05-29', '2026-05-31', '2026-05-01']);
    assert.match(findings[0].message, /3 days overdue/);
    assert.match(findings[1].message, /1 day overdue/);
    assert.match(findings[2].message, /31 days overdue/);
    assert.deepEqual(findings[0].path, ['actionItems', 0, 'due']);
  });

  it('passes items due today or later, closed items, and unreadable dates', () => {
    const findings = runRule(actionOverdue, yaml(
      'actionItems:',
      '  - title: Due today',
      '    due: 2026-06-01',
      '  - title: Due later',
      '    due: 2026-07-01',
      '  - title: Done late',
      '    due: 2026-01-01',
      '    status: done',
      '  - title: Dropped',
      '    due: 2026-01-01',
      '    status: wont-do',
      '  - title: Bad date',
      '    due: last week',
      '  - title: Wrong type',
      '    due: [2026-01-01]',
    ), { now });
    assert.deepEqual(findings, []);
  });

  it('counts an unknown status as open, as the metrics do', () => {
    const findings = runRule(actionOverdue, yaml('actionItems:', '  - title: A', '    due: 2026-05-01', '    status: blocked'), { now });
    assert.equal(findings.length, 1);
  });

  it('compares UTC calendar days, not the time of day', () => {
    // 00:30 on June 2 in UTC: an item due June 1 is one day overdue although only 30 minutes have passed.
    const findings = runRule(actionOverdue, yaml('actionItems:', '  - title: A', '    due: 2026-06-01'), { now: '2026-06-02T00:30:00Z' });
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /1 day overdue/);
  });
});
