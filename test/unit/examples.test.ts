// The shipped examples are documentation: they must show every section and lint clean with the
// default config, so a new rule that flags them is either wrong or needs the examples updated.
// The one draft is the exception: it is written to show the linter at work when `npm start`
// opens the examples, and must have exactly the findings listed here.
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
/** Example -> the rules it is meant to trigger, in the order of the findings. */
const DRAFT_FINDINGS: Record<string, string[]> = {
  '2026-10-06-image-upload-failures.pir.yaml': ['blame-language', 'blame-language', 'timeline-order', 'action-owner', 'action-overdue'],
};

describe('examples', () => {
  const files = readdirSync(EXAMPLES).filter((name) => name.endsWith('.pir.yaml'));

  it('has at least three clean reviews and the draft with findings', () => {
    assert.ok(files.filter((name) => !(name in DRAFT_FINDINGS)).length >= 3, files.join(', '));
    for (const name of Object.keys(DRAFT_FINDINGS)) assert.ok(files.includes(name), name);
  });

  for (const name of files) {
    describe(name, () => {
      const { parsed, findings } = lint(readFileSync(join(EXAMPLES, name), 'utf8'), { now: NOW });

      const expected = DRAFT_FINDINGS[name];
      if (expected) {
        it(`shows the linter at work: ${expected.join(', ')}`, () => {
          assert.deepEqual(findings.map((f) => f.rule), expected);
        });
      } else {
        it('lints with no findings at all', () => {
          assert.deepEqual(findings.map((f) => `${parsed.position(f.range.start).line}: ${f.message} [${f.rule}]`), []);
        });
      }

      it('uses every section of the format', () => {
        const review = parsed.value;
        assert.ok(isRecord(review));
        const missing = Object.keys(reviewSchema.properties ?? {}).filter((key) => !(key in review));
        assert.deepEqual(missing, []);
      });
    });
  }
});
