import * as assert from 'node:assert/strict';
import { textCutByComment } from './text-cut-by-comment';
import { runRule, yaml } from './testing';

describe('text-cut-by-comment', () => {
  it('flags unquoted text cut short by a #channel on the same line', () => {
    const findings = runRule(textCutByComment, yaml(
      'timeline:',
      '  - at: 2026-03-14T09:12:00Z',
      '    text: Support opens a thread in #inc-checkout.',
    ));
    assert.equal(findings.length, 1);
    assert.equal(findings[0].line, 3);
    assert.equal(findings[0].covered, 'Support opens a thread in #inc-checkout.');
    assert.match(findings[0].message, /`#inc-checkout\.` as a comment/);
  });

  it('passes real comments, quoted text and keys', () => {
    const findings = runRule(textCutByComment, yaml(
      'title: Checkout outage # keep it short',
      'summary: "Support opened #inc-checkout"',
      'services: [checkout] #team-owned',
      'tags:',
      '  - payments   # the main one',
    ));
    assert.deepEqual(findings, []);
  });
});
