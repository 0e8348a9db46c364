import assert from 'node:assert/strict';
import { renderReport, reportFileName } from './report';

describe('report', () => {
  it('names the export after the review', () => {
    assert.equal(reportFileName('2026-03-14-checkout.pir.yaml', 'md'), '2026-03-14-checkout.md');
    assert.equal(reportFileName('outage.PIR.YML', 'html'), 'outage.html');
    assert.equal(reportFileName('notes.yaml', 'md'), 'notes.md');
    assert.equal(reportFileName('review', 'html'), 'review.html');
  });

  it('renders Markdown or a standalone HTML page', () => {
    const review = { pir: 1, title: 'T', severity: 'P3', status: 'draft' };
    assert.match(renderReport(review, 'md'), /^# T\n/);
    assert.match(renderReport(review, 'html'), /^<!DOCTYPE html>[\s\S]*<h1>T<\/h1>/);
  });
});
