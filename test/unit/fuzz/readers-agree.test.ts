// The fast reader (js-yaml events) and the Document reader (the yaml library) must agree on every
// text the fast one accepts: the same value and the same source tree, so findings do not depend on
// which one read a review. Where the fast reader declines, the Document reader decides.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readWithDocument } from '../../../src/core/read-document';
import { readWithEvents } from '../../../src/core/read-events';
import { EXAMPLES, generated, mutated } from './reviews';
import { FUZZ_SEED } from './seed';

/** Checks that the readers agree on `text`, and counts it. */
function agree(text: string, counts = { valid: 0, taken: 0 }): typeof counts {
  const slow = readWithDocument(text);
  const fast = readWithEvents(text);
  if (slow.errors.length === 0) counts.valid++;
  if (!fast) return counts;
  counts.taken++;
  assert.deepEqual(slow.errors, [], 'the fast reader accepted a text with YAML errors');
  assert.deepEqual(fast.value, slow.value);
  assert.deepEqual(fast.root, slow.root);
  return counts;
}

/** Runs the property; returns the share of valid YAML texts that the fast reader took. */
function fastShare(arbitrary: fc.Arbitrary<string>, numRuns: number): number {
  const counts = { valid: 0, taken: 0 };
  fc.assert(fc.property(arbitrary, (text) => { agree(text, counts); }), { numRuns, seed: FUZZ_SEED });
  return counts.taken / counts.valid;
}

describe('fuzz: the fast and the Document readers agree', function () {
  this.timeout(30_000);

  it('on the examples, which the fast reader takes', () => {
    for (const text of EXAMPLES) assert.equal(agree(text).taken, 1);
  });

  // The shares keep the property honest: if the fast reader declined everything, it would check nothing.
  it('on generated reviews in every yaml style', () => {
    assert.ok(fastShare(generated, 400) > 0.9);
  });

  it('on mutated examples (it declines empty and comment-only texts)', () => {
    assert.ok(fastShare(mutated, 300) > 0.5);
  });
});
