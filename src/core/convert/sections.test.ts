import * as assert from 'node:assert/strict';
import { extensionTarget, isExactName, postmortemSectionCount, standardTarget, teamTarget } from './sections';

describe('convert/sections', () => {
  it('matches headings by meaning, whatever their numbering, emoji, case or notes', () => {
    const cases: [string, unknown][] = [
      ['Executive Summary', { kind: 'text', path: ['summary'] }],
      ['TL;DR', { kind: 'text', path: ['summary'] }],
      ['2. Customer impact', { kind: 'text', path: ['impact', 'description'] }],
      ['Root Causes', { kind: 'text', path: ['rootCause'] }],
      ['Root cause of the outage', { kind: 'text', path: ['rootCause'] }],
      ['🔍 Contributing Factors', { kind: 'list', key: 'contributingFactors' }],
      ['Resolution and Recovery', { kind: 'text', path: ['response', 'x-resolution'] }],
      ['Mitigation', { kind: 'text', path: ['response', 'x-resolution'] }],
      ['Detection', { kind: 'text', path: ['response', 'detection'] }],
      ['What went well?', { kind: 'list', key: 'wentWell' }],
      ['What went poorly', { kind: 'list', key: 'lessonsLearned' }],
      ['Lessons Learned', { kind: 'list', key: 'lessonsLearned' }],
      ['Follow-ups', { kind: 'actionItems' }],
      ['Follow-up', { kind: 'actionItems' }],
      ['Corrective actions', { kind: 'actionItems' }],
      ['Timeline (UTC)', { kind: 'timeline' }],
      ['Supporting information', { kind: 'references' }],
    ];
    for (const [heading, target] of cases) assert.deepEqual(standardTarget(heading), target, heading);
  });

  it('has no standard home for Trigger, Where we got lucky or Background', () => {
    for (const heading of ['Trigger', 'Where we got lucky', 'Background', 'Appendix']) assert.equal(standardTarget(heading), undefined, heading);
  });

  it('sends a heading with no home to an x- key named after it', () => {
    assert.deepEqual(extensionTarget('Where we got lucky'), { kind: 'text', path: ['x-where-we-got-lucky'] });
    assert.deepEqual(extensionTarget('3. Background (internal)'), { kind: 'text', path: ['x-background'] });
  });

  it('finds the team section a heading names, by title or key, even where a standard home exists', () => {
    const team = [{ key: 'lucky', title: 'Where we got lucky' }, { key: 'trigger', title: 'What set it off' }, { key: 'detection-notes', title: 'Detection' }];
    assert.deepEqual(teamTarget('4. Where We Got Lucky!', team), { kind: 'text', path: ['lucky'] });
    assert.deepEqual(teamTarget('Trigger', team), { kind: 'text', path: ['trigger'] });
    assert.deepEqual(teamTarget('Detection', team), { kind: 'text', path: ['detection-notes'] });
    assert.equal(teamTarget('Where we got unlucky', team), undefined);
    assert.equal(teamTarget('Trigger'), undefined);
  });

  it('knows an exact section name from a longer heading', () => {
    assert.equal(isExactName('Root Cause'), true);
    assert.equal(isExactName('Root cause of the outage'), false);
  });

  it('counts the distinct postmortem sections among headings', () => {
    assert.equal(postmortemSectionCount(['Summary', 'Overview', 'Timeline', 'Installation']), 2);
    assert.equal(postmortemSectionCount(['Installation', 'Usage']), 0);
  });
});
