// Event kinds and lifecycle times guessed from a timeline's wording. Both are offers for a
// person to check: the conversion report lists each one as inferred.
import { LIFECYCLE_KEYS, type EventKind, type Lifecycle, type LifecycleKey, type TimelineEvent } from '../review';

/**
 * Where a timeline says in so many words that the outage starts or ends, as many postmortems
 * mark it: "**<START OF OUTAGE>**", "(**outage starts**)", "Impact begins.", "Outage ends.".
 */
const OUTAGE_START = /\b(start of (the )?(outage|incident|impact)|(?<!\b(after|before|since|until) (the )?)(outage|incident|impact|downtime) (starts|started|begins|began))\b/i;
const OUTAGE_END = /\b(end of (the )?(outage|incident|impact)|(?<!\b(after|before|since|until) (the )?)(outage|incident|impact|downtime) (ends|ended|is over))\b/i;

// First match wins: "rolled back, service restored" is a resolution before it is a mitigation,
// and an entry that says the outage ends is its resolution whatever else it says.
const KIND_WORDS: [EventKind, RegExp][] = [
  ['resolution', OUTAGE_END],
  ['resolution', /\b(resolved|resolution|fully (restored|recovered)|back to normal|return(s|ed)? to normal|all clear|incident (is )?(closed|over)|fix(ed)? (is )?deployed|fix deployed|problem is fixed)\b/i],
  ['mitigation', /\b(mitigat\w*|roll(ed|s|ing)? ?back|revert(ed|s|ing)?|workaround|fail(ed)? ?over|restor(ed|es|ing)|recover(ed|s|ing)|disabled)\b/i],
  ['detection', /\b(alert(s|ed)? (fired|triggered)|alerted|detected|noticed|notices|first report(ed)?|reports? (the|that|an?) |received a report|monitoring (showed|flagged)|paged)\b/i],
  ['escalation', /\b(escalat\w*|pinged|pings|incident declared|declared an incident|on-?call (was )?(paged|pinged))\b/i],
  ['communication', /\b(status ?page|announce[sd]?|notified|mailing list|tweet(ed)?|email(ed)?|posted an update)\b/i],
  ['trigger', /\b(deploy(ed|s|ment)? (of|to)|merged|pushed|released|rolled out|config(uration)? change|upgrade[ds]?|started failing|went down|began)\b/i],
];

/** An event's kind from the wording of its first paragraph (what happened; the rest tells more). */
export function kindOf(text: string): EventKind | undefined {
  const lead = firstParagraph(text);
  return KIND_WORDS.find(([, pattern]) => pattern.test(lead))?.[0];
}

function firstParagraph(text: string): string {
  return text.split(/\n\s*\n/)[0];
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
 * left for a person). An entry that says the outage starts or ends gives that time. Otherwise
 * the start is the first trigger before the detection, else the timeline's first entry when it
 * comes before the detection: timelines usually open with what set it off (which may be a bug
 * written months before, hence the words first).
 */
export function inferLifecycle(events: readonly TimelineEvent[]): Lifecycle {
  const times: Lifecycle = {};
  const detection = events.find((event) => event.kind === 'detection');
  const beforeDetection = events.filter((event) => !detection || event.at < detection.at);
  const start = marked(events, OUTAGE_START) ?? beforeDetection.find((event) => event.kind === 'trigger') ?? (detection ? beforeDetection[0] : undefined);
  if (start) times.started = start.at;
  let floor = start?.at ?? '';
  const end = marked(events, OUTAGE_END);
  for (const key of LIFECYCLE_KEYS.filter((k) => k !== 'started')) {
    const { kinds, pick } = LIFECYCLE_FROM[key];
    const matching = events.filter((event) => event.kind && kinds.includes(event.kind) && event.at >= floor);
    const chosen = key === 'resolved' && end && end.at >= floor ? end : pick === 'first' ? matching[0] : matching[matching.length - 1];
    if (chosen) {
      times[key] = chosen.at;
      floor = chosen.at;
    }
  }
  return times;
}

/** The first event whose first paragraph has these words. */
function marked(events: readonly TimelineEvent[], words: RegExp): TimelineEvent | undefined {
  return events.find((event) => words.test(firstParagraph(event.text)));
}
