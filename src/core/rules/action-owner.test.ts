import * as assert from 'node:assert/strict';
import { actionOwner } from './action-owner';
import { runRule, yaml } from './testing';

describe('action-owner', () => {
  it('flags an action item without an owner, at its title', () => {
    const findings = runRule(actionOwner, yaml(
      'actionItems:',
      '  - title: Add alert on queue depth',
      '    owner: sre-team',
      '  - title: Rotate certificates automatically',
      '    due: 2026-07-01',
    ));
    assert.equal(findings.length, 1);
    assert.equal(findings[0].line, 4);
    assert.equal(findings[0].covered, 'title: Rotate certificates automatically');
    assert.deepEqual(findings[0].path, ['actionItems', 1]);
  });

  it('flags an empty owner at the owner value', () => {
    const findings = runRule(actionOwner, yaml('actionItems:', '  - title: Fix it properly', '    owner: ""'));
    assert.equal(findings.length, 1);
    assert.equal(findings[0].covered, '""');
  });

  it('passes action items that all have owners', () => {
    const findings = runRule(actionOwner, yaml('actionItems:', '  - title: Add alert on queue depth', '    owner: sre-team'));
    assert.deepEqual(findings, []);
  });
});
