// The reliability dashboard of the site: the panel's three charts (webview/dashboard/charts.ts,
// drawn by the site's dashboard script from `dashboard-data.js`), the totals, and the repeats.
import { escapeHtml } from '../html-escape';
import type { MedianDuration, ReliabilityReport } from '../reliability';
import { formatDuration } from '../time';
import { pageHtml } from './layout';
import type { SiteReview } from './site-review';

/** The global `dashboard-data.js` sets: the report, with each review's page for the drill-down. */
export const DASHBOARD_GLOBAL = 'PIR_DASHBOARD';

export interface DashboardData {
  report: ReliabilityReport;
  /** Review page (relative to the site root) by review uri. */
  pages: Record<string, string>;
}

const CHARTS = [
  { name: 'incidents', title: 'Incidents per month', hint: 'By severity. Click a bar, or press Enter on the chart, to list its reviews.' },
  { name: 'response', title: 'Response times per month', hint: 'Median per month; the tooltip says how many reviews it is over.' },
  { name: 'actions', title: 'Action items per month of the review', hint: 'Completed, and on time.' },
];

/** The page and its data file, for the reliability report of `reviews`. */
export function dashboardFiles(reviews: readonly SiteReview[], report: ReliabilityReport): { page: string; data: string } {
  const pages = Object.fromEntries(reviews.map((r) => [r.entry.uri, r.page]));
  const data: DashboardData = { report, pages };
  const { totals, reviewCount } = report;
  const cards = [
    ['Incidents', String(reviewCount)],
    ['MTTD', median(totals.mttd)],
    ['MTTA', median(totals.mtta)],
    ['MTTR', median(totals.mttr)],
    ['Completed', percent(totals.actions.completionRate)],
    ['On time', percent(totals.actions.onTimeRate)],
    ['Open actions', `${totals.actions.open} (${totals.actions.overdue} overdue)`],
  ].map(([name, value]) => `<div><dt>${name}</dt><dd>${escapeHtml(value)}</dd></div>`).join('');
  const charts = CHARTS.map((c) => `<figure class="site-chart-card">
<figcaption><h2>${c.title}</h2><p class="site-muted">${c.hint}</p></figcaption>
<div class="site-chart"><canvas id="chart-${c.name}" tabindex="0" role="img" aria-label="${c.title}. Left and right arrows move between months; Enter lists the month's reviews."></canvas></div>
</figure>`).join('\n');
  const repeats = report.repeats.map((group) => `<li>${group.reviews.map((r) => `<a href="${escapeHtml(pages[r.uri])}">${escapeHtml(r.title)}</a>`).join(' → ')} <span class="site-muted">${escapeHtml([...group.services, ...group.tags].join(', '))}, ${group.spanDays} days</span></li>`);
  const page = pageHtml({
    title: 'Reliability dashboard',
    page: 'dashboard',
    root: '',
    scripts: ['dashboard-data.js', 'dashboard.js'],
    body: `<h1>Reliability dashboard</h1>
<dl class="site-cards">${cards}</dl>
<div class="site-charts">
${charts}
</div>
<section id="picked" class="site-picked" aria-live="polite" hidden></section>
<section aria-labelledby="repeats-title">
<h2 id="repeats-title">Repeat incidents</h2>
${repeats.length ? `<ul>\n${repeats.join('\n')}\n</ul>` : '<p class="site-muted">None.</p>'}
</section>`,
  });
  return { page, data: `window.${DASHBOARD_GLOBAL} = ${JSON.stringify(data).replace(/</g, '\\u003c')};\n` };
}

function median(value: MedianDuration | undefined): string {
  return value ? formatDuration(value.ms) : '—';
}

function percent(rate: number | undefined): string {
  return rate === undefined ? '—' : `${Math.round(rate * 100)}%`;
}
