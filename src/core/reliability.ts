// Reliability across reviews: how often incidents happen, how fast they are handled, which ones
// repeat, and whether their action items get done. Pure, so `pir metrics` and the dashboard
// compute the same numbers from the same index entries.
import { groupActions } from './action-groups';
import { isOverdue } from './action-items';
import { actionStats, type ActionStats } from './metrics';
import { SEVERITIES, type FishboneCategory, type ImpactFigure, type IncidentCategory, type IncidentSeverity } from './review';
import { DAY, dayOf, parseDate, parseDateTime, startOfUtcDay } from './time';
import type { IndexedActionItem, ReviewEntry } from './workspace-index';

/** Which reviews count. An empty or absent list does not filter. */
export interface ReliabilityFilters {
  /** First UTC day (YYYY-MM-DD) of incidents to count, inclusive. */
  since?: string;
  /** Last UTC day (YYYY-MM-DD) of incidents to count, inclusive. */
  until?: string;
  /** Reviews naming any of these services (compared case-insensitively). */
  services?: readonly string[];
  severities?: readonly IncidentSeverity[];
  categories?: readonly IncidentCategory[];
}

export interface ReliabilityOptions extends ReliabilityFilters {
  /** Today, for overdue items. */
  now: Date;
  /** Two incidents this many days apart or closer may be repeats (setting `pir.repeatWindowDays`). */
  repeatWindowDays?: number;
  /** The team's severity ids, most severe first (`severities` in .pirrc.yaml); P1–P4 by default. */
  severityScale?: readonly string[];
  /**
   * The team's `timeZone`, in which times without an offset are read; a function of the review's
   * uri where reviews follow different configs (a multi-root workspace, one .pirrc.yaml per folder).
   */
  timeZone?: string | ZoneOf;
  /**
   * The repeat groups an earlier report found over the same reviews' services, tags, factor
   * categories and incident times, with the same window and filters (a site rebuild keeps them):
   * finding them compares reviews pairwise. Their review refs are read again from the entries.
   */
  knownRepeats?: readonly RepeatGroup[];
}

/** The `timeZone` a review's times are read in, by the review's uri. */
export type ZoneOf = (uri: string) => string | undefined;

export const DEFAULT_REPEAT_WINDOW_DAYS = 90;

/** A review as a chart's drill-down and the repeat list show it. */
export interface ReviewRef {
  uri: string;
  title: string;
  /** UTC day of the incident (started, else detected); absent when the review has neither. */
  date?: string;
  severity?: IncidentSeverity;
}

/** A review in a month, with the response times the month's medians are taken over. */
export interface IncidentRef extends ReviewRef {
  mttd?: number;
  mtta?: number;
  mttr?: number;
  /** The review's `impact.figures`, when it has any. */
  figures?: ImpactFigure[];
}

/** The median of some durations and how many there were: a median of 1 says less than a median of 20. */
export interface MedianDuration {
  ms: number;
  count: number;
}

/** Incidents by severity id of the scale; `unrated` have no valid severity. */
export type SeverityCounts = Record<IncidentSeverity, number> & { unrated: number };

/**
 * Action-item progress, as `actionStats` counts it for one review, with in-progress items
 * counted as open. On time means done by the due day: `completed` on or before `due`. An item
 * done without a `completed` day is counted apart, as "completion date unknown", never as on
 * time; an overdue item is late.
 */
export type ActionRates = Omit<ActionStats, 'inProgress'>;

export interface MonthReport {
  /** YYYY-MM, UTC. */
  month: string;
  incidents: SeverityCounts & { total: number };
  mttd?: MedianDuration;
  mtta?: MedianDuration;
  mttr?: MedianDuration;
  /** Action items of the month's reviews. */
  actions: ActionRates;
  /** Oldest first. */
  reviews: IncidentRef[];
}

/** Reviews linked as repeats: each shares a service and a tag or factor category with another, close in time. */
export interface RepeatGroup {
  /** Oldest first. */
  reviews: ReviewRef[];
  /** What the linked reviews share, as first written. */
  services: string[];
  tags: string[];
  factorCategories: FishboneCategory[];
  /** Whole days from the first incident to the last; a chain of repeats may span more than the window. */
  spanDays: number;
}

/** Open work of one owner; `owner` is absent for items without one. */
export interface OwnerLoad {
  owner?: string;
  open: number;
  overdue: number;
}

