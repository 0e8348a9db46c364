import * as assert from 'node:assert/strict';
import { reviewPassages } from './passages';

describe('reviewPassages', () => {
  const review = {
    title: 'Checkout down',
    services: ['checkout'],
    summary: 'Checkout returned errors.',
    timeline: [{ at: '2026-01-01T00:00:00Z', text: 'Canary deployed' }, 'not an event', { at: '2026-01-01T00:05:00Z', text: 'Pager fired', actor: 'alertmanager' }],
    rootCause: 'A flag payload was invalid.',
    lessonsLearned: ['Validate payloads'],
    actionItems: [{ id: 'A1', title: 'Add schema validation', owner: 'sam' }],
  };

  it('cuts a review into sections, timeline rows and action items, each with its anchor', () => {
    const passages = reviewPassages(review, 'reviews/x.html');
    assert.deepEqual(passages.map((p) => [p.href, p.section]), [
      ['reviews/x.html', 'Title'],
      ['reviews/x.html#summary', 'Summary'],
      ['reviews/x.html#timeline-0', 'Timeline'],
      ['reviews/x.html#timeline-2', 'Timeline'],
      ['reviews/x.html#root-cause', 'Root cause'],
      ['reviews/x.html#lessons-learned', 'Lessons learned'],
      ['reviews/x.html#actionItems-0', 'Action items'],
    ]);
    assert.equal(passages[3].text, 'Pager fired\nalertmanager');
    assert.ok(passages.every((p) => p.title === 'Checkout down'));
  });

  it('gives the anchors the page has: the renderer puts the same ids on its rows', async () => {
    const { renderHtml } = await import('../render/html');
    const html = renderHtml(review, { standalone: false, rowAnchors: true });
    for (const passage of reviewPassages(review, 'p.html')) {
      const anchor = passage.href.split('#')[1];
      if (anchor) assert.ok(html.includes(`id="${anchor}"`), anchor);
    }
  });
});
