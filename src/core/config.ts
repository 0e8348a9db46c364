import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { ACTION_TYPES, EVENT_KINDS, FISHBONE_CATEGORIES, isRecord, LIFECYCLE_EVENT_KINDS, SEVERITIES } from './review';
import { reviewSchema } from './schema';
import { isTimeZone } from './time';
import { readTrackerConfig, type TrackerConfig } from './trackers/tracker-config';
import type { SeverityOrOff } from './types';

/** The name of the workspace config file that both the CLI and the extension read. */
export const CONFIG_FILE_NAME = '.pirrc.yaml';

/** The sections a review must have unless the config says otherwise. */
export const DEFAULT_REQUIRED_SECTIONS: readonly string[] = [
  'summary', 'timeline', 'rootCause', 'contributingFactors', 'impact', 'response', 'lessonsLearned', 'actionItems',
];

/** One value of a team scale (severity, action type, category, timeline kind) and what it means. */
export interface ScaleEntry {
  id: string;
  description?: string;
}

/** A team's own top-level section: Markdown under `key`, shown under `title`. */
export interface SectionSpec {
  key: string;
  title: string;
  description?: string;
}

/** The scales a team may replace, with the review key each one governs. */
export const SCALE_KEYS = ['severities', 'actionTypes', 'categories', 'timelineKinds'] as const;
export type ScaleKey = (typeof SCALE_KEYS)[number];

/** What a config layer (file or editor settings) may set; every field optional. */
export interface PirConfig {
  /** Rule id -> severity, or `off`. */
  rules?: Record<string, SeverityOrOff>;
  requiredSections?: string[];
  /** Id of a new review, e.g. `PIR-YYYY-NNN` (see src/core/review-id.ts). */
  idFormat?: string;
  /** Where a rule's documentation is: a URL or path; `{rule}` stands for the rule id. */
  rulesUrl?: string;
  /** IANA zone in which times written without an offset are read. */
  timeZone?: string;
  /** IANA zone the exports show times in; UTC when unset. */
  exportTimeZone?: string;
  severities?: ScaleEntry[];
  actionTypes?: ScaleEntry[];
  categories?: ScaleEntry[];
  timelineKinds?: ScaleEntry[];
  sections?: SectionSpec[];
  /** Whether exports show `x-` keys (at the end, under their key). */
  exportExtensions?: boolean;
  /** Where "Create Issue" files an action item. */
  tracker?: TrackerConfig;
}

export interface ResolvedConfig {
  rules: Readonly<Record<string, SeverityOrOff>>;
  requiredSections: readonly string[];
  idFormat: string;
  /** Unset: the rule documentation that ships with the extension or CLI. */
  rulesUrl?: string;
  timeZone?: string;
  exportTimeZone?: string;
  /** Most severe first. */
  severities: readonly ScaleEntry[];
  actionTypes: readonly ScaleEntry[];
  categories: readonly ScaleEntry[];
  timelineKinds: readonly ScaleEntry[];
  sections: readonly SectionSpec[];
  exportExtensions: boolean;
  tracker?: TrackerConfig;
}

const SEVERITY_VALUES: readonly string[] = ['error', 'warning', 'info', 'hint', 'off'];
/** A new review's id: the prefix, the incident's year, a number counting up within the workspace. */
export const DEFAULT_ID_FORMAT = 'PIR-YYYY-NNN';

const scale = (ids: readonly string[]): ScaleEntry[] => ids.map((id) => ({ id }));

/** The format's own scales: what a team that sets nothing gets. */
export const DEFAULT_SCALES: Readonly<Record<ScaleKey, readonly ScaleEntry[]>> = {
  severities: scale(SEVERITIES),
  actionTypes: scale(ACTION_TYPES),
  categories: scale(FISHBONE_CATEGORIES),
  timelineKinds: scale(EVENT_KINDS),
};

/** Merges layers in order: a later layer overrides an earlier one key by key. */
export function resolveConfig(...layers: (PirConfig | undefined)[]): ResolvedConfig {
  const resolved: ResolvedConfig = {
    rules: {}, requiredSections: DEFAULT_REQUIRED_SECTIONS, idFormat: DEFAULT_ID_FORMAT, ...DEFAULT_SCALES, sections: [], exportExtensions: true,
  };
  for (const layer of layers) {
    if (!layer) continue;
    const { rules, ...rest } = layer;
    Object.assign(resolved, Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)));
    resolved.rules = { ...resolved.rules, ...rules };
  }
  // The lifecycle kinds stay: the timeline panel and the metrics read them.
  const kinds = resolved.timelineKinds;
  const missing = LIFECYCLE_EVENT_KINDS.filter((kind) => !kinds.some((entry) => entry.id === kind));
  if (missing.length) resolved.timelineKinds = [...kinds, ...scale(missing)];
  return resolved;
}

