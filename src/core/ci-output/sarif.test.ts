import * as assert from 'node:assert/strict';
import { RULE_IDS } from '../rules';
import type { LocatedFinding } from './located-finding';
import { relativeUri, toSarif } from './sarif';

const FINDING: LocatedFinding = {
  file: 'reviews/a.pir.yaml', line: 10, column: 10, endLine: 10, endColumn: 20, severity: 'warning', rule: 'action-overdue', message: 'overdue',
};

describe('SARIF output', () => {
  it('lists every rule with its help link to docs/rules.md and its default level', () => {
    const { rules } = toSarif([]).runs[0].tool.driver;
    assert.deepEqual(rules.map((r) => r.id), RULE_IDS);
    const overdue = rules.find((r) => r.id === 'action-overdue');
    assert.equal(overdue?.helpUri, 'https://github.com/pir-tools/post-incident-review/blob/main/docs/rules.md#action-overdue');
    assert.equal(overdue?.defaultConfiguration.level, 'warning');
    assert.equal(rules.find((r) => r.id === 'action-vague')?.defaultConfiguration.level, 'note');
  });

  it('gives each result its rule, level, relative location and 1-based region', () => {
    const [result] = toSarif([FINDING, { ...FINDING, severity: 'info' }]).runs[0].results;
    assert.deepEqual(result, {
      ruleId: 'action-overdue',
      ruleIndex: RULE_IDS.indexOf('action-overdue'),
      level: 'warning',
      message: { text: 'overdue' },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri: 'reviews/a.pir.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 10, startColumn: 10, endLine: 10, endColumn: 20 },
        },
      }],
    });
    assert.equal(toSarif([{ ...FINDING, severity: 'hint' }]).runs[0].results[0].level, 'note');
  });

  it('leaves ruleIndex out for a finding whose rule is not in the list', () => {
    assert.equal('ruleIndex' in toSarif([{ ...FINDING, rule: 'max-lint-bytes' }]).runs[0].results[0], false);
  });

  it('writes relative paths as URI references: forward slashes, special characters encoded', () => {
    assert.equal(relativeUri('reviews\\2026\\a b#1%.pir.yaml'), 'reviews/2026/a%20b%231%25.pir.yaml');
    assert.equal(relativeUri('../other/x.pir.yaml'), '../other/x.pir.yaml');
  });
});
