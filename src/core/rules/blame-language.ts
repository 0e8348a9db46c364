import type { ParsedReview } from '../parse';
import { arrayOf, isRecord, recordsOf } from '../review';
import type { Rule, RuleFinding } from '../rule';
import type { Path, Range } from '../types';

// Blameless reviews describe what in the system made an action possible, not who to blame.
// The rule looks for a few phrases that judge people in every free-text string of the review,
// and for a person's name in the root cause. It is a nudge (info), so it stays simple, but it
// must not nag about systems (test/fixtures/blame-language/corpus.yaml measures that):
// - "failed to" and "forgot" only count with a person as their subject (a pronoun, a role word,
//   or a name from `participants`): "the health check failed to fire" is fine.
// - "should have" only counts as hindsight about people: followed by a past participle ("should
//   have checked", not "should have clear owners"), and with a person as the subject of its
//   clause, no subject at all, or in the passive ("should have been checked"), unless the
//   clause says a system was to act ("the alert should have fired", "should have been
//   automatically corrected").
// - "X's fault" and "at fault" only count for a person (a pronoun, role word, capitalised name).
// - names count only in `rootCause` and the last of the 5 whys, where a name means "the cause was a person".
//   Only `participants` are people: a timeline `actor` may be a system (flag-service, Patroni),
//   and naming systems in the root cause is exactly what a blameless review should do.

/** Keys whose values are identifiers, enums, dates, names or links, not prose. */
const NOT_PROSE = new Set([
  'pir', 'id', 'severity', 'status', 'category', 'services', 'tags', 'authors', 'participants', 'times', 'reviewed',
  'at', 'kind', 'actor', 'source', 'owner', 'priority', 'due', 'type', 'tracker', 'url',
]);

/**
 * A blaming phrase and how to say it blamelessly. Every pattern is global (all matches). `hint` is
 * lowercase text every match contains: strings without it skip the regex, which keeps huge reviews fast.
 * `blames`, when set, decides from the text around a match whether it is about people.
 */
interface Phrase {
  hint: string;
  pattern: RegExp;
  advice: string;
  blames?: (text: string, match: RegExpExecArray, people: RegExp) => boolean;
}

/** Words that name or stand for people: as a subject they make a phrase about a person. */
const PERSON_WORDS = [
  'he', 'she', 'they', 'we', 'i', 'you', 'us', 'who', 'whom', 'someone', 'somebody', 'nobody', 'no one', 'everyone',
  'engineer', 'engineers', 'developer', 'developers', 'operator', 'operators', 'responder', 'responders',
  'on-call', 'oncall', 'admin', 'admins', 'team', 'teams', 'member', 'members', 'staff', 'person', 'people',
  'reviewer', 'reviewers', 'deployer', 'author', 'manager', 'sre', 'sres',
];
const POSSESSIVES = ['my', 'our', 'your', 'his', 'her', 'their'];

/** Unicode-aware word boundaries: `\b` only knows ASCII letters, and names need not be ASCII. */
const wordStart = '(?<![\\p{L}\\p{N}_])';
const wordEnd = '(?![\\p{L}\\p{N}_])';

/** Where a clause starts: punctuation, or a word that opens a subordinate clause. */
const CLAUSE_BOUNDARY = /[.;:!?()[\]\n]|,\s|\b(?:that|which|who|whom|when|while|because|since|if|then|meaning|where|unless|although|though)\b/gi;

/**
 * The words of the clause before `index`: the subject of a phrase there, with whatever precedes
 * it in its clause. A clause opened by "who" or "whom" is about a person whatever its words
 * ("the engineer who changed the rule should have checked"): it is returned with that word.
 */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  let start = 0;
  let opener = '';
  for (const boundary of before.matchAll(CLAUSE_BOUNDARY)) {
    start = boundary.index + boundary[0].length;
    opener = /^who/i.test(boundary[0]) ? `${boundary[0]} ` : '';
  }
  return opener + before.slice(start);
}

/** Past participles of the verbs postmortems use; regular ones end in -ed. */
const IRREGULAR_PARTICIPLES = new Set([
  'been', 'done', 'gone', 'taken', 'known', 'seen', 'caught', 'built', 'sent', 'run', 'made', 'put', 'set', 'kept',
  'left', 'found', 'had', 'got', 'gotten', 'thought', 'brought', 'told', 'written', 'chosen', 'shown', 'read',
  'paid', 'held', 'led', 'given', 'understood', 'spent', 'begun', 'become', 'felt', 'heard', 'said', 'rolled',
]);

