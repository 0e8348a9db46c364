import * as assert from 'node:assert/strict';
import { reliabilityReport } from '../reliability';
import { readReviewText, type ReviewEntry } from '../workspace-index';
import { relatedReviews } from './related';

function entry(uri: string, review: object): ReviewEntry {
  const reading = readReviewText(uri, JSON.stringify(review));
  assert.ok('entry' in reading);
  return reading.entry;
}

describe('relatedReviews', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  const a = entry('a', { title: 'A', services: ['checkout'], tags: ['flags'], times: { started: '2026-03-01T00:00:00Z' } });
  const b = entry('b', { title: 'B', services: ['checkout'], tags: ['flags'], times: { started: '2026-03-20T00:00:00Z' } });
  const c = entry('c', { title: 'C', services: ['search'], tags: ['flags'], times: { started: '2025-01-01T00:00:00Z' } });
  const d = entry('d', { title: 'D', services: ['billing'], tags: [], times: { started: '2026-03-02T00:00:00Z' } });

  it('lists repeat incidents first, then reviews sharing a service or tag, and leaves out unrelated ones', () => {
    const related = relatedReviews([a, b, c, d], reliabilityReport([a, b, c, d], { now }).repeats);
    assert.deepEqual(related.get('a'), [
      { uri: 'b', reason: 'Repeat incident', repeat: true },
      { uri: 'c', reason: 'Shares flags', repeat: false },
    ]);
    assert.deepEqual(related.get('d'), []);
  });

  it('matches services and tags in any case', () => {
    const e = entry('e', { title: 'E', services: ['BILLING'] });
    assert.deepEqual(relatedReviews([d, e], []).get('d'), [{ uri: 'e', reason: 'Shares billing', repeat: false }]);
  });
});
