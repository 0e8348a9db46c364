// Review texts for the fuzz properties: the examples mutated line by line, and generated reviews
// whose values have any shape, written by the yaml library in each of its styles.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';

const ROOT = join(__dirname, '..', '..', '..', '..');
export const EXAMPLES = ['2026-03-14-config-rollout-outage', '2026-05-02-certificate-expiry', '2026-08-19-database-failover']
  .map((name) => readFileSync(join(ROOT, 'examples', `${name}.pir.yaml`), 'utf8'));

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

export const mutated = fc.record({
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

/** Plain text that YAML could read as something other than a string. */
const LOOKALIKES = ['0b101', '1_000', '0o17', '0x1F', '.inf', '-.Inf', '.NaN', '~', 'Null', 'TRUE', 'no', 'y', '-0', '1e3', '1.', '012',
  '2026-03-14', '2026-03-14T09:12:00Z', '12:30', '<<', '= x', 'a: b', '- x', '#x', 'x #y', '@x', '%x'];
const text = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...NASTY, ...LOOKALIKES), fc.string({ unit: fc.constantFrom(...NASTY, 'a', ' ', '\n'), maxLength: 12 }));

/** Generated reviews: the right keys with values of any shape, written by the yaml library in any of its styles. */
const anyValue = fc.oneof(text, fc.integer(), fc.double(), fc.constant(null), fc.boolean(),
  fc.array(fc.oneof(text, fc.dictionary(fc.constantFrom('at', 'text', 'kind', 'title', 'status', 'due', 'owner', 'category', 'url'), text, { noNullPrototype: true })), { maxLength: 4 }));
const KEYS = ['pir', 'id', 'title', 'severity', 'status', 'summary', 'times', 'timeline', 'analysis', 'actionItems', 'references', 'impact', 'contributingFactors', 'rootCause'];
const STYLES = fc.record({
  defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
  defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE'),
  collectionStyle: fc.constantFrom('any', 'block', 'flow'),
  indent: fc.integer({ min: 1, max: 4 }),
  indentSeq: fc.boolean(),
  lineWidth: fc.constantFrom(0, 20, 80),
} as const);
export const generated = fc.tuple(fc.dictionary(fc.constantFrom(...KEYS), anyValue, { noNullPrototype: true }), STYLES)
  .map(([review, options]) => stringify(review, options));
