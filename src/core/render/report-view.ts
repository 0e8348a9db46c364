// What both renderers show, decided once: section titles, the key facts, the metrics, the impact
// figures and timeline times as display strings. Markdown and HTML differ only in markup.
import { stringify } from 'yaml';
import { humanize } from '../labels';
import { reviewMetrics } from '../metrics';
import { LIFECYCLE_KEYS } from '../review';
import { formatDuration, formatInstant, isDateOnly, parseDateTime } from '../time';
import { IMPACT_MEASURES, type ImpactMeasure, type ReportClock, type ReportData, type ResponseAspect } from './report-data';

/** The report's sections in the practice's order, with their headings. */
export const SECTION_TITLES = {
  summary: 'Summary',
  timeline: 'Timeline',
  rootCause: 'Root cause',
  fiveWhys: '5 Whys',
  fishbone: 'Fishbone',
  contributingFactors: 'Contributing factors',
  impact: 'Impact',
  response: 'Response evaluation',
  wentWell: 'What went well',
  lessonsLearned: 'Lessons learned',
  actionItems: 'Action items',
  references: 'References',
} as const;

export const RESPONSE_TITLES: Record<ResponseAspect, string> = {
  detection: 'Detection',
  escalation: 'Escalation',
  communication: 'Communication',
  coordination: 'Coordination',
  tooling: 'Tooling',
};

/**
 * A date-time as "2026-03-14 08:12 UTC" (seconds only when set), or in the clock's zone, with its
 * second zone after it: "2026-03-14 08:12 UTC (01:12 PDT)". A value that is no date-time is shown as written.
 */
export function formatUtc(value: string, clock: ReportClock = {}): string {
  const ms = parseDateTime(value, clock.read);
  if (ms === undefined) return value;
  const shown = formatInstant(ms, clock.show);
  if (!clock.also || clock.also === clock.show) return shown;
  const also = formatInstant(ms, clock.also);
  return `${shown} (${also.slice(0, 10) === shown.slice(0, 10) ? also.slice(11) : also})`;
}

/** The heading of the timeline's time column: the zone its times are in. */
export function timeColumnTitle(clock: ReportClock = {}): string {
  return `Time (${clock.show ?? 'UTC'})`;
}

/**
 * The time column of the timeline, in the clock's zone (UTC by default): the clock time, with the
 * day in front on the first event and whenever the day changes, so a reader always knows which
 * day a row is on. An event known only by its day shows the day alone.
 */
export function timelineTimes(events: readonly { at?: string }[], clock: ReportClock = {}): string[] {
  let day: string | undefined;
  return events.map(({ at }) => {
    if (isDateOnly(at)) {
      day = at;
      return at;
    }
    const ms = parseDateTime(at, clock.read);
    if (ms === undefined) return at ?? '';
    // "2026-03-14 08:12 UTC": the day, the clock time, and the zone the column heading names.
    const instant = formatInstant(ms, clock.show);
    const [eventDay, time] = instant.split(' ');
    const shown = eventDay === day ? time : `${eventDay} ${time}`;
    day = eventDay;
    return shown;
  });
}

export interface Fact {
  label: string;
  value: string;
}

/** The key facts under the title, in reading order; absent ones are left out. */
export function keyFacts(data: ReportData): Fact[] {
  const facts: (Fact | undefined)[] = [
    data.services.length ? { label: 'Services', value: data.services.join(', ') } : undefined,
    ...LIFECYCLE_KEYS.map((key) => {
      const at = data.times[key];
      return at ? { label: humanize(key), value: formatUtc(at, data.clock) } : undefined;
    }),
    data.reviewed ? { label: 'Reviewed', value: data.reviewed } : undefined,
    data.authors.length ? { label: 'Authors', value: data.authors.join(', ') } : undefined,
    data.participants.length
      ? { label: 'Participants', value: data.participants.map((p) => (p.role ? `${p.name} (${humanize(p.role)})` : p.name)).join(', ') }
      : undefined,
    data.tags.length ? { label: 'Tags', value: data.tags.join(', ') } : undefined,
  ];
  return facts.filter((f): f is Fact => f !== undefined);
}

/** MTTD, MTTA, MTTR and time to mitigate, with "—" for those the times do not give. */
export function metricFacts(data: ReportData): (Fact & { title: string })[] {
  const metrics = reviewMetrics({ times: data.times }, data.clock.read);
  const shown = (ms: number | undefined) => (ms === undefined ? '—' : formatDuration(ms));
  return [
    { label: 'MTTD', title: 'Time to detect: started → detected', value: shown(metrics.mttd) },
    { label: 'MTTA', title: 'Time to acknowledge: detected → acknowledged', value: shown(metrics.mtta) },
    { label: 'MTTR', title: 'Time to resolve: started → resolved', value: shown(metrics.mttr) },
    { label: 'Mitigated after', title: 'Time to mitigate: started → mitigated', value: shown(metrics.timeToMitigate) },
  ];
}

const MEASURE_LABELS: Record<ImpactMeasure, string> = {
  usersAffected: 'Users affected',
  downtimeMinutes: 'Downtime',
  slaBreached: 'SLA breached',
  supportTickets: 'Support tickets',
  revenueImpact: 'Revenue impact',
};

/** The impact measures that are set, then the team's own figures, as table rows. */
export function impactRows(impact: ReportData['impact']): Fact[] {
  const measures = IMPACT_MEASURES.flatMap((key) => {
    const value = impact[key];
    if (value === undefined) return [];
    const shown = typeof value === 'boolean' ? (value ? 'Yes' : 'No') : value.toLocaleString('en-US');
    return [{ label: MEASURE_LABELS[key], value: key === 'downtimeMinutes' ? `${shown} min` : shown }];
  });
  return [...measures, ...impact.figures.map((f) => ({ label: f.label, value: f.unit ? `${f.value} ${f.unit}` : f.value }))];
}

/** A team's `x-` value for a report: text as Markdown, anything else as the YAML it was written as. */
export function extensionText(value: unknown): { text: string; markdown: boolean } {
  if (typeof value === 'string') return { text: value, markdown: true };
  return { text: stringify(value).trimEnd(), markdown: false };
}
