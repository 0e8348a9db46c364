// The dashboard's DOM, as lit templates: every value from a review is bound as text, never as markup.
import { html, nothing, type TemplateResult } from 'lit';
import type { IncidentRef, MedianDuration, ReliabilityReport, ReviewRef } from '../../src/core/reliability';
import { CATEGORIES, SEVERITIES } from '../../src/core/review';
import { SEVERITY_RANKS } from './theme';
import { formatDuration } from '../../src/core/time';
import type { DashboardFilters } from '../../src/core/protocol/dashboard';
import { monthLabel, onTimeText } from './charts';

/** The reviews behind a picked data point. */
export interface Selection {
  title: string;
  reviews: IncidentRef[];
}

export interface DashboardView {
  report?: ReliabilityReport;
  filters: DashboardFilters;
  selection?: Selection;
  setFilters(change: Partial<DashboardFilters>): void;
  clearFilters(): void;
  openReview(uri: string): void;
  closeSelection(): void;
}

export function renderDashboard(view: DashboardView): TemplateResult {
  const { report } = view;
  return html`
    <header class="header">
      <h1>Reliability Dashboard</h1>
      <p class="summary">${report ? summary(report) : 'Reading the reviews…'}</p>
    </header>
    ${filters(view)}
    ${report && report.reviewCount === 0 ? html`<p class="empty">No reviews match these filters.</p>` : nothing}
    ${report ? cards(report) : nothing}
    <section class="grid" aria-label="Charts and tables">
      ${chartCard('incidents', 'Incidents per month', 'By severity. Click a bar to list its reviews.')}
      ${chartCard('response', 'Response times per month', 'Median per month; the tooltip says how many reviews it is over.')}
      ${view.selection ? selection(view, view.selection) : nothing}
      ${chartCard('actions', 'Action items per month of the review', 'Completed, and on time (see below).')}
      ${report ? owners(report) : nothing}
      ${report ? repeats(view, report) : nothing}
    </section>
    ${help(report)}
  `;
}

function summary(report: ReliabilityReport): string {
  const { reviewCount, months, undated } = report;
  const parts = [`${reviewCount} review${reviewCount === 1 ? '' : 's'}`];
  if (months.length) parts.push(`${monthLabel(months[0].month)} – ${monthLabel(months[months.length - 1].month)}`);
  if (undated.length) parts.push(`${undated.length} without a start or detection time (in the totals, not in the charts)`);
  return parts.join(' · ');
}

function filters(view: DashboardView): TemplateResult {
  const { filters: f, report } = view;
  // The choices, plus whatever is selected but no longer in any review, so it can be unselected.
  const services = [...new Set([...(report?.choices.services ?? []), ...f.services])];
  const categories = CATEGORIES.filter((c) => report?.choices.categories.includes(c) || f.categories.includes(c));
  const values = (event: Event) => (event.target as HTMLElement & { value: string[] }).value;
  const day = (event: Event) => (event.target as HTMLElement & { value: string }).value || undefined;
  const active = f.services.length + f.severities.length + f.categories.length > 0 || f.since !== undefined || f.until !== undefined;
  // The control itself only says "2 Selected"; the label says which.
  const chosen = (name: string, values: readonly string[]) => html`<span>${name}: <em>${values.length ? values.join(', ') : 'all'}</em></span>`;
  return html`
    <section class="filters" aria-label="Filters">
      <label class="filter">${chosen('Service', f.services)}
        <vscode-multi-select id="filter-services" .value=${f.services} @change=${(e: Event) => view.setFilters({ services: values(e) })}>
          ${services.map((s) => html`<vscode-option value=${s}>${s}</vscode-option>`)}
        </vscode-multi-select></label>
      <label class="filter">${chosen('Severity', f.severities)}
        <vscode-multi-select id="filter-severities" .value=${f.severities} @change=${(e: Event) => view.setFilters({ severities: values(e) as DashboardFilters['severities'] })}>
          ${(view.report?.severityScale ?? SEVERITIES).map((s) => html`<vscode-option value=${s}>${s}</vscode-option>`)}
        </vscode-multi-select></label>
      <label class="filter">${chosen('Category', f.categories)}
        <vscode-multi-select id="filter-categories" .value=${f.categories} @change=${(e: Event) => view.setFilters({ categories: values(e) as DashboardFilters['categories'] })}>
          ${categories.map((c) => html`<vscode-option value=${c}>${c}</vscode-option>`)}
        </vscode-multi-select></label>
      <label class="filter date"><span>From</span>
        <vscode-textfield id="filter-since" type="date" .value=${f.since ?? ''} @change=${(e: Event) => view.setFilters({ since: day(e) })}></vscode-textfield></label>
      <label class="filter date"><span>To</span>
        <vscode-textfield id="filter-until" type="date" .value=${f.until ?? ''} @change=${(e: Event) => view.setFilters({ until: day(e) })}></vscode-textfield></label>
      <vscode-button id="filter-clear" secondary ?disabled=${!active} @click=${() => view.clearFilters()}>Clear filters</vscode-button>
    </section>`;
}

