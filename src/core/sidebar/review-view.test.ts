import * as assert from 'node:assert/strict';
import { yaml } from '../rules/testing';
import { ReviewIndex } from '../workspace-index';
import { reviewView } from './review-view';

const VALID = yaml(
  'pir: 1',
  'title: Checkout <outage>',
  'severity: P2',
  'status: in-review',
  'times:',
  '  started: 2026-03-14T09:00:00Z',
  '  detected: 2026-03-14T09:07:00Z',
  '  acknowledged: 2026-03-14T09:09:00Z',
  '  resolved: 2026-03-14T10:18:00Z',
  'actionItems:',
  '  - title: Add alert',
  '  - title: Roll back',
  '    status: done',
);

describe('reviewView', () => {
  it('shows severity, status and MTTR, and a tooltip with the file and metrics', () => {
    const entry = new ReviewIndex().update('file:///w/a.pir.yaml', VALID);
    const view = reviewView(entry, 'reviews/a.pir.yaml');
    assert.equal(view.label, 'Checkout <outage>');
    assert.equal(view.description, 'P2 · In review · MTTR 1h 18m');
    assert.deepEqual(view.icon, { id: 'book' });
    assert.equal(view.tooltip, [
      '**Checkout &lt;outage&gt;**',
      '',
      '- File: reviews/a.pir.yaml',
      '- Severity: P2',
      '- Status: In review',
      '- MTTD 7m · MTTA 2m · MTTR 1h 18m',
      '- Action items: 2 (1 open)',
    ].join('\n'));
  });

  it('shows a warning for schema errors and for a file that stopped parsing', () => {
    const index = new ReviewIndex();
    const invalid = index.update('file:///w/a.pir.yaml', VALID.replace('severity: P2', 'severity: P9'));
    assert.deepEqual(reviewView(invalid, 'a.pir.yaml').icon, { id: 'warning', color: 'problemsWarningIcon.foreground' });
    assert.match(reviewView(invalid, 'a.pir.yaml').tooltip, /⚠ 1 schema error: open the review/);

    const broken = index.update('file:///w/a.pir.yaml', `${VALID}  - [unclosed\n`);
    assert.equal(broken.stale, true);
    assert.equal(reviewView(broken, 'a.pir.yaml').icon.id, 'warning');
    assert.match(reviewView(broken, 'a.pir.yaml').tooltip, /⚠ Shown as last read: /);
  });

  it('highlights a final review whose open action items are past due', () => {
    const overdueFinal = VALID.replace('status: in-review', 'status: final').replace('  - title: Add alert\n', '  - title: Add alert\n    due: 2026-04-01\n');
    const entry = new ReviewIndex().update('file:///w/a.pir.yaml', overdueFinal);
    const view = reviewView(entry, 'a.pir.yaml', new Date('2026-05-01T00:00:00Z'));
    assert.equal(view.description, 'P2 · Final · MTTR 1h 18m · 1 overdue');
    assert.deepEqual(view.icon, { id: 'bell-dot', color: 'list.errorForeground' });
    assert.match(view.tooltip, /⏰ Final, with 1 open action item past due\.$/);
    // Not yet due, or not final: no reminder.
    assert.deepEqual(reviewView(entry, 'a.pir.yaml', new Date('2026-03-31T00:00:00Z')).icon, { id: 'verified' });
    const inReview = new ReviewIndex().update('file:///w/b.pir.yaml', overdueFinal.replace('status: final', 'status: in-review'));
    assert.equal(reviewView(inReview, 'b.pir.yaml', new Date('2026-05-01T00:00:00Z')).icon.id, 'book');
  });
});
