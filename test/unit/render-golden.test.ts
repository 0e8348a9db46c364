// Golden files: the exported Markdown of every review in examples/ and test/fixtures/render/ is
// compared with test/golden/<name>.md. A difference fails the test and shows what changed.
//
// To accept a change on purpose, regenerate and review the diff like any code change:
//   npx tsc -p . && UPDATE_GOLDEN=1 npx mocha out/test/unit/render-golden.test.js
//   git diff test/golden/
// A golden file that changes without a change to the renderer or the review is a regression.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ParsedReview } from '../../src/core/parse';
import { renderMarkdown } from '../../src/core/render/markdown';

// Compiled to out/test/unit, so the repository root is three levels up.
const ROOT = join(__dirname, '..', '..', '..');
const SOURCES = [join(ROOT, 'examples'), join(ROOT, 'test/fixtures/render')];
const GOLDEN = join(ROOT, 'test/golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

describe('exported Markdown matches the golden files', () => {
  const reviews = SOURCES.flatMap((dir) => readdirSync(dir).filter((n) => n.endsWith('.pir.yaml')).map((n) => join(dir, n)));

  it('has reviews to compare', () => {
    assert.ok(reviews.length >= 2, reviews.join(', '));
  });

  for (const file of reviews) {
    const name = basename(file, '.pir.yaml');
    it(`${name}.md`, () => {
      const parsed = new ParsedReview(readFileSync(file, 'utf8'));
      assert.deepEqual(parsed.syntaxFindings, []);
      const markdown = renderMarkdown(parsed.value);
      const golden = join(GOLDEN, `${name}.md`);
      if (UPDATE) writeFileSync(golden, markdown);
      assert.equal(markdown, readFileSync(golden, 'utf8'), `${name}.md differs; see the comment at the top of this test to update it`);
    });
  }
});
