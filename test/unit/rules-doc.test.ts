import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../src/core/rules';

// The diagnostics link each rule id to its section in docs/rules.md: a new rule needs one.
describe('docs/rules.md', () => {
  const doc = readFileSync(join(__dirname, '../../../docs/rules.md'), 'utf8');

  for (const rule of RULES) {
    it(`documents ${rule.id} with its default severity`, () => {
      assert.match(doc, new RegExp(`^## ${rule.id}$`, 'm'));
      const row = doc.split('\n').find((line) => line.startsWith(`| [\`${rule.id}\`]`));
      assert.ok(row, `no table row for ${rule.id}`);
      assert.ok(row.includes(rule.defaultSeverity), `table row for ${rule.id} lacks "${rule.defaultSeverity}"`);
    });
  }
});
