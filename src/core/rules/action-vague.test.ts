import * as assert from 'node:assert/strict';
import { actionVague, vagueVerb } from './action-vague';
import { runRule, yaml } from './testing';

describe('action-vague', () => {
  it('finds titles that name no concrete change', () => {
    for (const title of [
      'Improve monitoring', 'Fix the bug', 'Be more careful', 'Look into X', 'Investigate', 'Better testing',
      'Review alerts', 'Make sure it doesn’t happen again', 'Enhance logging', 'Consider improvements', 'Fix the login issue',
    ]) {
      assert.ok(vagueVerb(title), `expected "${title}" to be vague`);
    }
  });

  it('accepts titles that say what changes where', () => {
    for (const title of [
      'Add an alert when the TLS certificate expires in < 14 days',
      'Improve alerting for the payments queue depth',
      'Fix the retry loop in the checkout worker',
      'Investigate DNS timeouts',
      'Review on-call alert thresholds',
      'Rotate database credentials automatically',
      'Runbook',
    ]) {
      assert.equal(vagueVerb(title), undefined, `expected "${title}" to pass`);
    }
  });

  it('flags a vague action item at its title value, naming the vague word', () => {
    const findings = runRule(actionVague, yaml(
      'actionItems:',
      '  - title: Add an alert when the TLS certificate expires in < 14 days',
      '  - title: "Improve monitoring"',
    ));
    assert.equal(findings.length, 1);
    assert.equal(findings[0].covered, '"Improve monitoring"');
    assert.match(findings[0].message, /"improve"/);
    assert.deepEqual(findings[0].path, ['actionItems', 1, 'title']);
  });

  it('ignores titles of the wrong type', () => {
    assert.deepEqual(runRule(actionVague, yaml('actionItems:', '  - title: [Improve, monitoring]', '  - title: 5')), []);
  });
});
