// Mutated and generated reviews through everything that reads a review: parse, lint (schema and
// rules), metrics, the Markdown/HTML exports, the fishbone SVG and the workspace index. Nothing may
// throw or take long, and every finding's range must lie inside the text. Runs are fixed in number
// and seeded; a failure prints its seed and path, to be kept below as a regression case.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { layoutFishbone } from '../../../src/core/fishbone/layout';
import { fishboneSvgFile } from '../../../src/core/fishbone/svg';
import { lint } from '../../../src/core/lint';
import { actionStats, reviewMetrics } from '../../../src/core/metrics';
import { renderHtml } from '../../../src/core/render/html';
import { renderMarkdown } from '../../../src/core/render/markdown';
import { analysisParts, drawableCauses } from '../../../src/core/analysis';
import { ReviewIndex } from '../../../src/core/workspace-index';
import { EXAMPLES, generated, mutated } from './reviews';
import { FUZZ_SEED } from './seed';

const NOW = new Date('2026-09-01T00:00:00Z');
/** Longest a single call may take: generous for a loaded CI machine, far short of a hang. */
const SLOW_MS = 1500;

function timed<T>(label: string, run: () => T): T {
  const started = performance.now();
  const result = run();
  const took = performance.now() - started;
  assert.ok(took < SLOW_MS, `${label} took ${Math.round(took)} ms`);
  return result;
}

/** Every consumer of a review, on one text. */
function readEverywhere(text: string): void {
  const { parsed, findings } = timed('lint', () => lint(text, { now: NOW }));
  for (const { range, rule } of findings) {
    assert.ok(Number.isInteger(range.start) && Number.isInteger(range.end), `${rule}: range ${JSON.stringify(range)}`);
    assert.ok(range.start >= 0 && range.start <= range.end && range.end <= text.length, `${rule}: range ${JSON.stringify(range)} outside 0..${text.length}`);
  }
  const review = parsed.value;
  timed('metrics', () => { reviewMetrics(review); actionStats(review, NOW); });
  timed('markdown', () => renderMarkdown(review));
  timed('html', () => renderHtml(review, { standalone: true }));
  const { effect, causes } = analysisParts(review);
  timed('fishbone svg', () => fishboneSvgFile(layoutFishbone({ effect, causes: drawableCauses(causes) }, { showEmptyCategories: true })));
  timed('index', () => new ReviewIndex().update('file:///fuzz.pir.yaml', text));
}

const property = (arbitrary: fc.Arbitrary<string>) => fc.property(arbitrary, (text) => readEverywhere(text));

describe('fuzz: hostile and broken review text', function () {
  this.timeout(20_000);

  it('mutated examples read everywhere without throwing, hanging or ranges outside the text', () => {
    fc.assert(property(mutated), { numRuns: 100, seed: FUZZ_SEED });
  });

  it('generated reviews with values of any shape read everywhere', () => {
    fc.assert(property(generated), { numRuns: 150, seed: FUZZ_SEED });
  });

  it('random text reads everywhere', () => {
    fc.assert(property(fc.string({ unit: 'binary', maxLength: 400 })), { numRuns: 150, seed: FUZZ_SEED });
  });

  it('regression (seed 20261127): an error at the end of the text is marked on its last character', () => {
    // A truncated flow list made the yaml-syntax range start at text.length, past the text.
    const text = 'pir: 1\ntags: [mtls, certifi';
    readEverywhere(text);
    const [finding] = lint(text, { now: NOW }).findings;
    assert.deepEqual(finding.range, { start: text.length - 1, end: text.length });
  });

  it('the examples themselves read everywhere', () => {
    for (const text of EXAMPLES) readEverywhere(text);
  });
});
