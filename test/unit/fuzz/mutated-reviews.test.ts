// Mutated and generated reviews through everything that reads a review: parse, lint (schema and
// rules), metrics, the Markdown/HTML exports, the fishbone SVG and the workspace index. Nothing may
// throw or take long, and every finding's range must lie inside the text. Runs are fixed in number
// and seeded; a failure prints its seed and path, to be kept below as a regression case.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { layoutFishbone } from '../../../src/core/fishbone/layout';
import { fishboneSvgFile } from '../../../src/core/fishbone/svg';
import { lint } from '../../../src/core/lint';
import { actionStats, reviewMetrics } from '../../../src/core/metrics';
import { renderHtml } from '../../../src/core/render/html';
import { renderMarkdown } from '../../../src/core/render/markdown';
import { analysisParts, drawableCauses } from '../../../src/core/analysis';
import { ReviewIndex } from '../../../src/core/workspace-index';
import { FUZZ_SEED } from './seed';

const ROOT = join(__dirname, '..', '..', '..', '..');
const EXAMPLES = ['2026-03-14-config-rollout-outage', '2026-05-02-certificate-expiry', '2026-08-19-database-failover']
  .map((name) => readFileSync(join(ROOT, 'examples', `${name}.pir.yaml`), 'utf8'));
const NOW = new Date('2026-09-01T00:00:00Z');
/** Longest a single call may take: generous for a loaded CI machine, far short of a hang. */
const SLOW_MS = 1500;

/** Characters that mean something to YAML or to the renderers, and some that mean trouble. */
const NASTY = [':', '-', '#', '&', '*', '!', '"', "'", '\t', '\0', '|', '>', '%', '@', '`', '{', '}', '[', ']', ',', '?', '\n', '\r', ' ',
  'é', '\u2028', '\uFEFF', '😀', '\uD800', '<script>', 'javascript:', '&a', '*a', '!!binary'];

type Mutation = (lines: string[], rnd: (n: number) => number) => string[];
const MUTATIONS: Mutation[] = [
  (l, r) => l.filter((_, i) => i !== r(l.length)), // delete a line
  (l, r) => { const i = r(l.length); return [...l.slice(0, i + 1), l[i] ?? '', ...l.slice(i + 1)]; }, // duplicate
  (l, r) => { const a = r(l.length), b = r(l.length), c = [...l]; [c[a], c[b]] = [c[b] ?? '', c[a] ?? '']; return c; }, // swap
  (l, r) => { const i = r(l.length), s = l[i] ?? '', at = r(s.length + 1); const c = [...l]; c[i] = s.slice(0, at) + NASTY[r(NASTY.length)] + s.slice(at); return c; },
  (l, r) => { const i = r(l.length); const c = [...l]; c[i] = ' '.repeat(r(5)) + (c[i] ?? '').trimStart(); return c; }, // re-indent
  (l, r) => l.slice(0, r(l.length + 1)), // truncate at a line
  (l, r) => { const t = l.join('\n'); return t.slice(0, r(t.length + 1)).split('\n'); }, // truncate mid-line
];

const mutated = fc.record({
  base: fc.constantFrom(...EXAMPLES),
  steps: fc.array(fc.tuple(fc.nat(MUTATIONS.length - 1), fc.array(fc.nat(), { minLength: 4, maxLength: 4 })), { minLength: 1, maxLength: 8 }),
}).map(({ base, steps }) => {
  let lines = base.split('\n');
  for (const [which, picks] of steps) {
    let k = 0;
    lines = MUTATIONS[which](lines, (n) => (n <= 0 ? 0 : picks[k++ % picks.length] % n));
  }
  return lines.join('\n');
});

/** Generated reviews: the right keys with values of any shape, written by the yaml library. */
const anyValue = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...NASTY), fc.integer(), fc.constant(null), fc.boolean(),
  fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.dictionary(fc.constantFrom('at', 'text', 'kind', 'title', 'status', 'due', 'owner', 'category', 'url'), fc.string({ maxLength: 20 }), { noNullPrototype: true })), { maxLength: 4 }));
const KEYS = ['pir', 'id', 'title', 'severity', 'status', 'summary', 'times', 'timeline', 'analysis', 'actionItems', 'references', 'impact', 'contributingFactors', 'rootCause'];
const generated = fc.dictionary(fc.constantFrom(...KEYS), anyValue, { noNullPrototype: true }).map((review) => stringify(review));

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
