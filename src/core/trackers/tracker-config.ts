// `tracker:` in .pirrc.yaml: where the team files its issues, so "Create Issue" can open the
// tracker's new-issue page prefilled. No token is needed: the browser's session does the rest.
import { isRecord } from '../review';

export const TRACKER_KINDS = ['github', 'gitlab', 'jira'] as const;
export type TrackerKind = (typeof TRACKER_KINDS)[number];

export interface TrackerConfig {
  kind: TrackerKind;
  /** GitHub / GitLab: the project's web address (https://github.com/org/repo). Jira: the site (https://acme.atlassian.net). */
  url: string;
  /** Jira only, required there: the numeric project id its create screen takes. */
  project?: string;
  /** Jira only, required there: the numeric issue type id (e.g. of "Task"). */
  issueType?: string;
}

/** Validates `tracker:` from a config file; problems are pushed to `errors` and give undefined. */
export function readTrackerConfig(raw: unknown, errors: string[]): TrackerConfig | undefined {
  if (!isRecord(raw)) {
    errors.push('`tracker` must be a mapping with `kind` and `url`');
    return undefined;
  }
  const before = errors.length;
  for (const key of Object.keys(raw)) if (!['kind', 'url', 'project', 'issueType'].includes(key)) errors.push(`\`tracker\`: unknown key \`${key}\``);
  const kind = TRACKER_KINDS.find((k) => k === raw.kind);
  if (!kind) errors.push(`\`tracker.kind\` must be one of ${TRACKER_KINDS.join(', ')}`);
  const url = typeof raw.url === 'string' ? raw.url.trim().replace(/\/+$/, '') : undefined;
  if (!url || !isWebAddress(url)) errors.push('`tracker.url` must be an http(s) address');
  const project = idOf(raw.project);
  const issueType = idOf(raw.issueType);
  if (kind === 'jira') {
    // Jira's create screen takes ids, not keys or names: the project's id and the issue type's.
    if (!project) errors.push('`tracker.project` must be the Jira project\'s numeric id');
    if (!issueType) errors.push('`tracker.issueType` must be the numeric id of a Jira issue type (e.g. Task)');
  } else if (raw.project !== undefined || raw.issueType !== undefined) {
    errors.push('`tracker.project` and `tracker.issueType` are for Jira only');
  }
  if (errors.length > before || !kind || !url) return undefined;
  return { kind, url, ...(kind === 'jira' ? { project, issueType } : {}) };
}

function isWebAddress(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** A numeric id, written as a number or a string. */
function idOf(value: unknown): string | undefined {
  const text = typeof value === 'number' || typeof value === 'string' ? String(value).trim() : '';
  return /^\d+$/.test(text) ? text : undefined;
}
