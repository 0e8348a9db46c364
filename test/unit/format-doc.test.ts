// docs/format.md is the format's reference: its examples must pass the linter and its key
// tables must cover the schema, so the page cannot drift from what the tools accept.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '../../src/core/config';
import { lint } from '../../src/core/lint';
import { RULE_IDS } from '../../src/core/rules';
import { reviewSchema } from '../../src/core/schema';

// Compiled to out/test/unit, so the repository root is three levels up.
const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'format.md'), 'utf8');
const yamlBlocks = [...doc.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((match) => match[1]);
const NOW = new Date('2026-11-27T12:00:00Z');

describe('docs/format.md', () => {
  it('has a complete example that lints with no findings', () => {
    const complete = yamlBlocks.filter((block) => /^pir: 1$/m.test(block) && /^references:/m.test(block));
    assert.equal(complete.length, 1);
    const { parsed, findings } = lint(complete[0], { now: NOW });
    assert.deepEqual(findings.map((f) => `${parsed.position(f.range.start).line}: ${f.message} [${f.rule}]`), []);
    const review = parsed.value as Record<string, unknown>;
    assert.deepEqual(Object.keys(reviewSchema.properties ?? {}).filter((key) => !(key in review)), []);
  });

  it('has a minimal example with no errors', () => {
    const minimal = yamlBlocks.find((block) => block.startsWith('pir: 1\n') && !block.includes('summary:'));
    assert.ok(minimal);
    assert.deepEqual(lint(minimal, { now: NOW }).findings.filter((f) => f.severity === 'error'), []);
  });

  it('has a config example the config reader accepts', () => {
    const config = yamlBlocks.find((block) => block.startsWith('# .pirrc.yaml'));
    assert.ok(config);
    assert.deepEqual(parseConfig(config, RULE_IDS).errors, []);
  });

  it('lists every top-level key and every action item key in its tables', () => {
    const documented = new Set([...doc.matchAll(/^\| `([\w.]+)` \|/gm)].map((match) => match[1]));
    const analysis = Object.keys(reviewSchema.properties?.analysis?.properties ?? {}).map((key) => `analysis.${key}`);
    const topLevel = Object.keys(reviewSchema.properties ?? {}).filter((key) => key !== 'analysis');
    const actionItem = Object.keys(reviewSchema.properties?.actionItems?.items?.properties ?? {});
    assert.deepEqual([...topLevel, ...analysis, ...actionItem].filter((key) => !documented.has(key)), []);
  });
});