const isParticiple = (word: string | undefined) => word !== undefined && (/^\p{L}[\p{L}-]*ed$/u.test(word) || IRREGULAR_PARTICIPLES.has(word));

/** The words after `index`, lowercased, adverbs in -ly skipped except those that say a system acts. */
function wordsAfter(text: string, index: number): string[] {
  return text.slice(index).toLowerCase().split(/[^\p{L}'’-]+/u).filter((w) => w && (!w.endsWith('ly') || w === 'automatically'));
}

/** "should have" as hindsight about what people should have done; see the comment at the top. */
function hindsightAboutPeople(text: string, match: RegExpExecArray, people: RegExp): boolean {
  const [next, after] = wordsAfter(text, match.index + match[0].length);
  if (!isParticiple(next)) return false; // "should have clear owners": a requirement, not hindsight
  const clause = clauseBefore(text, match.index);
  if (people.test(clause)) return true;
  if (next === 'been' && isParticiple(after)) return true; // "should have been checked": by someone
  if (next === 'been' && after === 'automatically') return false;
  return clause.trim() === '' && next !== 'been'; // "Should have tested first." names no one, means us
}

/** "X's fault" with X a person: a pronoun, a role word or a capitalised name. */
function personsFault(_text: string, match: RegExpExecArray, people: RegExp): boolean {
  const owner = match[0].replace(/\s*(?:['’]s\s+)?fault.*$/isu, '').split(/\s+/).at(-1) ?? '';
  return POSSESSIVES.includes(owner.toLowerCase()) || people.test(owner) || /^\p{Lu}/u.test(owner);
}

/** "at fault" with a person as the subject of its clause, "the fault of" with a person after it. */
function personAtFault(text: string, match: RegExpExecArray, people: RegExp): boolean {
  if (/of$/i.test(match[0])) return people.test(wordsAfter(text, match.index + match[0].length).slice(0, 4).join(' ')) || /^\s*\p{Lu}/u.test(text.slice(match.index + match[0].length));
  return people.test(clauseBefore(text, match.index));
}

const PHRASES: readonly Phrase[] = [
  { hint: 'human error', pattern: /\bhuman error\b/gi, advice: 'Describe what made the mistake easy to make, e.g. "the deploy tool accepted an invalid config".' },
  {
    hint: 'should', pattern: /\bshould(?:n['’]t| not)? have\b|\bshould['’]ve\b/gi, blames: hindsightAboutPeople,
    advice: 'Hindsight judges people; describe what happened and what would have helped.',
  },
  {
    hint: 'fault', pattern: /(?<![\p{L}\p{N}_-])[\p{L}\p{N}_-]+['’]s fault\b|\b(?:my|our|your|his|her|their) fault\b/giu, blames: personsFault,
    advice: 'Describe the conditions that allowed the failure instead of whose fault it was.',
  },
  {
    hint: 'fault', pattern: /\b(?:at|the) fault of\b|\bat fault\b/gi, blames: personAtFault,
    advice: 'Describe the conditions that allowed the failure instead of whose fault it was.',
  },
  { hint: 'careless', pattern: /\bcareless(?:ly|ness)?\b/gi, advice: 'Describe what made the action easy to get wrong.' },
  { hint: 'negligen', pattern: /\bnegligen(?:t|tly|ce)\b/gi, advice: 'Describe what the process did not provide or check.' },
];

export const blameLanguage: Rule = {
  id: 'blame-language',
  description: 'Blaming wording ("human error", hindsight "should have" about people, "X\'s fault", "careless", "<person> failed to", "<person> forgot") or a person named as the root cause.',
  defaultSeverity: 'info',
  check({ parsed, review }): RuleFinding[] {
    const names = personNames(review);
    const subjects = [...PERSON_WORDS, ...names].map(escape).join('|');
    const people = new RegExp(`${wordStart}(?:${subjects})${wordEnd}`, 'iu');
    // The subject right before the verb, maybe with an adverb: "we (clearly) failed to", "the developer forgot to".
    const bySubject = (verb: string) => new RegExp(`${wordStart}(?:${subjects})\\s+(?:\\p{L}+ly\\s+)?${verb}`, 'giu');
    const phrases: Phrase[] = [
      ...PHRASES,
      { hint: 'failed to', pattern: bySubject('failed to\\b'), advice: 'Describe what the system or process did not do or provide, e.g. "the alert did not page anyone".' },
      { hint: 'forg', pattern: bySubject('forg(?:ot|otten)\\b'), advice: 'Describe what made the step easy to miss, e.g. "the restart was not in the runbook".' },
    ];
    const findings: RuleFinding[] = [];
    // A phrase can only be in a value if its first word is in the source (a line fold can split
    // "human error", not "human"), so a long review without any skips walking its strings.
    const source = parsed.text.toLowerCase();
    const candidates = phrases.filter(({ hint }) => source.includes(hint.split(' ', 1)[0]));
    for (const { text, path } of candidates.length > 0 ? proseStrings(review) : []) {
      const lower = text.toLowerCase();
      for (const { hint, pattern, advice, blames } of candidates) {
        if (!lower.includes(hint)) continue;
        const matches = [...text.matchAll(pattern)].filter((match) => !blames || blames(text, match as RegExpExecArray, people)).map((match) => match[0]);
        sourceRanges(parsed, path, matches).forEach((range, i) => {
          findings.push({ message: `Blaming wording "${matches[i]}". ${advice}`, range, path });
        });
      }
    }
    if (names.length > 0) findings.push(...namedCauses(parsed, review, names));
    return findings;
  },
};

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Names from `participants`, longest first so "Ana Lima" wins over "Ana". */
function personNames(review: Readonly<Record<string, unknown>>): string[] {
  const names = recordsOf(review.participants)
    .map(({ record }) => record.name)
    .flatMap((name) => (typeof name === 'string' && name.trim().length >= 2 ? [name.trim()] : []));
  return [...new Set(names)].sort((a, b) => b.length - a.length);
}

/** A person's name in the root cause or the last why: the analysis stopped at a person. */
function namedCauses(parsed: ParsedReview, review: Readonly<Record<string, unknown>>, names: string[]): RuleFinding[] {
  const analysis = isRecord(review.analysis) ? review.analysis : {};
  const whys = arrayOf(isRecord(analysis.fiveWhys) ? analysis.fiveWhys.whys : undefined);
  const places: { text: unknown; path: Path }[] = [
    { text: review.rootCause, path: ['rootCause'] },
    { text: whys[whys.length - 1], path: ['analysis', 'fiveWhys', 'whys', whys.length - 1] },
  ];
  const pattern = new RegExp(`${wordStart}(?:${names.map(escape).join('|')})${wordEnd}`, 'giu');
  return places.flatMap(({ text, path }) => {
    if (typeof text !== 'string') return [];
    const matches = [...text.matchAll(pattern)].map((match) => match[0]);
    return sourceRanges(parsed, path, matches).map((range, i) => ({
      message: `The root cause names a person ("${matches[i]}"). Keep asking why until you reach a condition of the system or process, and name that.`,
      range,
      path,
    }));
  });
}

/** Every string of the review that is prose, with its path. Iterative: a deeply nested file must not overflow the stack. */
function proseStrings(review: Readonly<Record<string, unknown>>): { text: string; path: Path }[] {
  const found: { text: string; path: Path }[] = [];
  const stack: { value: unknown; path: Path }[] = [{ value: review, path: [] }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value, path } = next;
    if (typeof value === 'string') found.push({ text: value, path });
    else if (Array.isArray(value)) value.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
    else if (isRecord(value)) {
      for (const [key, item] of Object.entries(value)) if (!NOT_PROSE.has(key)) stack.push({ value: item, path: [...path, key] });
    }
  }
  return found;
}

/**
 * Where each matched phrase (in the order found in the value) is in the source. The value is not the
 * source: quotes, escapes and block scalar indentation shift offsets, so search the scalar's source
 * text; a phrase that is not there literally (an escape, a line fold inside it) gets the whole value.
 */
function sourceRanges(parsed: ParsedReview, path: Path, phrases: readonly string[]): Range[] {
  if (phrases.length === 0) return [];
  const whole = parsed.rangeOf(path);
  const node = parsed.node(path);
  if (!node) return phrases.map(() => whole);
  const { start, end } = node;
  const source = parsed.text.slice(start, end);
  let from = 0;
  return phrases.map((phrase) => {
    const at = source.indexOf(phrase, from);
    if (at < 0) return whole;
    from = at + phrase.length;
    return { start: start + at, end: start + at + phrase.length };
  });
}
