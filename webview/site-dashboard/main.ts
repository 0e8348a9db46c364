// The site's dashboard page: the panel's charts (webview/dashboard/charts.ts) over the report
// the build wrote to dashboard-data.js; a picked month lists its reviews as links.
import type { IncidentRef } from '../../src/core/reliability';
import { DASHBOARD_GLOBAL, type DashboardData } from '../../src/core/site/dashboard-page';
import { DashboardCharts, monthLabel, type ChartName, type Pick } from '../dashboard/charts';
import { readPalette } from '../dashboard/theme';

const data = (window as unknown as Record<string, DashboardData | undefined>)[DASHBOARD_GLOBAL];
const picked = document.getElementById('picked')!;

function canvas(name: ChartName): HTMLCanvasElement {
  return document.getElementById(`chart-${name}`) as HTMLCanvasElement;
}

function show({ chart, month, series }: Pick): void {
  const m = data?.report.months[month];
  if (!data || !m) return;
  let reviews: IncidentRef[] = m.reviews;
  if (chart === 'incidents' && series) reviews = reviews.filter((r) => (r.severity ?? 'unrated') === series);
  const heading = document.createElement('h2');
  heading.textContent = `${monthLabel(m.month)}${chart === 'incidents' && series ? ` · ${series}` : ''}: ${reviews.length} review${reviews.length === 1 ? '' : 's'}`;
  const list = document.createElement('ul');
  list.append(...reviews.map((r) => {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = data.pages[r.uri] ?? '#';
    link.textContent = r.title;
    item.append(`${r.date ?? ''} ${r.severity ?? ''} `, link);
    return item;
  }));
  picked.replaceChildren(heading, list);
  picked.hidden = false;
}

if (data) {
  const charts = new DashboardCharts({ incidents: canvas('incidents'), response: canvas('response'), actions: canvas('actions') }, show);
  charts.show(data.report, readPalette());
  // The palette comes from CSS variables that follow prefers-color-scheme (site.css).
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => charts.retheme(readPalette()));
}
