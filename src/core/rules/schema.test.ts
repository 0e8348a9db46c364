import * as assert from 'node:assert/strict';
import { schema } from './schema';
import { runRule, yaml } from './testing';

const HEAD = ['pir: 1', 'title: Checkout outage', 'severity: P2', 'status: draft'];

describe('schema rule', () => {
  it('says when a value is empty because a #word after its key is a comment', () => {
    const findings = runRule(schema, yaml(...HEAD,
      'actionItems:',
      '  - title: Add a canary',
      '    tracker: #1095',
      '    owner:   #sre-team',
    ));
    assert.deepEqual(findings.map((f) => [f.line, f.message]).sort(), [
      [7, '`actionItems[0].tracker` must be a string. YAML reads `#1095` as a comment, so the value is empty (null); quote it: "#1095".'],
      [8, '`actionItems[0].owner` must be a string. YAML reads `#sre-team` as a comment, so the value is empty (null); quote it: "#sre-team".'],
    ]);
  });

  it('adds nothing for an empty value with a real comment, or a comment on the next line', () => {
    const findings = runRule(schema, yaml(...HEAD,
      'summary: # to do',
      'rootCause:',
      '  #unknown-yet',
    ));
    assert.deepEqual(findings.map((f) => f.message).sort(), ['`rootCause` must be a string.', '`summary` must be a string.']);
  });
});