function cards({ totals, reviewCount }: ReliabilityReport): TemplateResult {
  const { actions } = totals;
  return html`
    <section class="cards" aria-label="Totals">
      ${card('Incidents', String(reviewCount), 'reviews')}
      ${card('MTTD', medianText(totals.mttd), overText(totals.mttd), 'Median time to detect: detected − started')}
      ${card('MTTA', medianText(totals.mtta), overText(totals.mtta), 'Median time to acknowledge: acknowledged − detected')}
      ${card('MTTR', medianText(totals.mttr), overText(totals.mttr), 'Median time to resolve: resolved − started')}
      ${card('Completed', percent(actions.completionRate), `${actions.done} of ${actions.total - actions.wontDo} action items`)}
      ${card('On time', percent(actions.onTimeRate), onTimeText(actions))}
      ${card('Open', String(actions.open), `${actions.overdue} overdue`, undefined, actions.overdue > 0)}
    </section>`;
}

function card(name: string, value: string, detail: string, title?: string, warn = false): TemplateResult {
  return html`<div class="card" title=${title ?? nothing}>
    <div class="card-name">${name}</div>
    <div class="card-value">${value}</div>
    <div class="card-detail ${warn ? 'warn' : ''}">${detail}</div>
  </div>`;
}

function chartCard(name: string, title: string, hint: string): TemplateResult {
  return html`<figure class="panel chart-card">
    <figcaption><h2>${title}</h2><p class="hint">${hint}</p></figcaption>
    <div class="chart-box">
      <canvas id="chart-${name}" tabindex="0" role="img" aria-label="${title}. Left and right arrows move between months; Enter lists the month's reviews."></canvas>
    </div>
  </figure>`;
}

function selection(view: DashboardView, picked: Selection): TemplateResult {
  return html`<section class="panel selection wide" aria-live="polite" aria-label="Selected reviews">
    <div class="selection-head">
      <h2>${picked.title}</h2>
      <vscode-button id="selection-close" secondary @click=${() => view.closeSelection()}>Close</vscode-button>
    </div>
    ${picked.reviews.length === 0 ? html`<p class="hint">No reviews.</p>` : html`
    <table class="reviews">
      <thead><tr><th>Date</th><th>Severity</th><th>Review</th><th class="num">MTTD</th><th class="num">MTTA</th><th class="num">MTTR</th></tr></thead>
      <tbody>${picked.reviews.map((ref) => html`<tr>
        <td class="date">${ref.date ?? '—'}</td>
        <td>${severityBadge(ref, view.report?.severityScale)}</td>
        <td>${reviewLink(view, ref)}</td>
        <td class="num">${duration(ref.mttd)}</td>
        <td class="num">${duration(ref.mtta)}</td>
        <td class="num">${duration(ref.mttr)}</td>
      </tr>`)}</tbody>
    </table>`}
  </section>`;
}

