// What each enum value means, for completion lists, hovers and the severity picker. The schema
// describes a property as a whole; these say what choosing one value says about the incident.
import type { ResolvedConfig, ScaleKey } from './config';
import type { ActionStatus, ReviewStatus } from './review';
import type { Path } from './types';

export const SEVERITY_MEANINGS: Readonly<Record<string, string>> = {
  P1: 'Critical: full outage or data loss',
  P2: 'Major: significant degradation',
  P3: 'Minor: limited impact',
  P4: 'Low: no customer impact',
};

const STATUS_MEANINGS: Readonly<Record<ReviewStatus, string>> = {
  draft: 'Being written',
  'in-review': 'The team is discussing it',
  final: 'Agreed by the team',
};

const ACTION_TYPE_MEANINGS: Readonly<Record<string, string>> = {
  corrective: 'Fixes what broke',
  preventive: 'Stops it from happening again',
};

const ACTION_STATUS_MEANINGS: Readonly<Record<ActionStatus, string>> = {
  open: 'Not started',
  'in-progress': 'Someone is working on it',
  done: 'Finished',
  'wont-do': 'Decided against, with the reason in `outcome`',
};

const EVENT_KIND_MEANINGS: Readonly<Record<string, string>> = {
  trigger: 'What set the incident off',
  detection: 'An alert fired or someone noticed',
  escalation: 'More people or teams were brought in',
  response: 'A step taken to understand or fix the problem',
  decision: 'A choice the responders made, and why',
  mitigation: 'Customer impact reduced or stopped',
  communication: 'An update to customers or stakeholders',
  resolution: 'The incident was fully resolved',
  note: 'Anything else worth recording',
};

/** Meanings by the last key of the path whose values they describe. */
const BY_KEY: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  severity: SEVERITY_MEANINGS,
  priority: SEVERITY_MEANINGS,
  status: STATUS_MEANINGS,
  type: ACTION_TYPE_MEANINGS,
  kind: EVENT_KIND_MEANINGS,
};

/**
 * The meaning of `value` for the key `path` ends in; `status` of an action item differs from a
 * review's. A team's scale entry with a description (in `config`) says what its value means.
 */
export function valueMeaning(path: Path, value: string, config?: ResolvedConfig): string | undefined {
  const key = path.at(-1);
  if (typeof key !== 'string') return undefined;
  const scale = scaleAt(path);
  const entry = scale && config?.[scale].find((e) => e.id === value);
  if (entry?.description) return entry.description;
  const meanings: Readonly<Record<string, string>> | undefined =
    key === 'status' && path[0] === 'actionItems' ? ACTION_STATUS_MEANINGS : BY_KEY[key];
  return meanings?.[value];
}

/** Which team scale governs the value at `path`, if any. */
export function scaleAt(path: Path): ScaleKey | undefined {
  const key = path.at(-1);
  if (path.length === 1 && key === 'severity') return 'severities';
  if (path[0] === 'actionItems' && key === 'type') return 'actionTypes';
  if (path[0] === 'timeline' && key === 'kind') return 'timelineKinds';
  if (key === 'category' && (path[0] === 'contributingFactors' || path[1] === 'fishbone')) return 'categories';
  return undefined;
}