export interface ReliabilityReport {
  /** `now` as ISO 8601. */
  now: string;
  filters: ReliabilityFilters & { repeatWindowDays: number };
  /** The severity ids the month counts are by, most severe first. */
  severityScale: string[];
  /** What the filters can choose from: every service and category in the readable reviews, sorted. */
  choices: { services: string[]; categories: IncidentCategory[] };
  /** Reviews that passed the filters. */
  reviewCount: number;
  /** Reviews without a started or detected time: counted in the totals, in no month. */
  undated: ReviewRef[];
  /** Every month from the first incident to the last, empty ones included. */
  months: MonthReport[];
  totals: { mttd?: MedianDuration; mtta?: MedianDuration; mttr?: MedianDuration; actions: ActionRates };
  /** Newest first. */
  repeats: RepeatGroup[];
  /** Owners with open items: most overdue first, then most open. */
  owners: OwnerLoad[];
}

const RESPONSE_KEYS = ['mttd', 'mtta', 'mttr'] as const;

/** A review with what every metric needs, read once. */
interface Incident {
  entry: ReviewEntry;
  /** Incident time in ms, if the review has one. */
  at?: number;
  ref: IncidentRef;
}

export function reliabilityReport(entries: readonly ReviewEntry[], options: ReliabilityOptions): ReliabilityReport {
  const { now, repeatWindowDays = DEFAULT_REPEAT_WINDOW_DAYS, severityScale = SEVERITIES, timeZone } = options;
  const zoneOf: ZoneOf = typeof timeZone === 'function' ? timeZone : () => timeZone;
  const readable = entries.filter((entry) => entry.parseError === undefined || entry.stale);
  const incidents = readable.filter(passes(options, zoneOf)).map((entry) => toIncident(entry, zoneOf(entry.uri)));
  const dated = incidents.filter((incident) => incident.at !== undefined).sort((a, b) => a.at! - b.at!);
  const items = incidents.flatMap((incident) => incident.entry.actionItems);
  const filters: ReliabilityReport['filters'] = {
    services: options.services ?? [],
    severities: options.severities ?? [],
    categories: options.categories ?? [],
    repeatWindowDays,
  };
  // Absent rather than undefined, so the report is the same object before and after JSON.
  if (options.since !== undefined) filters.since = options.since;
  if (options.until !== undefined) filters.until = options.until;
  return {
    now: now.toISOString(),
    filters,
    severityScale: [...severityScale],
    choices: choicesOf(readable),
    reviewCount: incidents.length,
    undated: incidents.filter((incident) => incident.at === undefined).map(({ ref }) => plainRef(ref)),
    months: monthReports(dated, now, severityScale),
    totals: { ...responseMedians(incidents.map(({ ref }) => ref)), actions: actionRates(items, now) },
    repeats: options.knownRepeats ? withCurrentRefs(options.knownRepeats, incidents) : repeatGroups(dated, repeatWindowDays),
    owners: ownerLoads(items, now),
  };
}

/** The incident's time: when it started, else when it was detected. */
export function incidentTime(entry: Pick<ReviewEntry, 'times'>, zone?: string): number | undefined {
  return parseDateTime(entry.times.started, zone) ?? parseDateTime(entry.times.detected, zone);
}

