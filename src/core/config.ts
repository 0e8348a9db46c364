import { parse } from 'yaml';
import { isRecord } from './review';
import { readTrackerConfig, type TrackerConfig } from './trackers/tracker-config';
import type { SeverityOrOff } from './types';

/** The name of the workspace config file that both the CLI and the extension read. */
export const CONFIG_FILE_NAME = '.pirrc.yaml';

/** The sections a review must have unless the config says otherwise. */
export const DEFAULT_REQUIRED_SECTIONS: readonly string[] = [
  'summary', 'timeline', 'rootCause', 'contributingFactors', 'impact', 'response', 'lessonsLearned', 'actionItems',
];

/** What a config layer (file or editor settings) may set; every field optional. */
export interface PirConfig {
  /** Rule id -> severity, or `off`. */
  rules?: Record<string, SeverityOrOff>;
  requiredSections?: string[];
  /** Where "Create Issue" files an action item. */
  tracker?: TrackerConfig;
}

export interface ResolvedConfig {
  rules: Readonly<Record<string, SeverityOrOff>>;
  requiredSections: readonly string[];
  tracker?: TrackerConfig;
}

const SEVERITY_VALUES: readonly string[] = ['error', 'warning', 'info', 'hint', 'off'];

/** Merges layers in order: a later layer overrides an earlier one key by key. */
export function resolveConfig(...layers: (PirConfig | undefined)[]): ResolvedConfig {
  let rules: Record<string, SeverityOrOff> = {};
  let requiredSections = DEFAULT_REQUIRED_SECTIONS;
  let tracker: TrackerConfig | undefined;
  for (const layer of layers) {
    if (!layer) continue;
    rules = { ...rules, ...layer.rules };
    if (layer.requiredSections) requiredSections = layer.requiredSections;
    tracker = layer.tracker ?? tracker;
  }
  return { rules, requiredSections, ...(tracker ? { tracker } : {}) };
}

/** Reads a config file's text. Problems come back as messages; valid parts are kept. */
export function parseConfig(text: string, knownRules: readonly string[]): { config: PirConfig; errors: string[] } {
  const errors: string[] = [];
  let raw: unknown;
  try {
    raw = parse(text, { maxAliasCount: 100 }) ?? {};
  } catch (error) {
    return { config: {}, errors: [`not valid YAML: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (!isRecord(raw)) return { config: {}, errors: ['must be a mapping with `rules`, `requiredSections` and/or `tracker`'] };
  return { config: readConfig(raw, knownRules, errors), errors };
}

/** Validates an untrusted config object (from a file or editor settings). */
export function readConfig(raw: Record<string, unknown>, knownRules: readonly string[], errors: string[]): PirConfig {
  const config: PirConfig = {};
  for (const key of Object.keys(raw)) {
    if (key !== 'rules' && key !== 'requiredSections' && key !== 'tracker') errors.push(`unknown key \`${key}\``);
  }
  if (raw.rules !== undefined) {
    if (!isRecord(raw.rules)) {
      errors.push('`rules` must be a mapping of rule id to severity');
    } else {
      config.rules = {};
      for (const [id, severity] of Object.entries(raw.rules)) {
        if (!knownRules.includes(id)) errors.push(`unknown rule \`${id}\``);
        else if (typeof severity !== 'string' || !SEVERITY_VALUES.includes(severity)) {
          errors.push(`rule \`${id}\`: severity must be one of ${SEVERITY_VALUES.join(', ')}`);
        } else config.rules[id] = severity as SeverityOrOff;
      }
    }
  }
  if (raw.requiredSections !== undefined) {
    const sections = raw.requiredSections;
    if (Array.isArray(sections) && sections.every((s) => typeof s === 'string')) config.requiredSections = sections;
    else errors.push('`requiredSections` must be a list of section keys');
  }
  if (raw.tracker !== undefined) {
    const tracker = readTrackerConfig(raw.tracker, errors);
    if (tracker) config.tracker = tracker;
  }
  return config;
}
