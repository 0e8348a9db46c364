import * as assert from 'node:assert/strict';
import { actionDuplicateId } from './action-duplicate-id';
import { runRule, yaml } from './testing';

describe('action-duplicate-id', () => {
  it('flags the second and later uses of an id, naming the first one\'s line', () => {
    const findings = runRule(actionDuplicateId, yaml(
      'actionItems:',
      '  - id: AI-1',
      '    title: Add alert on queue depth',
      '  - id: AI-2',
      '    title: Rotate certificates',
      '  - id: AI-1',
      '    title: Add a runbook',
      '  - id: "AI-1"',
      '    title: Load-test the queue',
    ));
    assert.deepEqual(findings.map((f) => [f.line, f.covered]), [[6, 'AI-1'], [8, '"AI-1"']]);
    assert.ok(findings.every((f) => /`AI-1`: already used on line 2/.test(f.message)));
    assert.deepEqual(findings[0].path, ['actionItems', 2, 'id']);
  });

  it('passes distinct ids and items without ids', () => {
    const findings = runRule(actionDuplicateId, yaml(
      'actionItems:',
      '  - id: AI-1',
      '    title: Add alert on queue depth',
      '  - id: AI-2',
      '    title: Rotate certificates',
      '  - title: Add a runbook',
      '  - title: Load-test the queue',
      '  - id: ""',
      '  - id: ""',
    ));
    assert.deepEqual(findings, []);
  });

  it('ignores ids of the wrong type', () => {
    assert.deepEqual(runRule(actionDuplicateId, yaml('actionItems:', '  - id: [a]', '  - id: [a]', '  - id: 7', '  - id: 7')), []);
  });
});
