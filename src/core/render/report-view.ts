// What both renderers show, decided once: section titles, the key facts, the metrics, the impact
// figures and timeline times as display strings. Markdown and HTML differ only in markup.
import { stringify } from 'yaml';
import { humanize } from '../labels';
import { reviewMetrics } from '../metrics';
import { LIFECYCLE_KEYS } from '../review';
import { formatTime, offsetOf, showTime } from '../clock';
import { formatDuration, isDateOnly } from '../time';
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

export interface TimelineTimes {
  /** The time column's heading: "Time (UTC+01:00)" when every time shares one zone, else "Time". */
  heading: string;
  /** One cell per event. */
  times: string[];
}

/** The zone a report shows `value` in: the export's zone, else the offset it is written with, else (no offset: read in the team's zone) UTC. */
function zoneFor(value: string, clock: ReportClock): string | undefined {
  return clock.show ?? (offsetOf(value) === undefined ? 'UTC' : undefined);
}

/**
 * A date-time as a report shows it (see clock.ts): "2026-03-14 09:12 UTC+01:00", with the team's
 * zone after it in a panel: "2026-03-14 09:12 UTC+01:00 (01:12 America/Los_Angeles)". A value
 * that is no date-time is shown as written.
 */
export function formatReportTime(value: string, clock: ReportClock = {}): string {
  const zone = zoneFor(value, clock);
  const shown = formatTime(value, zone, clock.read);
  const also = clock.also && clock.also !== zone ? showTime(value, clock.also, clock.read) : undefined;
  return also ? `${shown} (${also.clock} ${also.zone})` : shown;
}

/**
 * The time column of the timeline: each time in the zone formatReportTime would use, the clock
 * time with the day in front on the first event and whenever the day changes, so a reader
 * always knows which day a row is on. An event known only by its day shows the day alone. The
 * zone goes in the heading, or in each cell when they differ.
 */
export function timelineTimes(events: readonly { at?: string }[], clock: ReportClock = {}): TimelineTimes {
  const shown = events.map(({ at }) => (at === undefined || isDateOnly(at) ? undefined : showTime(at, zoneFor(at, clock), clock.read)));
  const zones = new Set(shown.flatMap((time) => (time ? [time.zone] : [])));
  const common = zones.size <= 1 ? ([...zones][0] ?? clock.show ?? 'UTC') : undefined;
  let day: string | undefined;
  const times = shown.map((time, i) => {
    const at = events[i].at;
    if (!time) {
      if (isDateOnly(at)) day = at;
      return at ?? '';
    }
    const cell = `${time.day === day ? '' : `${time.day} `}${time.clock}${common ? '' : ` ${time.zone}`}`;
    day = time.day;
    return cell;
  });
  return { heading: common ? `Time (${common})` : 'Time', times };
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
      return at ? { label: humanize(key), value: formatReportTime(at, data.clock) } : undefined;
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
