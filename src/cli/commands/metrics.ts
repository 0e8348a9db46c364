import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_REPEAT_WINDOW_DAYS, reliabilityReport, type ActionRates, type MedianDuration, type ReliabilityReport, type ReviewRef,
} from '../../core/reliability';
import { plural } from '../../core/labels';
import { CATEGORIES } from '../../core/review';
import { formatDuration, parseDate } from '../../core/time';
import { expandPaths, loadConfig, parseNow, readReviews } from '../files';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from '../io';
import { alignColumns } from '../table';

export const usage = `pir metrics [paths or globs...] [--format text|json] [--since DATE] [--until DATE] [--now ISO-DATE]
            [--service NAME]... [--severity ID]... [--category NAME]... [--repeat-window DAYS]
  Reliability across reviews: incidents per month by severity, median MTTD/MTTA/MTTR per month
  (with how many reviews each median is over), repeat incidents (a shared service and a shared
  tag or contributing-factor category within ${DEFAULT_REPEAT_WINDOW_DAYS} days), action-item completion and on-time
  rates, and open and overdue items by owner. With no paths: **/*.pir.{yaml,yml}.
  --since and --until (YYYY-MM-DD, inclusive, UTC) keep incidents in that range; --service,
  --severity and --category keep reviews matching any of the values given; severities are P1..P4,
  or the ids of \`severities\` in .pirrc.yaml.
  Exit code 0, or 2 for usage or I/O errors.`;

