// What the records say about the review's lifecycle (`times`): detected at the first trigger or
// alert, acknowledged at the first acknowledgement, resolved at the last resolve. An empty field
// is filled; a set one is only reported when it differs (the CLI's --set-times overwrites it).
// Also: a change (commit, deployment, release) before the incident started may have caused it,
// so it is offered as a note or a trigger, for the user to choose.
import type { LifecycleKey } from '../review';
import { parseDateTime } from '../time';
import { utc } from './instant';
import type { Candidate, LifecycleSuggestion } from './types';
import { reviewTimes } from './window';

export function suggestLifecycle(reviewText: string, candidates: readonly Candidate[], timeZone?: string): LifecycleSuggestion[] {
  const times = reviewTimes(reviewText);
  const marking = (mark: Candidate['marks']): Candidate[] => candidates.filter((candidate) => candidate.marks === mark);
  const picks: [LifecycleKey, Candidate | undefined][] = [
    ['detected', first(marking('detected'))],
    ['acknowledged', first(marking('acknowledged'))],
    ['resolved', last(marking('resolved'))],
  ];
  return picks.flatMap(([key, candidate]) => {
    if (!candidate) return [];
    const current = times[key];
    const currentMs = parseDateTime(current, timeZone);
    const action = current === undefined ? 'fill' : currentMs === candidate.ms ? 'same' : 'differs';
    const suggestion: LifecycleSuggestion = { key, value: utc(candidate.ms), action, origin: candidate.origin };
    if (current !== undefined) suggestion.current = current;
    return [suggestion];
  });
}

/** Copies of `candidates` where changes before `times.started` (read in `timeZone` without an offset) are offered as a note or a trigger. */
export function offerChangeKinds(reviewText: string, candidates: readonly Candidate[], timeZone?: string): Candidate[] {
  const started = parseDateTime(reviewTimes(reviewText).started, timeZone);
  return candidates.map((candidate) =>
    started !== undefined && (candidate.from === 'git' || candidate.from === 'github') && candidate.ms < started
      ? { ...candidate, kind: 'note', kindChoices: ['note', 'trigger'] }
      : candidate,
  );
}

function first(list: readonly Candidate[]): Candidate | undefined {
  return list.reduce<Candidate | undefined>((best, candidate) => (best && best.ms <= candidate.ms ? best : candidate), undefined);
}

function last(list: readonly Candidate[]): Candidate | undefined {
  return list.reduce<Candidate | undefined>((best, candidate) => (best && best.ms >= candidate.ms ? best : candidate), undefined);
}
