// The index page: every review in a table the site script sorts and filters, and the search box.
import { escapeHtml } from '../html-escape';
import { humanize } from '../labels';
import { incidentTime } from '../reliability';
import { REVIEW_STATUSES, SEVERITIES } from '../review';
import { dayOf, formatDuration } from '../time';
import { pageHtml } from './layout';
import type { SiteReview } from './site-review';

/** The filters above the table: the row attribute each reads, and its label. */
const FILTERS = [
  { key: 'service', label: 'Service' },
  { key: 'severity', label: 'Severity' },
  { key: 'tag', label: 'Tag' },
  { key: 'status', label: 'Status' },
  { key: 'year', label: 'Year' },
] as const;
type FilterKey = (typeof FILTERS)[number]['key'];

/** `searchShards`: the search index's scripts (search-index.ts), relative to the root. */
export function indexPage(reviews: readonly SiteReview[], searchShards: readonly string[]): string {
  const rows = reviews.map((review) => ({ review, at: incidentTime(review.entry) }))
    .sort((a, b) => (b.at ?? -Infinity) - (a.at ?? -Infinity) || (a.review.path < b.review.path ? -1 : 1));
  const values: Record<FilterKey, Set<string>> = { service: new Set(), severity: new Set(), tag: new Set(), status: new Set(), year: new Set() };
  const body = rows.map(({ review, at }) => {
    const { entry } = review;
    const day = at === undefined ? '' : dayOf(at);
    const facets: Record<FilterKey, string[]> = {
      service: entry.services, severity: entry.severity ? [entry.severity] : [], tag: entry.tags,
      status: entry.status ? [entry.status] : [], year: day ? [day.slice(0, 4)] : [],
    };
    for (const filter of FILTERS) for (const v of facets[filter.key]) values[filter.key].add(v);
    const data = FILTERS.map((f) => ` data-${f.key}="${escapeHtml(JSON.stringify(facets[f.key]))}"`).join('');
    const open = entry.actionItems.filter((a) => a.status === 'open' || a.status === 'in-progress').length;
    const mttr = entry.metrics.mttr;
    // A severity outside the format's scale (a team's own) sorts after it.
    const rank = entry.severity ? (SEVERITIES as readonly string[]).indexOf(entry.severity) : -1;
    const severityRank = rank < 0 ? SEVERITIES.length : rank;
    return `<tr${data}>` +
      `<td><a href="${escapeHtml(review.page)}">${escapeHtml(entry.title)}</a>${entry.id ? ` <span class="site-muted">${escapeHtml(entry.id)}</span>` : ''}</td>` +
      `<td data-sort="${day}" class="site-nowrap">${day || '—'}</td>` +
      `<td data-sort="${severityRank}">${entry.severity ? `<span class="pir-badge" data-severity="${entry.severity}">${entry.severity}</span>` : '—'}</td>` +
      `<td>${escapeHtml(entry.services.join(', '))}</td>` +
      `<td>${entry.status ? escapeHtml(humanize(entry.status)) : '—'}</td>` +
      `<td data-sort="${mttr ?? ''}" class="site-nowrap">${mttr === undefined ? '—' : escapeHtml(formatDuration(mttr))}</td>` +
      `<td data-sort="${open}" class="site-num">${open}</td></tr>`;
  });
  const order = (key: FilterKey, list: string[]) =>
    key === 'severity' ? SEVERITIES.filter((s) => list.includes(s)) : key === 'status' ? REVIEW_STATUSES.filter((s) => list.includes(s)) : key === 'year' ? list.sort().reverse() : list.sort((a, b) => a.localeCompare(b));
  const filters = FILTERS.map(({ key, label }) => {
    const options = order(key, [...values[key]]).map((v) => `<option value="${escapeHtml(v)}">${escapeHtml(key === 'status' ? humanize(v) : v)}</option>`);
    return `<label>${label} <select data-filter="${key}"><option value="">All</option>${options.join('')}</select></label>`;
  }).join('\n');
  const head = ['Review', 'Date', 'Severity', 'Services', 'Status', 'MTTR', 'Open actions']
    .map((h, i) => (i === 0 || i === 3 || i === 4 ? `<th scope="col">${h}</th>` : `<th scope="col" data-sortable><button type="button">${h}</button></th>`)).join('');
  return pageHtml({
    title: 'Post-incident reviews',
    page: 'index',
    root: '',
    scripts: [...searchShards, 'site.js'],
    body: `<h1>Post-incident reviews</h1>
<section class="site-search" aria-labelledby="search-title">
<h2 id="search-title" class="site-visually-hidden">Search</h2>
<label for="search">Search all reviews</label>
<input id="search" type="search" autocomplete="off" placeholder="Words from any review: timeline, root cause, lessons, actions…" aria-describedby="search-status">
<p id="search-status" class="site-muted" role="status" aria-live="polite"></p>
<ol id="search-results" class="site-results"></ol>
</section>
<section aria-labelledby="reviews-title">
<h2 id="reviews-title">All reviews <span class="site-muted" id="review-count">(${rows.length})</span></h2>
<div class="site-filters">
${filters}
</div>
<div class="site-table-wrap">
<table class="site-table" id="reviews">
<thead><tr>${head}</tr></thead>
<tbody>
${body.join('\n')}
</tbody>
</table>
</div>
<p id="no-match" class="site-muted" hidden>No review matches these filters.</p>
</section>`,
  });
}