/** A problem in a config file, with the 1-based line it is on when the file gives one. */
export interface ConfigProblem {
  message: string;
  line?: number;
}

/** Reads a config file's text. Problems come back as messages ("line 4: …"); valid parts are kept. */
export function parseConfig(text: string, knownRules: readonly string[]): { config: PirConfig; errors: string[]; problems: ConfigProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const problems: ConfigProblem[] = [];
  // In file order, as a reader goes through them.
  const done = (config: PirConfig) => (problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)), { config, problems, errors: problems.map((p) => (p.line ? `line ${p.line}: ${p.message}` : p.message)) });
  if (doc.errors.length) {
    const [error] = doc.errors;
    problems.push({ message: `not valid YAML: ${error.message.split('\n')[0]}`, line: error.linePos?.[0].line });
    return done({});
  }
  const raw: unknown = doc.toJS({ maxAliasCount: 100 }) ?? {};
  if (!isRecord(raw)) {
    problems.push({ message: 'must be a mapping of settings such as `rules` and `requiredSections`', line: 1 });
    return done({});
  }
  const lineOf = (path: ConfigPath): number | undefined => {
    // The entry's own node, or failing that its key's, or the nearest enclosing one.
    for (let length = path.length; length > 0; length--) {
      const node = doc.getIn(path.slice(0, length), true) as Node | undefined;
      const range = node && (isScalar(node) || isMap(node) || 'range' in node) ? node.range : undefined;
      if (range) return lineCounter.linePos(range[0]).line;
    }
    return undefined;
  };
  const config = readConfig(raw, knownRules, [], (path, message) => problems.push({ message, line: lineOf(path) }));
  return done(config);
}

type ConfigPath = readonly (string | number)[];

/**
 * Validates an untrusted config object (from a file or editor settings). Each problem goes to
 * `errors` as a message and, when given, to `report` with the path it is about.
 */
export function readConfig(
  raw: Record<string, unknown>,
  knownRules: readonly string[],
  errors: string[],
  report: (path: ConfigPath, message: string) => void = (_path, message) => errors.push(message),
): PirConfig {
  const config: PirConfig = {};
  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.includes(key)) report([key], `unknown key \`${key}\`; known keys: ${KNOWN_KEYS.join(', ')}`);
  }
  if (raw.rules !== undefined) {
    if (!isRecord(raw.rules)) {
      report(['rules'], '`rules` must be a mapping of rule id to severity');
    } else {
      config.rules = {};
      for (const [id, severity] of Object.entries(raw.rules)) {
        if (!knownRules.includes(id)) report(['rules', id], `unknown rule \`${id}\``);
        else if (typeof severity !== 'string' || !SEVERITY_VALUES.includes(severity)) {
          report(['rules', id], `rule \`${id}\`: severity must be one of ${SEVERITY_VALUES.join(', ')}`);
        } else config.rules[id] = severity as SeverityOrOff;
      }
    }
  }
  if (raw.requiredSections !== undefined) {
    const sections = raw.requiredSections;
    if (Array.isArray(sections) && sections.every((s) => typeof s === 'string')) config.requiredSections = sections;
    else report(['requiredSections'], '`requiredSections` must be a list of section keys');
  }
  for (const key of ['timeZone', 'exportTimeZone'] as const) {
    const zone = raw[key];
    if (zone === undefined) continue;
    if (typeof zone === 'string' && isTimeZone(zone)) config[key] = zone;
    else report([key], `\`${key}\` must be an IANA time zone name such as Europe/Berlin or America/Los_Angeles, got ${JSON.stringify(zone)}`);
  }
  for (const key of SCALE_KEYS) {
    if (raw[key] !== undefined) config[key] = readScale(key, raw[key], report);
  }
  if (raw.sections !== undefined) config.sections = readSections(raw.sections, report);
  if (raw.exportExtensions !== undefined) {
    if (typeof raw.exportExtensions === 'boolean') config.exportExtensions = raw.exportExtensions;
    else report(['exportExtensions'], '`exportExtensions` must be true or false');
  }
  for (const key of ['idFormat', 'rulesUrl'] as const) {
    const value = raw[key];
    if (value === undefined) continue;
    if (typeof value !== 'string' || !value.trim()) report([key], `\`${key}\` must be a non-empty string`);
    else if (key === 'idFormat' && !value.includes('N')) report([key], '`idFormat` needs NNN where the review number goes, e.g. PIR-YYYY-NNN');
    else config[key] = value.trim();
  }
  if (raw.tracker !== undefined) {
    const trackerErrors: string[] = [];
    const tracker = readTrackerConfig(raw.tracker, trackerErrors);
    for (const message of trackerErrors) report(['tracker'], message);
    if (tracker) config.tracker = tracker;
  }
  return config;
}

