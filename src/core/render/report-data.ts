// The review as the report shows it. The preview renders while the author types, so the value
// may not have passed the schema: every field is read through a guard, and a field of the wrong
// type is left out rather than shown as "[object Object]". Enum fields stay free text (escaped
// by the renderers), so a half-typed severity is still visible.
import { fiveWhysChains } from '../analysis';
import type { ResolvedConfig } from '../config';
import { actionStatusOf, isClosed } from '../action-items';
import { FISHBONE_CATEGORIES, isRecord, LIFECYCLE_KEYS, recordsOf, stringOf, type LifecycleKey } from '../review';

export const RESPONSE_ASPECTS = ['detection', 'escalation', 'communication', 'coordination', 'tooling'] as const;
export type ResponseAspect = (typeof RESPONSE_ASPECTS)[number];

export const IMPACT_MEASURES = ['usersAffected', 'downtimeMinutes', 'slaBreached', 'supportTickets', 'revenueImpact'] as const;
export type ImpactMeasure = (typeof IMPACT_MEASURES)[number];

/** A list entry with its index in the review, so a renderer can point back at its source line. */
export type Indexed<T> = T & { index: number };

export interface ReportEvent {
  at?: string;
  kind?: string;
  text?: string;
  actor?: string;
  source?: string;
}

export interface ReportCause {
  category: string;
  text: string;
}

export interface ReportAction {
  id?: string;
  title?: string;
  type?: string;
  owner?: string;
  priority?: string;
  due?: string;
  status?: string;
  completed?: string;
  outcome?: string;
  tracker?: string;
  /** The `dependsOn` entries as written. */
  dependsOn?: string[];
  /**
   * The open items of this review that this open item waits for. A single-review export cannot
   * see other reviews: their references are in `dependsOn` only (the workspace views resolve them).
   */
  blockedBy?: string[];
}

export interface ReportReference {
  title?: string;
  url?: string;
  kind?: string;
}

export interface ReportData {
  id?: string;
  title?: string;
  severity?: string;
  status?: string;
  category?: string;
  services: string[];
  tags: string[];
  authors: string[];
  participants: { name: string; role?: string }[];
  times: Partial<Record<LifecycleKey, string>>;
  reviewed?: string;
  summary?: string;
  rootCause?: string;
  timeline: Indexed<ReportEvent>[];
  /** Every 5-Whys chain that says something, in document order. */
  fiveWhys: { problem?: string; whys: string[] }[];
  /** `categories`: the bones in order, the team's (.pirrc.yaml) or the format's. */
  fishbone: { effect?: string; causes: ReportCause[]; categories: readonly string[] };
  contributingFactors: { text: string; category?: string }[];
  impact: { description?: string; figures: ReportFigure[] } & Partial<Record<ImpactMeasure, number | boolean>>;
  response: Partial<Record<ResponseAspect, string>>;
  wentWell: string[];
  lessonsLearned: string[];
  actionItems: Indexed<ReportAction>[];
  references: Indexed<ReportReference>[];
  /** The team's own sections (`sections` in .pirrc.yaml) that have text, in the config's order. */
  customSections: { key: string; title: string; text: string }[];
  /** Top-level `x-` keys, shown at the end under their key unless the config hides them. */
  extensions: { key: string; value: unknown }[];
  clock: ReportClock;
}

/** A figure the team measured (`impact.figures`). */
export interface ReportFigure {
  label: string;
  value: string;
  unit?: string;
}

/** Which zones the report reads and shows times in. */
export interface ReportClock {
  /** The team's `timeZone`: times without an offset are read in it. */
  read?: string;
  /** The zone times are shown in; UTC when absent. */
  show?: string;
  /** A second zone shown beside the first (the team's, in a panel). */
  also?: string;
}

/** What of the team's config a report follows. */
export type ReportConfig = Pick<ResolvedConfig, 'timeZone' | 'exportTimeZone' | 'sections' | 'exportExtensions'> & Partial<Pick<ResolvedConfig, 'categories'>>;

export interface ReportOptions {
  config?: ReportConfig;
  /** An export shows times in `exportTimeZone` (else UTC); a panel shows UTC and the team's zone. */
  purpose?: 'export' | 'panel';
}

/** A string with something in it; blank text (as in a fresh template) counts as absent. */
function text(value: unknown): string | undefined {
  const s = stringOf(value);
  return s !== undefined && s.trim() !== '' ? s : undefined;
}

function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.flatMap((v) => text(v) ?? []) : [];
}

/** The named string fields of a record, leaving out blank and mistyped ones. */
function pick<K extends string>(record: Record<string, unknown>, keys: readonly K[]): Partial<Record<K, string>> {
  const result: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = text(record[key]);
    if (value !== undefined) result[key] = value;
  }
  return result;
}

