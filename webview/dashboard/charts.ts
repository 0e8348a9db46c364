// The dashboard's three charts, drawn by Chart.js. Only the controllers, elements, scales and
// plugins used here are registered, so esbuild leaves the rest of Chart.js out of the bundle.
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, LogarithmicScale,
  PointElement, Tooltip, type ChartConfiguration, type ChartDataset, type ChartEvent, type ChartType, type Scale, type TooltipItem,
} from 'chart.js';
import { durationAxis, SMALLEST_MINUTES } from '../../src/core/duration-axis';
import type { ActionRates, MonthReport, ReliabilityReport } from '../../src/core/reliability';
import type { IncidentSeverity } from '../../src/core/review';
import { formatDuration, MINUTE } from '../../src/core/time';
import type { Palette } from './theme';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LogarithmicScale, LineController, LineElement, PointElement, Tooltip, Legend);

export type ChartName = 'incidents' | 'response' | 'actions';
export type ResponseKey = 'mttd' | 'mtta' | 'mttr';
type SeverityKey = IncidentSeverity | 'unrated';

/** A data point the user picked: a month, and the series when a bar or point was hit directly. */
export interface Pick {
  chart: ChartName;
  month: number;
  series?: string;
}

const RESPONSE: { key: ResponseKey; label: string }[] = [
  { key: 'mttd', label: 'MTTD (detect)' },
  { key: 'mtta', label: 'MTTA (acknowledge)' },
  { key: 'mttr', label: 'MTTR (resolve)' },
];


