// Event kinds and lifecycle times guessed from a timeline's wording. Both are offers for a
// person to check: the conversion report lists each one as inferred.
import { LIFECYCLE_KEYS, type EventKind, type Lifecycle, type LifecycleKey, type TimelineEvent } from '../review';

// First match wins: "rolled back, service restored" is a resolution before it is a mitigation.
const KIND_WORDS: [EventKind, RegExp][] = [
  ['resolution', /\b(resolved|resolution|fully (restored|recovered)|back to normal|return(s|ed)? to normal|all clear|incident (is )?(closed|over)|fix(ed)? (is )?deployed|fix deployed|problem is fixed)\b/i],
  ['mitigation', /\b(mitigat\w*|roll(ed|s|ing)? ?back|revert(ed|s|ing)?|workaround|fail(ed)? ?over|restor(ed|es|ing)|recover(ed|s|ing)|disabled)\b/i],
  ['detection', /\b(alert(s|ed)? (fired|triggered)|alerted|detected|noticed|notices|first report(ed)?|reports? (the|that|an?) |received a report|monitoring (showed|flagged)|paged)\b/i],
  ['escalation', /\b(escalat\w*|pinged|pings|incident declared|declared an incident|on-?call (was )?(paged|pinged))\b/i],
  ['communication', /\b(status ?page|announce[sd]?|notified|mailing list|tweet(ed)?|email(ed)?|posted an update)\b/i],
  ['trigger', /\b(deploy(ed|s|ment)? (of|to)|merged|pushed|released|rolled out|config(uration)? change|upgrade[ds]?|started failing|went down|began)\b/i],
];

/** An event's kind from the wording of its first paragraph (what happened; the rest tells more). */
export function kindOf(text: string): EventKind | undefined {
  const lead = text.split(/\n\s*\n/)[0];
  return KIND_WORDS.find(([, pattern]) => pattern.test(lead))?.[0];
}

/** Which kind of event marks each lifecycle time, and whether the first or last such event does. */
const LIFECYCLE_FROM: Record<Exclude<LifecycleKey, 'started'>, { kinds: EventKind[]; pick: 'first' | 'last' }> = {
  detected: { kinds: ['detection'], pick: 'first' },
  acknowledged: { kinds: ['escalation'], pick: 'first' },
  mitigated: { kinds: ['mitigation'], pick: 'first' },
  resolved: { kinds: ['resolution'], pick: 'last' },
};

/**
 * The lifecycle times the events' kinds suggest, keeping only those that respect the order
 * started ≤ detected ≤ acknowledged ≤ mitigated ≤ resolved (a later one that would break it is
 * left for a person). The start is the first trigger before the detection, else the timeline's
 * first entry when it comes before the detection: timelines usually open with what set it off.
 */
export function inferLifecycle(events: readonly TimelineEvent[]): Lifecycle {
  const times: Lifecycle = {};
  const detection = events.find((event) => event.kind === 'detection');
  const beforeDetection = events.filter((event) => !detection || event.at < detection.at);
  const start = beforeDetection.find((event) => event.kind === 'trigger') ?? (detection ? beforeDetection[0] : undefined);
  if (start) times.started = start.at;
  let floor = start?.at ?? '';
  for (const key of LIFECYCLE_KEYS.filter((k) => k !== 'started')) {
    const { kinds, pick } = LIFECYCLE_FROM[key];
    const matching = events.filter((event) => event.kind && kinds.includes(event.kind) && event.at >= floor);
    const chosen = pick === 'first' ? matching[0] : matching[matching.length - 1];
    if (chosen) {
      times[key] = chosen.at;
      floor = chosen.at;
    }
  }
  return times;
}
