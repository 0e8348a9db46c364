import * as assert from 'node:assert/strict';
import { reviewMetrics } from './metrics';
import { ParsedReview } from './parse';
import { reviewFacts } from './review-facts';
import { yaml } from './rules/testing';
import { ReviewIndex } from './workspace-index';

const URI = 'file:///w/a.pir.yaml';
const REVIEW = yaml(
  'pir: 1',
  'title: Checkout outage',
  'times:',
  '  started: 2026-03-14T09:00:00Z',
  '  detected: 2026-03-14T09:07:00Z',
  'actionItems:',
  '  - id: AI-1',
  '    title: Add alert on queue depth',
);

describe('reviewFacts', () => {
  it('gives the metrics and the place of the `times:` key', () => {
    const parsed = new ParsedReview(REVIEW);
    const facts = reviewFacts(URI, parsed);
    assert.deepEqual(facts.metrics, reviewMetrics(parsed.value));
    assert.equal(facts.metrics.mttd, 7 * 60_000);
    assert.deepEqual(facts.timesKey, { start: REVIEW.indexOf('times:'), end: REVIEW.indexOf('times:') + 'times'.length });
  });

  it('has no `times:` place when the review has no times', () => {
    assert.equal(reviewFacts(URI, new ParsedReview(yaml('pir: 1', 'title: T'))).timesKey, undefined);
  });

  it('reads the entry the workspace index would read from the text', () => {
    const reading = reviewFacts(URI, new ParsedReview(REVIEW)).reading;
    assert.deepEqual(new ReviewIndex().update(URI, reading), new ReviewIndex().update(URI, REVIEW));
    assert.equal(new ReviewIndex().update(URI, reading).actionItems[0].id, 'AI-1');
  });

  it('survives a structured clone (the worker sends it)', () => {
    const facts = reviewFacts(URI, new ParsedReview(REVIEW));
    assert.deepEqual(structuredClone(facts), facts);
  });
});
