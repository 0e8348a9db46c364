// What both renderers show, decided once: section titles, the key facts, the metrics, the impact
// figures and timeline times as display strings. Markdown and HTML differ only in markup.
import { humanize } from '../labels';
import { reviewMetrics } from '../metrics';
import { LIFECYCLE_KEYS } from '../review';
import { formatDuration, parseDateTime } from '../time';
import { IMPACT_MEASURES, type ImpactMeasure, type ReportData, type ResponseAspect } from './report-data';

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

/** A date-time as "2026-03-14 08:12 UTC" (seconds only when set); a value that is no date-time is shown as written. */
export function formatUtc(value: string): string {
  const ms = parseDateTime(value);
  return ms === undefined ? value : `${utcDay(ms)} ${utcClock(ms)} UTC`;
}

function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function utcClock(ms: number): string {
  const time = new Date(ms).toISOString().slice(11, 19);
  return time.endsWith(':00') ? time.slice(0, 5) : time;
}

/**
 * The time column of the timeline, in UTC: the clock time, with the day in front on the first
 * event and whenever the day changes, so a reader always knows which day a row is on.
 */
export function timelineTimes(events: readonly { at?: string }[]): string[] {
  let day: string | undefined;
  return events.map(({ at }) => {
    const ms = parseDateTime(at);
    if (ms === undefined) return at ?? '';
    const shown = utcDay(ms) === day ? utcClock(ms) : `${utcDay(ms)} ${utcClock(ms)}`;
    day = utcDay(ms);
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
      return at ? { label: humanize(key), value: formatUtc(at) } : undefined;
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
  const metrics = reviewMetrics({ times: data.times });
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

/** The impact figures that are set, as table rows. */
export function impactRows(impact: ReportData['impact']): Fact[] {
  return IMPACT_MEASURES.flatMap((key) => {
    const value = impact[key];
    if (value === undefined) return [];
    const shown = typeof value === 'boolean' ? (value ? 'Yes' : 'No') : value.toLocaleString('en-US');
    return [{ label: MEASURE_LABELS[key], value: key === 'downtimeMinutes' ? `${shown} min` : shown }];
  });
}
