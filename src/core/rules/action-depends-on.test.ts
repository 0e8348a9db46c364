import * as assert from 'node:assert/strict';
import { actionDependsOn } from './action-depends-on';
import { runRule, yaml } from './testing';

describe('action-depends-on', () => {
  it('passes ids of this review and leaves references to other reviews to the workspace check', () => {
    const findings = runRule(actionDependsOn, yaml(
      'actionItems:',
      '  - id: AI-1',
      '    title: Add a canary stage to config rollouts',
      '  - id: AI-2',
      '    title: Roll the canary out to every region',
      '    dependsOn: [AI-1, PIR-2026-019#AI-3, other.pir.yaml#AI-9]',
    ));
    assert.deepEqual(findings, []);
  });

  it('flags an id no item of this review has, at the entry', () => {
    const findings = runRule(actionDependsOn, yaml(
      'actionItems:',
      '  - id: AI-1',
      '    title: Add a canary stage to config rollouts',
      '    dependsOn:',
      '      - AI-7',
      '      - "#"',
    ));
    assert.deepEqual(findings.map((f) => [f.line, f.covered]), [[5, 'AI-7'], [6, '"#"']]);
    assert.match(findings[0].message, /No action item in this review has the id `AI-7`/);
    assert.match(findings[1].message, /names no action item/);
    assert.deepEqual(findings[0].path, ['actionItems', 0, 'dependsOn', 0]);
  });

  it('flags each link of a cycle, and an item that depends on itself', () => {
    const findings = runRule(actionDependsOn, yaml(
      'actionItems:',
      '  - id: AI-1',
      '    title: Migrate the queue',
      '    dependsOn: [AI-3]',
      '  - id: AI-2',
      '    title: Load-test the new queue',
      '    dependsOn: [AI-1]',
      '  - id: AI-3',
      '    title: Write the queue runbook',
      '    dependsOn: [AI-2]',
      '  - id: AI-4',
      '    title: Retire the old queue',
      '    dependsOn: [AI-3, AI-4]',
    ));
    assert.deepEqual(findings.map((f) => [f.line, f.covered]), [[4, 'AI-3'], [7, 'AI-1'], [10, 'AI-2'], [13, 'AI-4']]);
    assert.match(findings[0].message, /`AI-1` and `AI-3` wait for each other/);
    assert.match(findings[3].message, /`AI-4` depends on itself/);
  });

  it('ignores entries that are not strings (the schema rule reports them)', () => {
    assert.deepEqual(runRule(actionDependsOn, yaml('actionItems:', '  - id: AI-1', '    dependsOn: [7, {a: 1}]', '  - dependsOn: AI-1')), []);
  });
});
