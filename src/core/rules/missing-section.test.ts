import * as assert from 'node:assert/strict';
import { missingSection } from './missing-section';
import { runRule, yaml } from './testing';

describe('missing-section', () => {
  const only = { requiredSections: ['summary', 'timeline', 'impact', 'rootCause'] };

  it('passes a review whose required sections all have content', () => {
    const findings = runRule(missingSection, yaml(
      'title: Checkout outage',
      'status: final',
      'summary: Checkout failed for 40 minutes.',
      'timeline:',
      '  - at: 2026-03-14T09:12:00Z',
      '    text: Config rollout starts',
      'impact:',
      '  usersAffected: 0',
      'rootCause: A config key was renamed without a migration.',
    ), only);
    assert.deepEqual(findings, []);
  });

  it('flags an absent section at the title key and names it', () => {
    const findings = runRule(missingSection, yaml('pir: 1', 'title: Checkout outage', 'summary: x'), { requiredSections: ['summary', 'rootCause'] });
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /`rootCause` is missing/);
    assert.equal(findings[0].covered, 'title');
    assert.deepEqual(findings[0].path, ['rootCause']);
  });

  it('falls back to the first key when there is no title', () => {
    const findings = runRule(missingSection, yaml('pir: 1', 'status: draft'), { requiredSections: ['summary'] });
    assert.equal(findings[0].covered, 'pir');
  });

  it('flags empty string, blank, null, empty list and empty mapping at the key', () => {
    const findings = runRule(missingSection, yaml(
      'title: Checkout outage',
      'summary: ""',
      'rootCause: "   "',
      'timeline: []',
      'impact: {}',
      'response:',
    ), { requiredSections: ['summary', 'rootCause', 'timeline', 'impact', 'response'] });
    assert.deepEqual(findings.map((f) => f.covered), ['summary', 'rootCause', 'timeline', 'impact', 'response']);
    assert.ok(findings.every((f) => /is empty/.test(f.message)));
  });

  it('does not count a wrong type as empty: the schema rule reports it', () => {
    const findings = runRule(missingSection, yaml('title: T', 'timeline: 5', 'impact: nope', 'summary: [a]'), { requiredSections: ['timeline', 'impact', 'summary'] });
    assert.deepEqual(findings, []);
  });

  it('is a warning in a draft or without a status, an error in review and final', () => {
    const severityFor = (status: string | undefined) => {
      const text = status === undefined ? yaml('title: T') : yaml('title: T', `status: ${status}`);
      return runRule(missingSection, text, { requiredSections: ['summary'] })[0].severity;
    };
    assert.equal(severityFor('draft'), 'warning');
    assert.equal(severityFor(undefined), 'warning');
    assert.equal(severityFor('in-review'), 'error');
    assert.equal(severityFor('final'), 'error');
  });

  it('checks the default sections when the config does not set any', () => {
    const findings = runRule(missingSection, yaml('title: T'));
    assert.deepEqual(findings.map((f) => f.path?.[0]), [
      'summary', 'timeline', 'rootCause', 'contributingFactors', 'impact', 'response', 'lessonsLearned', 'actionItems',
    ]);
  });
});
