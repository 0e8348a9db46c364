import * as assert from 'node:assert/strict';
import { reviewLate } from './review-late';
import { runRule, yaml } from './testing';

describe('review-late', () => {
  it('flags a review more than two calendar days after resolution, at `reviewed`, with the days', () => {
    const findings = runRule(reviewLate, yaml('times:', '  resolved: 2026-03-14T09:00:00Z', 'reviewed: 2026-03-19'));
    assert.equal(findings.length, 1);
    assert.equal(findings[0].covered, '2026-03-19');
    assert.match(findings[0].message, /5 days after/);
    assert.deepEqual(findings[0].path, ['reviewed']);
  });

  it('passes a review within two calendar days, whatever the hour of resolution', () => {
    assert.deepEqual(runRule(reviewLate, yaml('times:', '  resolved: 2026-03-14T00:01:00Z', 'reviewed: 2026-03-16')), []);
    // 23:30 in UTC-08:00 is the next UTC day; the team's own date is the 14th.
    assert.deepEqual(runRule(reviewLate, yaml('times:', '  resolved: 2026-03-14T23:30:00-08:00', 'reviewed: 2026-03-16')), []);
    assert.equal(runRule(reviewLate, yaml('times:', '  resolved: 2026-03-14T23:30:00-08:00', 'reviewed: 2026-03-17')).length, 1);
  });

  it('says nothing without a reviewed date, even in a final review', () => {
    assert.deepEqual(runRule(reviewLate, yaml('status: final', 'times:', '  resolved: 2026-01-01T09:00:00Z')), []);
  });

  it('ignores unreadable dates and wrong types', () => {
    assert.deepEqual(runRule(reviewLate, yaml('times:', '  resolved: yesterday', 'reviewed: 2026-03-19')), []);
    assert.deepEqual(runRule(reviewLate, yaml('times: []', 'reviewed: 2026-03-19')), []);
    assert.deepEqual(runRule(reviewLate, yaml('times:', '  resolved: 2026-03-14T09:00:00Z', 'reviewed: [2026-03-19]')), []);
  });
});
