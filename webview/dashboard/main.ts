// The Reliability Dashboard panel: asks the host for the report of the chosen filters, draws it
// and lists the reviews behind a picked data point. It computes nothing itself, so its numbers
// are the host's, which are `pir metrics`'s.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-multi-select/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import { render } from 'lit';
import type { IncidentRef, ReliabilityReport } from '../../src/core/reliability';
import { connectHost, type Host } from '../shared/host';
import { isDashboardFilters, type DashboardFilters, type DashboardHostMessage, type DashboardMessage } from '../../src/core/protocol/dashboard';
import { DashboardCharts, monthLabel, type ChartName, type Pick, type ResponseKey } from './charts';
import { onThemeChange, readPalette } from './theme';
import { renderDashboard, type DashboardView, type Selection } from './view';

interface Saved {
  filters?: DashboardFilters;
}

const NO_FILTERS: DashboardFilters = { services: [], severities: [], categories: [] };
const METRIC_NAMES: Record<ResponseKey, string> = { mttd: 'MTTD', mtta: 'MTTA', mttr: 'MTTR' };

class Dashboard implements DashboardView {
  report?: ReliabilityReport;
  filters: DashboardFilters;
  selection?: Selection;
  private readonly host: Host<Saved, DashboardMessage>;
  private charts?: DashboardCharts;

  constructor(private readonly root: HTMLElement) {
    root.textContent = '';
    this.host = connectHost<Saved, DashboardHostMessage, DashboardMessage>((message) => this.receive(message), ['report']);
    const saved = this.host.saved()?.filters;
    this.filters = isDashboardFilters(saved) ? saved : NO_FILTERS;
    this.paint();
    onThemeChange(() => this.charts?.retheme(readPalette()));
    this.host.post({ type: 'ready' });
    if (this.filters !== NO_FILTERS) this.host.post({ type: 'filter', filters: this.filters });
  }

  setFilters(change: Partial<DashboardFilters>): void {
    this.filters = { ...this.filters, ...change };
    // An absent date is no bound; the protocol wants the key left out rather than undefined.
    for (const key of ['since', 'until'] as const) if (this.filters[key] === undefined) delete this.filters[key];
    this.host.save({ filters: this.filters });
    this.host.post({ type: 'filter', filters: this.filters });
  }

  clearFilters(): void {
    this.setFilters({ ...NO_FILTERS, since: undefined, until: undefined });
  }

  openReview(uri: string): void {
    this.host.post({ type: 'openReview', uri });
  }

  closeSelection(): void {
    this.selection = undefined;
    this.paint();
  }

  private receive(message: DashboardHostMessage): void {
    this.report = message.report;
    const { since, until, services, severities, categories } = message.report.filters;
    this.filters = { services: [...(services ?? [])], severities: [...(severities ?? [])], categories: [...(categories ?? [])] };
    if (since) this.filters.since = since;
    if (until) this.filters.until = until;
    // The months may have moved under a picked point; a stale list would mislead.
    this.selection = undefined;
    this.paint();
    this.root.setAttribute('aria-busy', 'false');
  }

  private paint(): void {
    render(renderDashboard(this), this.root);
    if (!this.report) return;
    this.charts ??= new DashboardCharts(canvases(this.root), (pick) => this.pick(pick));
    this.charts.show(this.report, readPalette());
  }

  /** Lists the reviews behind a picked point: its month, narrowed to the severity or metric hit. */
  private pick({ chart, month, series }: Pick): void {
    const picked = this.report?.months[month];
    if (!picked) return;
    let reviews: IncidentRef[] = picked.reviews;
    let what = '';
    if (chart === 'incidents' && series) {
      reviews = reviews.filter((r) => (r.severity ?? 'unrated') === series);
      what = series === 'unrated' ? ' · no severity' : ` · ${series}`;
    } else if (chart === 'response' && series) {
      reviews = reviews.filter((r) => r[series as ResponseKey] !== undefined);
      what = ` · with an ${METRIC_NAMES[series as ResponseKey]}`;
    }
    this.selection = { title: `${monthLabel(picked.month)}${what}: ${reviews.length} review${reviews.length === 1 ? '' : 's'}`, reviews };
    render(renderDashboard(this), this.root);
    this.root.querySelector('.selection')?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }
}

function canvases(root: HTMLElement): Record<ChartName, HTMLCanvasElement> {
  const canvas = (name: ChartName) => root.querySelector<HTMLCanvasElement>(`#chart-${name}`)!;
  return { incidents: canvas('incidents'), response: canvas('response'), actions: canvas('actions') };
}

new Dashboard(document.getElementById('app')!);
