import * as assert from 'node:assert/strict';
import { analysisParts, drawableCauses, isContributingFactor, lastAnswer } from './analysis';

describe('analysis parts', () => {
  it('reads the root-cause parts of a review, keeping every list item', () => {
    const parts = analysisParts({
      rootCause: 'RC',
      analysis: { fiveWhys: { problem: 'P', whys: ['a', 2, 'c'] }, fishbone: { effect: 'E', causes: [{ category: 'tools', text: 't' }, 'junk'] } },
      contributingFactors: [{ text: 'f' }],
    });
    assert.deepEqual(parts, {
      chains: [{ problem: 'P', whys: ['a', 2, 'c'] }], chain: 0, chainPath: ['analysis', 'fiveWhys'],
      problem: 'P', whys: ['a', 2, 'c'], effect: 'E', causes: [{ category: 'tools', text: 't' }, 'junk'], rootCause: 'RC', factors: [{ text: 'f' }],
    });
  });

  it('reads nothing from a review without them, or from no review', () => {
    const empty = { chains: [], chain: 0, chainPath: ['analysis', 'fiveWhys'], problem: undefined, whys: [], effect: undefined, causes: [], rootCause: undefined, factors: [] };
    assert.deepEqual(analysisParts({ analysis: { fiveWhys: 'x', fishbone: [] }, rootCause: 3 }), empty);
    assert.deepEqual(analysisParts(undefined), empty);
  });

  it('reads a list of chains and the one asked for', () => {
    const review = { analysis: { fiveWhys: [{ problem: 'Data loss', whys: ['a'] }, 'junk', { problem: 'Slow restore', whys: ['b', 'c'] }] } };
    assert.deepEqual(analysisParts(review).chains, [{ problem: 'Data loss', whys: ['a'] }, { whys: [] }, { problem: 'Slow restore', whys: ['b', 'c'] }]);
    const third = analysisParts(review, 2);
    assert.deepEqual([third.problem, third.whys, third.chainPath], ['Slow restore', ['b', 'c'], ['analysis', 'fiveWhys', 2]]);
    // A chain past the end shows the last one.
    assert.equal(analysisParts(review, 9).chain, 2);
  });

  it('takes the last answer only when it says something', () => {
    assert.equal(lastAnswer(['a', 'b']), 'b');
    assert.equal(lastAnswer(['a', '  ']), undefined);
    assert.equal(lastAnswer(['a', 7]), undefined);
    assert.equal(lastAnswer([]), undefined);
  });

  it('draws only causes with a category and a text, under their document index', () => {
    assert.deepEqual(drawableCauses([{ category: 'tools' }, 'x', { category: 'people', text: 'p' }, { category: 'odd', text: 'o' }]),
      [{ category: 'people', text: 'p', index: 2 }, { category: 'odd', text: 'o', index: 3 }]);
  });

  it('finds an identical contributing factor, text and category both', () => {
    const factors = [{ text: 'a', category: 'tools' }, { text: 'b' }, 'c'];
    assert.equal(isContributingFactor(factors, { text: 'a', category: 'tools' }), true);
    assert.equal(isContributingFactor(factors, { text: 'a', category: 'people' }), false);
    assert.equal(isContributingFactor(factors, { text: 'b', category: 'tools' }), false);
  });
});