const record = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});

export function reportData(value: unknown, options: ReportOptions = {}): ReportData {
  const review = record(value);
  const { config, purpose = 'export' } = options;
  const analysis = record(review.analysis);
  const fishbone = record(analysis.fishbone);
  const impact = record(review.impact);
  const measures: Partial<Record<ImpactMeasure, number | boolean>> = {};
  for (const key of IMPACT_MEASURES) {
    const measure = impact[key];
    if ((typeof measure === 'number' && Number.isFinite(measure)) || typeof measure === 'boolean') measures[key] = measure;
  }
  return {
    ...pick(review, ['id', 'title', 'severity', 'status', 'category', 'reviewed', 'summary', 'rootCause'] as const),
    services: texts(review.services),
    tags: texts(review.tags),
    authors: texts(review.authors),
    participants: recordsOf(review.participants).flatMap(({ record: p }) => {
      const name = text(p.name);
      return name ? [{ name, ...pick(p, ['role'] as const) }] : [];
    }),
    times: pick(record(review.times), LIFECYCLE_KEYS),
    timeline: recordsOf(review.timeline).map(({ record: e, index }) => ({ ...pick(e, ['at', 'kind', 'text', 'actor', 'source'] as const), index })),
    fiveWhys: fiveWhysChains(review).flatMap((chain) => {
      const problem = text(chain.problem);
      const whys = texts(chain.whys);
      return problem || whys.length ? [{ ...(problem ? { problem } : {}), whys }] : [];
    }),
    fishbone: {
      ...pick(fishbone, ['effect'] as const),
      categories: config?.categories?.map((entry) => entry.id) ?? FISHBONE_CATEGORIES,
      causes: recordsOf(fishbone.causes).flatMap(({ record: c }) => {
        const cause = pick(c, ['category', 'text'] as const);
        return cause.text ? [{ category: cause.category ?? 'uncategorized', text: cause.text }] : [];
      }),
    },
    contributingFactors: recordsOf(review.contributingFactors).flatMap(({ record: f }) => {
      const factor = pick(f, ['text', 'category'] as const);
      return factor.text ? [{ ...factor, text: factor.text }] : [];
    }),
    impact: { ...pick(impact, ['description'] as const), ...measures, figures: figures(impact.figures) },
    response: pick(record(review.response), RESPONSE_ASPECTS),
    wentWell: texts(review.wentWell),
    lessonsLearned: texts(review.lessonsLearned),
    actionItems: reportActions(review.actionItems),
    references: recordsOf(review.references).map(({ record: r, index }) => ({ ...pick(r, ['title', 'url', 'kind'] as const), index })),
    customSections: (config?.sections ?? []).flatMap(({ key, title }) => {
      const body = text(review[key]);
      return body ? [{ key, title, text: body }] : [];
    }),
    extensions: config?.exportExtensions === false ? [] : Object.entries(review).filter(([key, v]) => key.startsWith('x-') && v != null).map(([key, v]) => ({ key, value: v })),
    clock: purpose === 'panel'
      ? { read: config?.timeZone, also: config?.timeZone }
      : { read: config?.timeZone, show: config?.exportTimeZone },
  };
}

/** The figures with a label and a value; a number is shown as written in the review's locale-free form, grouped. */
function figures(value: unknown): ReportFigure[] {
  return recordsOf(value).flatMap(({ record: f }) => {
    const label = text(f.label);
    const raw = f.value;
    const shown = typeof raw === 'number' && Number.isFinite(raw) ? raw.toLocaleString('en-US') : text(raw);
    if (!label || shown === undefined) return [];
    const unit = text(f.unit);
    return [{ label, value: shown, ...(unit ? { unit } : {}) }];
  });
}

function reportActions(list: unknown): Indexed<ReportAction>[] {
  const items = recordsOf(list);
  const open = new Set(items.flatMap(({ record }) => (typeof record.id === 'string' && !isClosed(actionStatusOf(record.status)) ? [record.id] : [])));
  return items.map(({ record: a, index }) => {
    const dependsOn = texts(a.dependsOn);
    const blockedBy = isClosed(actionStatusOf(a.status)) ? [] : dependsOn.filter((ref) => open.has(ref));
    return {
      ...pick(a, ['id', 'title', 'type', 'owner', 'priority', 'due', 'status', 'completed', 'outcome', 'tracker'] as const),
      ...(dependsOn.length ? { dependsOn } : {}),
      ...(blockedBy.length ? { blockedBy } : {}),
      index,
    };
  });
}
