// The fast reader (js-yaml events) and the yaml library must agree on every text the fast one
// accepts: the same value, the same source tree as the Document reader, and scalar ranges that
// slice out each scalar (test/unit/reader-agreement.ts), so findings do not depend on which one
// read a review. Where the fast reader declines, the Document reader decides.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { assertReadersAgree } from '../reader-agreement';
import { EXAMPLES, generated, mutated } from './reviews';
import { mutatedReviewText, reviewText } from './review-yaml';
import { FUZZ_SEED, fuzzRuns } from './seed';

/** Runs the property; returns the share of valid YAML texts that the fast reader took. */
function fastShare(arbitrary: fc.Arbitrary<string>, numRuns: number): number {
  const counts = { valid: 0, taken: 0 };
  fc.assert(fc.property(arbitrary, (text) => {
    const { taken, valid } = assertReadersAgree(text);
    if (valid) counts.valid++;
    if (taken) counts.taken++;
  }), { numRuns: fuzzRuns(numRuns), seed: FUZZ_SEED });
  return counts.taken / counts.valid;
}

describe('fuzz: the fast and the Document readers agree', function () {
  this.timeout(process.env.PIR_FUZZ_RUNS ? 0 : 120_000);

  it('on the examples, which the fast reader takes', () => {
    for (const text of EXAMPLES) assert.ok(assertReadersAgree(text).taken);
  });

  // The shares keep the property honest: if the fast reader declined everything, it would check nothing.
  it('on generated reviews in every yaml style', () => {
    assert.ok(fastShare(generated, 400) > 0.9);
  });

  it('on mutated examples (it declines empty and comment-only texts)', () => {
    assert.ok(fastShare(mutated, 300) > 0.5);
  });

  it('on hand-drawn review YAML: odd indentation, comments, CRLF, tabs, BOMs, directives, unicode', () => {
    assert.ok(fastShare(reviewText, 2000) > 0.3);
  });

  it('on the same with characters inserted, deleted and duplicated', () => {
    assert.ok(fastShare(mutatedReviewText, 2000) > 0.2);
  });
});