const FORMATS = ['text', 'json'];

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      since: { type: 'string' },
      until: { type: 'string' },
      now: { type: 'string' },
      service: { type: 'string', multiple: true, default: [] },
      severity: { type: 'string', multiple: true, default: [] },
      category: { type: 'string', multiple: true, default: [] },
      'repeat-window': { type: 'string' },
    },
  });
  if (!FORMATS.includes(values.format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  for (const name of ['since', 'until'] as const) {
    const value = values[name];
    if (value !== undefined && parseDate(value) === undefined) throw new UsageError(`--${name} must be a date YYYY-MM-DD, got "${value}"`);
  }
  const now = parseNow(values.now);

  const files = await expandPaths(positionals, io.cwd);
  if (files.length === 0) {
    io.stderr('pir metrics: no *.pir.yaml files found\n');
    return EXIT_USAGE;
  }
  const { config, errors: configErrors } = loadConfig(io.cwd);
  for (const error of configErrors) io.stderr(`${error}\n`);
  const severityScale = config.severities.map((entry) => entry.id);
  const { index, unreadable } = await readReviews(files, io, config);
  // Reviews named by their path from here, in the JSON as in the text.
  const entries = index.entries().map((entry) => ({ ...entry, uri: relative(io.cwd, entry.uri) || entry.uri }));
  const report = reliabilityReport(entries, {
    now,
    since: values.since,
    until: values.until,
    services: values.service,
    severities: oneOfEach(values.severity, severityScale, '--severity'),
    categories: oneOfEach(values.category, CATEGORIES, '--category'),
    repeatWindowDays: repeatWindow(values['repeat-window']),
    severityScale,
    timeZone: config.timeZone,
  });
  io.stdout(values.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatText(report));
  return unreadable ? EXIT_USAGE : EXIT_OK;
}

function oneOfEach<T extends string>(given: readonly string[], allowed: readonly T[], option: string): T[] {
  const wrong = given.find((value) => !allowed.includes(value as T));
  if (wrong !== undefined) throw new UsageError(`${option} must be one of ${allowed.join(', ')}, got "${wrong}"`);
  return given as T[];
}

function repeatWindow(value: string | undefined): number {
  if (value === undefined) return DEFAULT_REPEAT_WINDOW_DAYS;
  const days = Number(value);
  if (!Number.isInteger(days) || days < 0) throw new UsageError(`--repeat-window must be a whole number of days, got "${value}"`);
  return days;
}

/** The report as sections of aligned tables, for a terminal. */
export function formatText(report: ReliabilityReport): string {
  const { totals } = report;
  // The report has every month of the span (charts need them); a table of mostly zero rows does not.
  const months = report.months.filter((m) => m.incidents.total > 0);
  const sections = [summary(report, report.months.length - months.length)];
  if (months.length) {
    sections.push(section('Incidents per month', [
      ['MONTH', ...report.severityScale, 'NONE', 'TOTAL'],
      ...months.map(({ month, incidents }) => [month, ...report.severityScale.map((s) => String(incidents[s])), String(incidents.unrated), String(incidents.total)]),
    ], Array.from({ length: report.severityScale.length + 2 }, (_, i) => i + 1)));
  }
  sections.push(section('Response times (median, with the number of reviews it is over)', [
    ['MONTH', 'MTTD', 'MTTA', 'MTTR'],
    ...months.map((m) => [m.month, duration(m.mttd), duration(m.mtta), duration(m.mttr)]),
    ['all', duration(totals.mttd), duration(totals.mtta), duration(totals.mttr)],
  ], [1, 2, 3]));
  sections.push(section('Action items, by month of their review', [
    ['MONTH', 'ITEMS', 'DONE', 'OPEN', 'OVERDUE', 'COMPLETED', 'ON TIME', 'DATE UNKNOWN'],
    ...months.map((m) => actionRow(m.month, m.actions)),
    actionRow('all', totals.actions),
  ], [1, 2, 3, 4, 5, 6, 7]) + `\n${ON_TIME_NOTE}`);
  if (report.owners.length) {
    sections.push(section('Open action items by owner', [
      ['OWNER', 'OPEN', 'OVERDUE'],
      ...report.owners.map((load) => [load.owner ?? '(no owner)', String(load.open), String(load.overdue)]),
    ], [1, 2]));
  }
  const window = report.filters.repeatWindowDays;
  sections.push(report.repeats.length
    ? `Repeat incidents (a shared service and tag or factor category, at most ${window} days apart)\n` + report.repeats.map((group, i) => {
      const shared = [`services: ${group.services.join(', ')}`];
      if (group.tags.length) shared.push(`tags: ${group.tags.join(', ')}`);
      if (group.factorCategories.length) shared.push(`factors: ${group.factorCategories.join(', ')}`);
      return `${i + 1}. ${shared.join('; ')} (${group.reviews.length} incidents over ${group.spanDays} days)\n${refLines(group.reviews)}`;
    }).join('\n')
    : `No repeat incidents within ${window} days.`);
  return `${sections.join('\n\n')}\n`;
}

/** What the on-time rate is over, and what it leaves out. */
export const ON_TIME_NOTE = "Completed: done / items not won't-do. On time: done by the due day (completed ≤ due), of the items done or\n" +
  'overdue that have a due day. Date unknown: done items with a due day but no `completed` day, counted in neither.';

function summary({ reviewCount, months, undated, filters }: ReliabilityReport, emptyMonths: number): string {
  const span = months.length ? `, ${months[0].month} to ${months[months.length - 1].month}` : '';
  const applied = [
    filters.since && `since ${filters.since}`,
    filters.until && `until ${filters.until}`,
    filters.services?.length && `services ${filters.services.join(', ')}`,
    filters.severities?.length && `severity ${filters.severities.join(', ')}`,
    filters.categories?.length && `category ${filters.categories.join(', ')}`,
  ].filter(Boolean);
  let text = `${plural(reviewCount, 'review')}${span}${applied.length ? ` (${applied.join('; ')})` : ''}`;
  if (emptyMonths) text += `\n${plural(emptyMonths, 'month')} without incidents not shown.`;
  if (undated.length) text += `\nWithout a started or detected time, in no month:\n${refLines(undated)}`;
  return text;
}

function section(title: string, rows: string[][], right: number[]): string {
  return `${title}\n${alignColumns(rows, { right }).join('\n')}`;
}

function duration(median: MedianDuration | undefined): string {
  return median ? `${formatDuration(median.ms)} (${median.count})` : '—';
}

function actionRow(label: string, rates: ActionRates): string[] {
  return [label, String(rates.total), String(rates.done), String(rates.open), String(rates.overdue), percent(rates.completionRate), percent(rates.onTimeRate), String(rates.completionUnknown)];
}

function percent(rate: number | undefined): string {
  return rate === undefined ? '—' : `${Math.round(rate * 100)}%`;
}

function refLines(refs: readonly ReviewRef[]): string {
  return alignColumns(refs.map((ref) => ['  ', ref.date ?? '', ref.severity ?? '', ref.uri, ref.title.replace(/\s+/g, ' ')])).join('\n');
}
