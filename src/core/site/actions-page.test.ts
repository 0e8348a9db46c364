import * as assert from 'node:assert/strict';
import { readReviewText } from '../workspace-index';
import { actionsPage } from './actions-page';
import type { SiteReview } from './site-review';

function siteReview(path: string, text: string): SiteReview {
  const reading = readReviewText(path, text);
  assert.ok('entry' in reading);
  return { path, page: `reviews/${path.replace('.pir.yaml', '')}.html`, entry: reading.entry };
}

describe('actionsPage', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  const a = siteReview('a.pir.yaml', `id: PIR-A
title: A
actionItems:
  - {id: A1, title: Add alerts, owner: sam, due: 2026-05-01, status: open, tracker: 'https://tracker.example.com/browse/OPS-1'}
  - {id: A2, title: Tune alerts, owner: sam, due: 2026-07-01, status: open, dependsOn: [A1]}
  - {id: A3, title: Done already, owner: sam, status: done}
`);
  const b = siteReview('b.pir.yaml', `title: B
actionItems:
  - {id: B1, title: Use the new alerts, owner: kim, status: in-progress, dependsOn: ['PIR-A#A2'], tracker: OPS-7}
  - {id: B2, title: Unowned, status: open}
`);

  it('lists open items by owner with due dates, overdue marks, blockers across reviews and tracker links', () => {
    const html = actionsPage([a, b], { now });
    const owners = [...html.matchAll(/<h2>([^<]+) <span/g)].map((m) => m[1]);
    assert.deepEqual(owners, ['sam', 'kim', 'No owner'], 'the owner with overdue items first, no owner last');
    assert.ok(!html.includes('Done already'));
    assert.match(html, /2026-05-01 <span class="pir-badge site-overdue-badge">overdue<\/span>/);
    assert.match(html, /blocked<\/span> by <a href="reviews\/a\.html#actionItems-0">A1<\/a>/);
    assert.match(html, /blocked<\/span> by <a href="reviews\/a\.html#actionItems-1">PIR-A#A2<\/a>/);
    assert.match(html, /<a href="https:\/\/tracker\.example\.com\/browse\/OPS-1" rel="noopener noreferrer">tracker\.example\.com\/browse\/OPS-1<\/a>/);
    assert.match(html, /<td>OPS-7<\/td>/);
  });

  it('offers a prefilled new-issue link for an item without a tracker when the team has one', () => {
    const html = actionsPage([b], { now, tracker: { kind: 'github', url: 'https://github.com/acme/ops' } });
    assert.match(html, /href="https:\/\/github\.com\/acme\/ops\/issues\/new\?title=Unowned&amp;/);
  });
});