/** The middle value, or the mean of the two middle ones; undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function actionRates(items: readonly IndexedActionItem[], now: Date): ActionRates {
  // IndexedActionItem has the `status`, `due` and `completed` actionStats reads, so the review view and this agree.
  const { inProgress, ...rates } = actionStats({ actionItems: items }, now);
  return { ...rates, open: rates.open + inProgress };
}

function passes(filters: ReliabilityFilters, zoneOf: ZoneOf): (entry: ReviewEntry) => boolean {
  const since = filters.since === undefined ? undefined : dayOrThrow(filters.since, 'since');
  const until = filters.until === undefined ? undefined : dayOrThrow(filters.until, 'until');
  const services = new Set((filters.services ?? []).map(normalize));
  return (entry) => {
    if (filters.severities?.length && !(entry.severity && filters.severities.includes(entry.severity))) return false;
    if (filters.categories?.length && !(entry.category && filters.categories.includes(entry.category))) return false;
    if (services.size && !entry.services.some((service) => services.has(normalize(service)))) return false;
    if (since === undefined && until === undefined) return true;
    // A review without a date cannot be placed in a range, so a range leaves it out.
    const at = incidentTime(entry, zoneOf(entry.uri));
    if (at === undefined) return false;
    const day = startOfUtcDay(at);
    return (since === undefined || day >= since) && (until === undefined || day <= until);
  };
}

function dayOrThrow(value: string, name: string): number {
  const day = parseDate(value);
  if (day === undefined) throw new RangeError(`${name} must be a date YYYY-MM-DD, got "${value}"`);
  return day;
}

function toIncident(entry: ReviewEntry, zone: string | undefined): Incident {
  const at = incidentTime(entry, zone);
  const ref: IncidentRef = { uri: entry.uri, title: entry.title };
  if (at !== undefined) ref.date = dayOf(at);
  if (entry.severity) ref.severity = entry.severity;
  // Entries from an older cache have none.
  if (entry.figures?.length) ref.figures = entry.figures;
  for (const key of RESPONSE_KEYS) {
    const ms = entry.metrics[key];
    // Times out of order (the timeline-order rule reports them) give negative durations, which would drag a median.
    if (ms !== undefined && ms >= 0) ref[key] = ms;
  }
  return { entry, at, ref };
}

function plainRef({ uri, title, date, severity }: IncidentRef): ReviewRef {
  const ref: ReviewRef = { uri, title };
  if (date !== undefined) ref.date = date;
  if (severity !== undefined) ref.severity = severity;
  return ref;
}

function monthReports(dated: readonly Incident[], now: Date, severityScale: readonly string[]): MonthReport[] {
  if (dated.length === 0) return [];
  const byMonth = new Map<string, Incident[]>();
  for (const incident of dated) {
    const month = monthOf(incident.at!);
    byMonth.set(month, [...(byMonth.get(month) ?? []), incident]);
  }
  return monthsBetween(monthOf(dated[0].at!), monthOf(dated[dated.length - 1].at!)).map((month) => {
    const inMonth = byMonth.get(month) ?? [];
    const incidents: MonthReport['incidents'] = { ...Object.fromEntries(severityScale.map((id) => [id, 0])), unrated: 0, total: inMonth.length };
    for (const { entry } of inMonth) incidents[entry.severity !== undefined && severityScale.includes(entry.severity) ? entry.severity : 'unrated']++;
    const refs = inMonth.map(({ ref }) => ref);
    return {
      month,
      incidents,
      ...responseMedians(refs),
      actions: actionRates(inMonth.flatMap(({ entry }) => entry.actionItems), now),
      reviews: refs,
    };
  });
}

function responseMedians(refs: readonly IncidentRef[]): Partial<Record<(typeof RESPONSE_KEYS)[number], MedianDuration>> {
  const medians: Partial<Record<(typeof RESPONSE_KEYS)[number], MedianDuration>> = {};
  for (const key of RESPONSE_KEYS) {
    const values = refs.flatMap((ref) => (ref[key] === undefined ? [] : [ref[key]]));
    const ms = median(values);
    if (ms !== undefined) medians[key] = { ms, count: values.length };
  }
  return medians;
}

/** YYYY-MM of an instant, UTC. */
function monthOf(ms: number): string {
  return dayOf(ms).slice(0, 7);
}

