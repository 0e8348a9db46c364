// The shipped examples are documentation: they must show every section and lint clean with the
// default config, so a new rule that flags them is either wrong or needs the examples updated.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/core/lint';
import { isRecord } from '../../src/core/review';
import { reviewSchema } from '../../src/core/schema';

// Compiled to out/test/unit, so the repository root is three levels up.
const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');
// A fixed "today": every open action item in the examples is due after it.
const NOW = new Date('2026-11-27T12:00:00Z');

describe('examples', () => {
  const files = readdirSync(EXAMPLES).filter((name) => name.endsWith('.pir.yaml'));

  it('has at least three reviews', () => {
    assert.ok(files.length >= 3, files.join(', '));
  });

  for (const name of files) {
    describe(name, () => {
      const { parsed, findings } = lint(readFileSync(join(EXAMPLES, name), 'utf8'), { now: NOW });

      it('lints with no findings at all', () => {
        assert.deepEqual(findings.map((f) => `${parsed.position(f.range.start).line}: ${f.message} [${f.rule}]`), []);
      });

      it('uses every section of the format', () => {
        const review = parsed.value;
        assert.ok(isRecord(review));
        const missing = Object.keys(reviewSchema.properties ?? {}).filter((key) => !(key in review));
        assert.deepEqual(missing, []);
      });
    });
  }
});