function repeats(view: DashboardView, report: ReliabilityReport): TemplateResult {
  const window = report.filters.repeatWindowDays;
  return html`<section class="panel wide" aria-label="Repeat incidents">
    <h2>Repeat incidents</h2>
    <p class="hint">Incidents at most ${window} days apart that share a service and also a tag or a contributing-factor category
      (setting <code>pir.repeatWindowDays</code>).</p>
    ${report.repeats.length === 0 ? html`<p class="none">None within ${window} days.</p>` : html`
    <table class="repeats">
      <thead><tr><th>Shared</th><th>Reviews</th><th class="num">Span</th></tr></thead>
      <tbody>${report.repeats.map((group) => html`<tr>
        <td class="shared">
          ${group.services.map((s) => html`<span class="chip service" title="Service">${s}</span>`)}
          ${group.tags.map((t) => html`<span class="chip tag" title="Tag">#${t}</span>`)}
          ${group.factorCategories.map((c) => html`<span class="chip factor" title="Contributing-factor category">${c}</span>`)}
        </td>
        <td><ul class="plain">${group.reviews.map((ref) => html`<li><span class="date">${ref.date}</span> ${severityBadge(ref, report.severityScale)} ${reviewLink(view, ref)}</li>`)}</ul></td>
        <td class="num">${group.spanDays} days</td>
      </tr>`)}</tbody>
    </table>`}
  </section>`;
}

function owners(report: ReliabilityReport): TemplateResult {
  return html`<section class="panel" aria-label="Open action items by owner">
    <h2>Open action items by owner</h2>
    ${report.owners.length === 0 ? html`<p class="none">No open action items.</p>` : html`
    <table class="owners">
      <thead><tr><th>Owner</th><th class="num">Open</th><th class="num">Overdue</th></tr></thead>
      <tbody>${report.owners.map((load) => html`<tr>
        <td class=${load.owner ? '' : 'muted'}>${load.owner ?? 'No owner'}</td>
        <td class="num">${load.open}</td>
        <td class="num ${load.overdue ? 'warn' : ''}">${load.overdue}</td>
      </tr>`)}</tbody>
    </table>`}
  </section>`;
}

function help(report: ReliabilityReport | undefined): TemplateResult {
  const window = report?.filters.repeatWindowDays ?? 90;
  return html`<details class="help">
    <summary>How these numbers are computed</summary>
    <ul>
      <li><b>Month</b> of an incident: the UTC month of <code>times.started</code>, else of <code>times.detected</code>. Reviews with neither count in the totals only.</li>
      <li><b>MTTD</b> = detected − started, <b>MTTA</b> = acknowledged − detected, <b>MTTR</b> = resolved − started. Each point is the <b>median</b> over the month's reviews that have both times; the tooltip gives that count. Times out of order (negative durations) are left out.</li>
      <li><b>Repeat incidents</b>: two incidents at most ${window} days apart that share a service and also a tag or a contributing-factor category. Repeats of repeats form one group, which can span more than ${window} days.</li>
      <li><b>Completed</b> = done ÷ (all items − won't do).</li>
      <li><b>On time</b> = items done by their due day (<code>completed</code> ≤ <code>due</code>) ÷ items with a due day that are done or overdue. Won't do, items without a due day and items not yet due are left out. A done item without a <code>completed</code> day counts as <b>completion date unknown</b>, neither on time nor late: Mark Done writes the day, and the <code>action-completed</code> rule offers to add it.</li>
      <li><b>Overdue</b>: open or in progress with a due day before today (UTC).</li>
      <li>The same numbers, as text or JSON: <code>pir metrics</code>.</li>
    </ul>
  </details>`;
}

function reviewLink(view: DashboardView, ref: ReviewRef): TemplateResult {
  return html`<a class="review-link" href="#" title=${ref.uri} @click=${(event: Event) => {
    event.preventDefault();
    view.openReview(ref.uri);
  }}>${ref.title}</a>`;
}

/** Coloured by the severity's rank in the team's scale (most severe first), so any scale gets the same reds and oranges. */
function severityBadge(ref: ReviewRef, scale: readonly string[] = SEVERITIES): TemplateResult {
  const rank = ref.severity === undefined ? -1 : scale.indexOf(ref.severity);
  return rank >= 0 ? html`<span class="severity rank-${Math.min(rank, SEVERITY_RANKS - 1)}">${ref.severity}</span>` : html`<span class="severity none">${ref.severity ?? '—'}</span>`;
}

function medianText(median: MedianDuration | undefined): string {
  return median ? formatDuration(median.ms) : '—';
}

function overText(median: MedianDuration | undefined): string {
  return median ? `median of ${median.count} review${median.count === 1 ? '' : 's'}` : 'no reviews with both times';
}

function duration(ms: number | undefined): string {
  return ms === undefined ? '—' : formatDuration(ms);
}

function percent(rate: number | undefined): string {
  return rate === undefined ? '—' : `${Math.round(rate * 100)}%`;
}
