import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parse } from 'yaml';
import { lint } from './lint';
import { isRecord } from './review';
import { reviewSchema } from './schema';
import { insertIn } from './edit/operations';
import { applyEdits } from './edit/text-edit';
import { FORMAT_REFERENCE, newReview, newReviewText, reviewFileName, slugify } from './template';

const MARCH_14 = new Date(2026, 2, 14);

function parsedTemplate(title: string, author?: string): Record<string, unknown> {
  const value: unknown = parse(newReviewText({ title, severity: 'P2', date: MARCH_14, author }));
  assert.ok(isRecord(value));
  return value;
}

describe('template', () => {
  describe('slugify', () => {
    it('lowercases and joins words with dashes', () => {
      assert.equal(slugify('Checkout outage: 502s after "config" rollout!'), 'checkout-outage-502s-after-config-rollout');
    });

    it('drops accents and characters outside a-z0-9', () => {
      assert.equal(slugify('Café – Zahlungsausfall über 5 %'), 'cafe-zahlungsausfall-uber-5');
    });

    it('gives "incident" when nothing is left', () => {
      assert.equal(slugify('!!! ???'), 'incident');
      assert.equal(slugify('障害'), 'incident');
    });

    it('cuts a long title at a word boundary', () => {
      const slug = slugify('Elevated latency in the payments gateway during the regional failover drill in eu-west');
      assert.equal(slug, 'elevated-latency-in-the-payments-gateway-during-the-regional');
      assert.ok(slug.length <= 60);
    });
  });

  it('names the file by local day and slug', () => {
    assert.equal(reviewFileName(MARCH_14, 'Checkout outage'), '2026-03-14-checkout-outage.pir.yaml');
  });

  it('fills in title, severity, the id, draft status and the author', () => {
    const review = parsedTemplate('Checkout outage after config rollout', 'Alice Doe');
    assert.equal(review.pir, 1);
    assert.equal(review.id, 'PIR-2026-001');
    assert.equal(parse(newReviewText({ title: 'A', severity: 'P2', id: 'OPS-2026-0042' })).id, 'OPS-2026-0042');
    assert.equal(review.title, 'Checkout outage after config rollout');
    assert.equal(review.severity, 'P2');
    assert.equal(review.status, 'draft');
    assert.deepEqual(review.authors, ['Alice Doe']);
  });

  it('leaves authors an empty section when no author is given', () => {
    assert.equal(parsedTemplate('Checkout outage').authors, null);
  });

  it('holds each empty section\'s example inside it, so uncommenting it in place gives a valid review', () => {
    const text = newReviewText({ title: 'Checkout outage', severity: 'P2', date: MARCH_14 });
    assert.doesNotMatch(text, /: (\[\]|\{\})/, 'no [] or {} above the examples');
    // What Ctrl+/ does to an indented example line: drop the "# " after the indentation.
    const uncommented = text.replace(/^( +)# (?=- |\s*\w+:)/gm, '$1').replace(/YYYY-MM-DD/g, '2026-03-20').replace(/^( +)(\w+):( +#.*)?$/gm, (line, indent: string, key: string) => (
      key === 'started' || key === 'detected' || key === 'acknowledged' || key === 'mitigated' || key === 'resolved' ? `${indent}${key}: 2026-03-14T09:12:00Z` : line));
    const { parsed, findings } = lint(uncommented, { now: new Date('2026-03-15T12:00:00Z') });
    assert.deepEqual(findings.filter((f) => f.rule === 'yaml-syntax' || f.rule === 'schema').map((f) => `${parsed.position(f.range.start).line}: ${f.message}`), []);
    const review = parsed.value;
    assert.ok(isRecord(review));
    assert.equal((review.timeline as unknown[]).length, 1);
    assert.equal((review.actionItems as unknown[]).length, 1);
    assert.deepEqual(Object.keys(review.times as object), ['started', 'detected', 'acknowledged', 'mitigated', 'resolved']);
  });

  it('loses a section\'s example when a panel writes the first real value', () => {
    const text = newReviewText({ title: 'Checkout outage', severity: 'P2', date: MARCH_14 });
    const event = { at: '2026-03-14T09:12:00Z', kind: 'trigger', text: 'Config rolled out' };
    const written = applyEdits(text, insertIn(text, ['timeline'], 0, event));
    assert.doesNotMatch(written, /# - at:|# {3}kind: trigger/);
    assert.match(written, /^timeline:\n {2}- at: 2026-03-14T09:12:00Z\n {4}kind: trigger\n/m);
  });

  it('points at the format reference the extension ships, not a path in the repository', () => {
    const text = newReviewText({ title: 'Checkout outage', severity: 'P2', date: MARCH_14 });
    assert.doesNotMatch(text, /docs\/format\.md/);
    assert.ok(text.split('\n').slice(0, 3).some((line) => line.includes(FORMAT_REFERENCE)));
  });

  it('shows every section of the format, as a key or a commented-out key', () => {
    const text = newReviewText({ title: 'Checkout outage', severity: 'P2', date: MARCH_14 });
    for (const key of Object.keys(reviewSchema.properties ?? {})) {
      assert.match(text, new RegExp(`^(# )?${key}:`, 'm'), `section ${key}`);
    }
  });

  it('round-trips titles and authors that need YAML quoting', () => {
    const tricky = [
      'Checkout: 502s after rollout', '# not a comment', '* starts like an alias', '"quoted" and \'single\'',
      '- looks like a list', '[flow] {map}', 'true', '1234', 'null', '~', 'a #b', 'trailing colon:', '& anchor',
      '! tag', '% directive', '@ at', '` backtick', '| pipe', '> fold', '? question', 'back\\slash', 'tab\there',
    ];
    for (const title of tricky) {
      const expected = title.replace(/\s+/g, ' ');
      assert.equal(parsedTemplate(title).title, expected, title);
      assert.deepEqual(parsedTemplate('Outage', title).authors, [expected], title);
    }
  });

  it('round-trips any title as one line, whitespace collapsed', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (title) => {
      const expected = title.replace(/\s+/g, ' ').trim();
      fc.pre(expected !== '');
      assert.equal(parsedTemplate(title).title, expected);
    }));
  });

  it('puts the summary offset inside the summary block scalar', () => {
    const { text, summaryOffset } = newReview({ title: 'Outage: "#1"', severity: 'P1', date: MARCH_14 });
    const typed = text.slice(0, summaryOffset) + 'Checkout was down for 40 minutes.' + text.slice(summaryOffset);
    const value: unknown = parse(typed);
    assert.ok(isRecord(value));
    assert.equal(value.summary, 'Checkout was down for 40 minutes.\n');
    assert.equal(value.rootCause, '');
  });

  it('lints with no errors, whatever the severity', () => {
    for (const severity of ['P1', 'P2', 'P3', 'P4'] as const) {
      const text = newReviewText({ title: 'Checkout: outage #2', severity, date: MARCH_14, author: 'Alice' });
      const errors = lint(text, { now: new Date('2026-03-15T12:00:00Z') }).findings.filter((f) => f.severity === 'error');
      assert.deepEqual(errors, [], severity);
    }
  });
});
