import * as assert from 'node:assert/strict';
import { actionDue } from './action-due';
import { runRule, yaml } from './testing';

describe('action-due', () => {
  it('flags an open action item without a due date, at its title', () => {
    const findings = runRule(actionDue, yaml(
      'actionItems:',
      '  - title: Add alert on queue depth',
      '    due: 2026-07-01',
      '  - title: Rotate certificates automatically',
      '    owner: sre-team',
    ));
    assert.equal(findings.length, 1);
    assert.equal(findings[0].line, 4);
    assert.equal(findings[0].covered, 'title: Rotate certificates automatically');
    assert.deepEqual(findings[0].path, ['actionItems', 1]);
  });

  it('flags an empty due at the due entry', () => {
    const findings = runRule(actionDue, yaml('actionItems:', '  - title: Add alert', '    due:', '  - title: Add runbook', '    due: ""'));
    assert.deepEqual(findings.map((f) => f.covered), ['due:', 'due: ""']);
  });

  it('passes items with a due date and closed items without one', () => {
    const findings = runRule(actionDue, yaml(
      'actionItems:',
      '  - title: Add alert on queue depth',
      '    due: 2026-07-01',
      '  - title: Rotate certificates automatically',
      '    status: done',
      '  - title: Rewrite the scheduler',
      '    status: wont-do',
    ));
    assert.deepEqual(findings, []);
  });

  it('leaves a due date of the wrong type to the schema rule', () => {
    assert.deepEqual(runRule(actionDue, yaml('actionItems:', '  - title: Add alert', '    due: [2026-07-01]')), []);
  });

  it('ignores action items that are not a list of mappings', () => {
    assert.deepEqual(runRule(actionDue, yaml('actionItems: "nope"')), []);
    assert.deepEqual(runRule(actionDue, yaml('actionItems:', '  - just a string', '  - 42')), []);
  });
});