const KNOWN_KEYS: readonly string[] = [
  'rules', 'requiredSections', 'idFormat', 'rulesUrl', 'timeZone', 'exportTimeZone', ...SCALE_KEYS, 'sections', 'exportExtensions', 'tracker',
];

/** Ids a scale entry may have: what YAML keeps a plain scalar and a person can type. */
const SCALE_ID = /^[\w][\w.-]*$/;

function readScale(key: ScaleKey, raw: unknown, report: (path: ConfigPath, message: string) => void): ScaleEntry[] | undefined {
  const shape = `a list whose entries are an id (like P0) or {id, description}`;
  if (!Array.isArray(raw) || raw.length === 0) {
    report([key], `\`${key}\` must be ${shape}, with at least one entry`);
    return undefined;
  }
  const entries: ScaleEntry[] = [];
  raw.forEach((item: unknown, index) => {
    const entry = typeof item === 'string' || typeof item === 'number' ? { id: String(item) } : isRecord(item) ? item : undefined;
    const id = entry && (typeof entry.id === 'string' || typeof entry.id === 'number') ? String(entry.id) : undefined;
    const description = entry?.description;
    if (!entry || id === undefined || !SCALE_ID.test(id)) {
      report([key, index], `\`${key}[${index}]\` must be an id of letters, digits, \`-\`, \`_\` or \`.\`, or {id, description}`);
    } else if (description !== undefined && typeof description !== 'string') {
      report([key, index, 'description'], `\`${key}[${index}].description\` must be text`);
    } else if (Object.keys(entry).some((k) => k !== 'id' && k !== 'description')) {
      report([key, index], `\`${key}[${index}]\` may only have \`id\` and \`description\``);
    } else if (entries.some((e) => e.id === id)) {
      report([key, index], `\`${key}[${index}]\`: \`${id}\` is listed twice`);
    } else entries.push(description === undefined ? { id } : { id, description });
  });
  return entries.length ? entries : undefined;
}

/** What a custom section's key may be: a plain key that is neither the format's nor an `x-` key. */
const SECTION_KEY = /^[A-Za-z][\w-]*$/;

function readSections(raw: unknown, report: (path: ConfigPath, message: string) => void): SectionSpec[] | undefined {
  if (!Array.isArray(raw)) {
    report(['sections'], '`sections` must be a list of {key, title, description}');
    return undefined;
  }
  const sections: SectionSpec[] = [];
  raw.forEach((item: unknown, index) => {
    const at = `\`sections[${index}]\``;
    if (!isRecord(item) || typeof item.key !== 'string' || typeof item.title !== 'string' || !item.title.trim()) {
      report(['sections', index], `${at} must be a mapping with a \`key\` and a \`title\``);
    } else if (!SECTION_KEY.test(item.key) || item.key.startsWith('x-') || Object.hasOwn(reviewSchema.properties ?? {}, item.key)) {
      report(['sections', index, 'key'], `${at}: \`${item.key}\` cannot be a section key; use letters, digits and \`-\`, and not a key the format already has`);
    } else if (item.description !== undefined && typeof item.description !== 'string') {
      report(['sections', index, 'description'], `${at}.description must be text`);
    } else if (Object.keys(item).some((k) => !['key', 'title', 'description'].includes(k))) {
      report(['sections', index], `${at} may only have \`key\`, \`title\` and \`description\``);
    } else if (sections.some((s) => s.key === item.key)) {
      report(['sections', index, 'key'], `${at}: \`${item.key}\` is listed twice`);
    } else sections.push({ key: item.key, title: item.title, ...(typeof item.description === 'string' ? { description: item.description } : {}) });
  });
  return sections;
}