export function monthLabel(month: string): string {
  return new Date(`${month}-01T00:00:00Z`).toLocaleDateString(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export class DashboardCharts {
  private readonly charts: Partial<Record<ChartName, Chart>> = {};
  /** Series key of each dataset, per chart, in dataset order. */
  private readonly series: Record<ChartName, string[]> = { incidents: [], response: [], actions: [] };
  private report?: ReliabilityReport;
  private palette?: Palette;
  /** The month each chart's keyboard cursor is on. */
  private readonly cursor: Partial<Record<ChartName, number>> = {};

  constructor(private readonly canvases: Record<ChartName, HTMLCanvasElement>, private readonly onPick: (pick: Pick) => void) {
    for (const [name, canvas] of Object.entries(canvases) as [ChartName, HTMLCanvasElement][]) {
      canvas.addEventListener('keydown', (event) => this.key(name, event));
    }
  }

  show(report: ReliabilityReport, palette: Palette): void {
    this.report = report;
    this.palette = palette;
    const labels = report.months.map((m) => monthLabel(m.month));
    this.draw('incidents', 'bar', labels, this.incidentSets(report.months, palette, report.severityScale), this.incidentOptions(palette));
    this.draw('response', 'line', labels, this.responseSets(report.months, palette), this.responseOptions(report.months, palette));
    this.draw('actions', 'bar', labels, this.actionSets(report.months, palette), this.actionOptions(palette));
  }

  /** Redraws in the theme's new colours. */
  retheme(palette: Palette): void {
    if (this.report) this.show(this.report, palette);
  }

  private draw<T extends ChartType>(name: ChartName, type: T, labels: string[], sets: { key: string; data: ChartDataset<T> }[], options: ChartConfiguration<T>['options']): void {
    this.series[name] = sets.map((s) => s.key);
    const existing = this.charts[name];
    const data = { labels, datasets: sets.map((s) => s.data) };
    const common = this.commonOptions(name)!;
    // One level deeper than a spread: the tooltip keeps the theme's colours beside the chart's callbacks.
    const own = (options ?? {}) as NonNullable<ChartConfiguration['options']>;
    const allOptions = {
      ...common,
      ...own,
      plugins: { ...common.plugins, ...own.plugins, tooltip: { ...common.plugins?.tooltip, ...own.plugins?.tooltip } },
    } as ChartConfiguration<T>['options'];
    if (existing) {
      existing.data = data as Chart['data'];
      existing.options = allOptions as Chart['options'];
      existing.update();
      return;
    }
    this.charts[name] = new Chart(this.canvases[name], { type, data, options: allOptions } as ChartConfiguration<T>) as unknown as Chart;
  }

  private commonOptions(name: ChartName): ChartConfiguration['options'] {
    const palette = this.palette!;
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 250 },
      color: palette.foreground,
      font: { family: palette.fontFamily, size: palette.fontSize - 1 },
      interaction: { mode: 'index', intersect: false },
      onClick: (event: ChartEvent, _active, chart) => this.click(name, event, chart),
      onHover: (event: ChartEvent, active) => {
        const canvas = event.native?.target as HTMLCanvasElement | undefined;
        // CSSOM, not a style attribute: the panel's CSP allows it.
        if (canvas) canvas.style.cursor = active.length ? 'pointer' : 'default';
      },
      plugins: {
        legend: { position: 'bottom', labels: { color: palette.foreground, boxWidth: 12, boxHeight: 12, padding: 14 } },
        tooltip: {
          backgroundColor: palette.background,
          titleColor: palette.foreground,
          bodyColor: palette.foreground,
          footerColor: palette.foreground,
          borderColor: palette.grid,
          borderWidth: 1,
          padding: 8,
          boxPadding: 4,
        },
      },
    };
  }

  private axes(palette: Palette) {
    const ticks = { color: palette.muted };
    const grid = { color: palette.grid };
    const border = { color: palette.grid };
    return { ticks, grid, border };
  }

  private incidentSets(months: readonly MonthReport[], palette: Palette, scale: readonly string[]) {
    const keys: SeverityKey[] = [...scale];
    // A "no severity" series only when some review lacks one.
    if (months.some((m) => m.incidents.unrated > 0)) keys.push('unrated');
    return keys.map((key) => ({
      key,
      data: {
        label: key === 'unrated' ? 'No severity' : key,
        data: months.map((m) => m.incidents[key]),
        backgroundColor: key === 'unrated' ? palette.unrated : palette.severity[Math.min(scale.indexOf(key), palette.severity.length - 1)],
        stack: 'incidents',
        maxBarThickness: 48,
        borderRadius: 2,
      } satisfies ChartDataset<'bar'>,
    }));
  }

  private incidentOptions(palette: Palette): ChartConfiguration<'bar'>['options'] {
    const { ticks, grid, border } = this.axes(palette);
    return {
      scales: {
        x: { stacked: true, ticks, grid: { display: false }, border },
        y: { stacked: true, beginAtZero: true, ticks: { ...ticks, precision: 0 }, grid, border, title: { display: true, text: 'Incidents', color: palette.muted } },
      },
      plugins: {
        tooltip: {
          // Only the severities that happened; a total below them.
          filter: (item) => item.parsed.y !== 0,
          callbacks: { footer: (items) => `Total: ${this.report?.months[items[0]?.dataIndex ?? 0]?.incidents.total ?? 0}` },
        },
      },
    };
  }

  private responseSets(months: readonly MonthReport[], palette: Palette) {
    return RESPONSE.map(({ key, label }) => ({
      key,
      data: {
        label,
        data: months.map((m) => (m[key] ? Math.max(m[key].ms / MINUTE, SMALLEST_MINUTES) : null)),
        borderColor: palette[key],
        backgroundColor: palette[key],
        pointRadius: 4,
        pointHoverRadius: 6,
        borderWidth: 2,
        // Months without a value: the line goes on, dashed, so a gap does not read as a measurement.
        spanGaps: true,
        segment: { borderDash: (ctx: { p0DataIndex: number; p1DataIndex: number }) => (ctx.p1DataIndex - ctx.p0DataIndex > 1 ? [4, 4] : undefined) },
      } as ChartDataset<'line'>,
    }));
  }

  private responseOptions(months: readonly MonthReport[], palette: Palette): ChartConfiguration<'line'>['options'] {
    const { ticks, grid, border } = this.axes(palette);
    const values = months.flatMap((m) => RESPONSE.flatMap(({ key }) => (m[key] ? [Math.max(m[key].ms / MINUTE, SMALLEST_MINUTES)] : [])));
    const { min, max, ticks: durations } = durationAxis(values);
    return {
      scales: {
        x: { ticks, grid: { display: false }, border },
        y: {
          type: 'logarithmic',
          min,
          max,
          ticks: { ...ticks, callback: (value) => formatDuration(Number(value) * MINUTE) },
          // Durations, not powers of ten (1m, 5m, 15m, 1h, 4h, 1d …), about evenly spaced on the log axis.
          afterBuildTicks: (axis: Scale) => {
            axis.ticks = durations.map((value) => ({ value }));
          },
          grid,
          border,
          title: { display: true, text: 'Median (log scale)', color: palette.muted },
        },
      },
      plugins: {
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<'line'>) => {
              const key = this.series.response[item.datasetIndex] as ResponseKey;
              const median = this.report?.months[item.dataIndex]?.[key];
              if (!median) return '';
              return `${RESPONSE[item.datasetIndex].label}: ${formatDuration(median.ms)} (median of ${median.count} review${median.count === 1 ? '' : 's'})`;
            },
          },
        },
      },
    };
  }

  private actionSets(months: readonly MonthReport[], palette: Palette) {
    const percent = (rate: number | undefined) => (rate === undefined ? null : Math.round(rate * 1000) / 10);
    return [
      { key: 'completed', label: 'Completed', color: palette.completed, rate: (a: ActionRates) => a.completionRate },
      { key: 'onTime', label: 'On time', color: palette.onTime, rate: (a: ActionRates) => a.onTimeRate },
    ].map(({ key, label, color, rate }) => ({
      key,
      data: {
        label,
        data: months.map((m) => percent(rate(m.actions))),
        backgroundColor: color,
        maxBarThickness: 28,
        borderRadius: 2,
      } satisfies ChartDataset<'bar', (number | null)[]>,
    }));
  }

  private actionOptions(palette: Palette): ChartConfiguration<'bar'>['options'] {
    const { ticks, grid, border } = this.axes(palette);
    return {
      scales: {
        x: { ticks, grid: { display: false }, border },
        y: { min: 0, max: 100, ticks: { ...ticks, stepSize: 25, callback: (value) => `${value}%` }, grid, border, title: { display: true, text: 'Action items', color: palette.muted } },
      },
      plugins: {
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<'bar'>) => {
              const actions = this.report?.months[item.dataIndex]?.actions;
              if (!actions || item.parsed.y === null) return '';
              return item.datasetIndex === 0
                ? `Completed: ${item.parsed.y}% (${actions.done} of ${actions.total - actions.wontDo} items)`
                : `On time: ${item.parsed.y}% (${onTimeText(actions)})`;
            },
          },
        },
      },
    };
  }

  private click(name: ChartName, event: ChartEvent, chart: Chart): void {
    const native = event.native;
    if (!native) return;
    // A bar segment or point hit directly narrows the list to its series; elsewhere in a month's column, the whole month.
    const [hit] = chart.getElementsAtEventForMode(native, 'nearest', { intersect: true }, false);
    const [column] = chart.getElementsAtEventForMode(native, 'index', { intersect: false }, false);
    const month = (hit ?? column)?.index;
    if (month === undefined) return;
    this.cursor[name] = month;
    this.onPick({ chart: name, month, series: hit ? this.series[name][hit.datasetIndex] : undefined });
  }

  /** Left and right move between months (showing their tooltip), Enter lists the month's reviews. */
  private key(name: ChartName, event: KeyboardEvent): void {
    const chart = this.charts[name];
    const count = this.report?.months.length ?? 0;
    if (!chart || count === 0) return;
    const current = this.cursor[name];
    let next: number | undefined;
    if (event.key === 'ArrowRight') next = current === undefined ? 0 : Math.min(current + 1, count - 1);
    else if (event.key === 'ArrowLeft') next = current === undefined ? count - 1 : Math.max(current - 1, 0);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    else if ((event.key === 'Enter' || event.key === ' ') && current !== undefined) {
      event.preventDefault();
      this.onPick({ chart: name, month: current });
      return;
    }
    if (next === undefined) return;
    event.preventDefault();
    this.cursor[name] = next;
    const active = chart.data.datasets.flatMap((set, datasetIndex) => (set.data[next] == null ? [] : [{ datasetIndex, index: next }]));
    chart.setActiveElements(active);
    chart.tooltip?.setActiveElements(active, { x: 0, y: 0 });
    chart.update();
  }
}

/** "3 of 4 done by their due day · 2 completion date unknown". */
export function onTimeText(actions: ActionRates): string {
  const judged = `${actions.onTime} of ${actions.onTime + actions.late} done by their due day`;
  return actions.completionUnknown ? `${judged} · ${actions.completionUnknown} completion date unknown` : judged;
}
