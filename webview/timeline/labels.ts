// How kinds of events and lifecycle times look: codicon, colour class and words.
import type { EventKind, LifecycleKey } from '../../src/core/review';

export const KIND_ICONS: Record<EventKind, string> = {
  trigger: 'flame',
  detection: 'eye',
  escalation: 'megaphone',
  response: 'person',
  decision: 'lightbulb',
  mitigation: 'shield',
  communication: 'comment-discussion',
  resolution: 'pass-filled',
  note: 'note',
};

export const LIFECYCLE_LABELS: Record<LifecycleKey, string> = {
  started: 'Started',
  detected: 'Detected',
  acknowledged: 'Acknowledged',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
};

/** The span that ends at a lifecycle time, named the way responders say it. */
export const SPAN_NAMES: Partial<Record<LifecycleKey, string>> = {
  detected: 'time to detect',
  acknowledged: 'time to acknowledge',
  mitigated: 'time to mitigate',
  resolved: 'time to resolve',
};
