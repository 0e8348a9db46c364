// A review's page: the export's HTML (render/html.ts) with row anchors for search results, and
// the reviews related to it.
import { escapeHtml } from '../html-escape';
import { renderHtml } from '../render/html';
import { pageHtml } from './layout';
import type { RelatedReview } from './related';

export interface RelatedLink extends RelatedReview {
  title: string;
  /** The related review's page, relative to the site root. */
  page: string;
}

export function reviewPage(review: unknown, title: string, related: readonly RelatedLink[]): string {
  const article = renderHtml(review, { standalone: false, rowAnchors: true });
  const links = related.map((r) =>
    `<li${r.repeat ? ' class="site-repeat"' : ''}><a href="../${escapeHtml(r.page)}">${escapeHtml(r.title)}</a> <span class="site-muted">${escapeHtml(r.reason)}</span></li>`);
  const aside = links.length
    ? `<aside class="site-related" aria-labelledby="related-title">\n<h2 id="related-title">Related reviews</h2>\n<ul>\n${links.join('\n')}\n</ul>\n</aside>`
    : '';
  return pageHtml({ title, page: 'review', root: '../', body: `${article}\n${aside}` });
}