/** Every YYYY-MM from `first` to `last`, both included. */
function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number);
  for (let key = first; key <= last; key = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(key);
    if (++month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/**
 * Two incidents at most `windowDays` apart are repeats when they share a service and also a tag
 * or a contributing-factor category. Groups are the connected sets of such pairs.
 */
function repeatGroups(dated: readonly Incident[], windowDays: number): RepeatGroup[] {
  const parent = dated.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  /** For each incident with a partner: what it shares with its partners. */
  const shared = new Map<number, Shared>();
  const window = windowDays * DAY;
  // Normalized once: the loop below compares each incident with every other in its window.
  const labels = dated.map(({ entry }) => ({ services: normalizedSet(entry.services), tags: normalizedSet(entry.tags), factors: normalizedSet(entry.factorCategories) }));
  for (let i = 0; i < dated.length; i++) {
    // `dated` is sorted by time, so the partners of i are the next ones within the window.
    for (let j = i + 1; j < dated.length && dated[j].at! - dated[i].at! <= window; j++) {
      const services = common(labels[i].services, labels[j].services);
      if (services.length === 0) continue;
      const tags = common(labels[i].tags, labels[j].tags);
      const factors = common(labels[i].factors, labels[j].factors);
      if (tags.length + factors.length === 0) continue;
      parent[root(j)] = root(i);
      addShared(shared, i, services, tags, factors);
      addShared(shared, j, services, tags, factors);
    }
  }
  const members = new Map<number, number[]>();
  for (const i of shared.keys()) {
    const group = members.get(root(i));
    if (group) group.push(i);
    else members.set(root(i), [i]);
  }
  const groups = [...members.values()].map((indexes) => {
    indexes.sort((a, b) => a - b);
    const union = (pick: (s: Shared) => Set<string>) => new Set(indexes.flatMap((i) => [...pick(shared.get(i)!)]));
    const first = dated[indexes[0]];
    const last = dated[indexes[indexes.length - 1]];
    return {
      reviews: indexes.map((i) => plainRef(dated[i].ref)),
      // As first written in the oldest review that has it.
      services: spelled(union((s) => s.services), indexes.flatMap((i) => dated[i].entry.services)),
      tags: spelled(union((s) => s.tags), indexes.flatMap((i) => dated[i].entry.tags)),
      factorCategories: [...union((s) => s.factors)] as FishboneCategory[],
      spanDays: Math.floor((last.at! - first.at!) / DAY),
      latest: last.at!,
    };
  });
  return groups.sort((a, b) => b.latest - a.latest).map(({ latest: _, ...group }) => group);
}

/** Groups found earlier, each review ref as the incidents now say (a title may have changed since). */
function withCurrentRefs(groups: readonly RepeatGroup[], incidents: readonly Incident[]): RepeatGroup[] {
  const refs = new Map(incidents.map(({ ref }) => [ref.uri, ref]));
  return groups.map((group) => ({ ...group, reviews: group.reviews.map((review) => plainRef(refs.get(review.uri) ?? review)) }));
}

interface Shared {
  services: Set<string>;
  tags: Set<string>;
  factors: Set<string>;
}

function normalizedSet(values: readonly string[]): Set<string> {
  return new Set(values.map(normalize));
}

/** Values in both sets, in the order of `b`. */
function common(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  const both: string[] = [];
  for (const value of b) if (a.has(value)) both.push(value);
  return both;
}

/** Adds what incident `index` shares with one partner to what it shares with all of them. */
function addShared(shared: Map<number, Shared>, index: number, services: readonly string[], tags: readonly string[], factors: readonly string[]): void {
  let mine = shared.get(index);
  if (!mine) shared.set(index, (mine = { services: new Set(), tags: new Set(), factors: new Set() }));
  for (const s of services) mine.services.add(s);
  for (const t of tags) mine.tags.add(t);
  for (const f of factors) mine.factors.add(f);
}

/** Tags and services are free text: `Checkout ` and `checkout` name the same thing. */
function normalize(value: string): string {
  return value.trim().toLowerCase();
}

/** The first spelling in `written` of each normalized value in `keys`, in the order written. */
function spelled(keys: Set<string>, written: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const value of written) if (keys.has(normalize(value)) && !seen.has(normalize(value))) seen.set(normalize(value), value.trim());
  return [...seen.values()];
}

function ownerLoads(items: readonly IndexedActionItem[], now: Date): OwnerLoad[] {
  const loads = groupActions(items, 'owner', now).flatMap((group): OwnerLoad[] => {
    const open = group.items.filter((item) => item.status === 'open' || item.status === 'in-progress');
    if (open.length === 0) return [];
    const load: OwnerLoad = { open: open.length, overdue: open.filter((item) => isOverdue(item, now)).length };
    return [group.key === '' ? load : { owner: group.label, ...load }];
  });
  // Stable: owners with equal counts keep groupActions' alphabetical order.
  return loads.sort((a, b) => b.overdue - a.overdue || b.open - a.open);
}

function choicesOf(entries: readonly ReviewEntry[]): ReliabilityReport['choices'] {
  const services = spelled(new Set(entries.flatMap((entry) => entry.services.map(normalize))), entries.flatMap((entry) => entry.services));
  const categories = new Set(entries.flatMap((entry) => (entry.category ? [entry.category] : [])));
  return {
    services: services.sort((a, b) => a.localeCompare(b)),
    categories: [...categories].sort(),
  };
}
