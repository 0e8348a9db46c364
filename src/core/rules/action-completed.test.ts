import * as assert from 'node:assert/strict';
import { actionCompleted } from './action-completed';
import { runRule, yaml } from './testing';

describe('action-completed', () => {
  it('flags a done item without a completion date, at its status', () => {
    const findings = runRule(actionCompleted, yaml(
      'actionItems:',
      '  - title: Add alert on queue depth',
      '    status: done',
      '    completed: 2026-04-02',
      '  - title: Rotate certificates automatically',
      '    status: done',
    ));
    assert.equal(findings.length, 1);
    assert.equal(findings[0].line, 6);
    assert.equal(findings[0].covered, 'done');
    assert.deepEqual(findings[0].path, ['actionItems', 1]);
  });

  it('leaves open, in-progress and won\'t-do items alone', () => {
    const findings = runRule(actionCompleted, yaml(
      'actionItems:',
      '  - title: a',
      '    status: open',
      '  - title: b',
      '    status: in-progress',
      '  - title: c',
      '    status: wont-do',
      '  - title: d',
    ));
    assert.deepEqual(findings, []);
  });

  it('leaves a bad completion date to the schema rule', () => {
    const findings = runRule(actionCompleted, yaml('actionItems:', '  - title: a', '    status: done', '    completed: last week'));
    assert.deepEqual(findings, []);
  });
});
