// Recognising what is already there, exactly where possible: every imported event carries its
// record's `source` (a permalink, or `link#record-id`, or an id like `git:<hash>`), so a second
// import of the same files matches on it. Events typed by hand match on the minute and the text;
// a pager bot's chat message matches the pager's own record of the same moment.
import { ParsedReview } from '../parse';
import { isRecord, recordsOf, stringOf } from '../review';
import { parseDateTime, MINUTE } from '../time';
import { originOfPermalink } from './slack';
import type { Candidate } from './types';

/** How far apart a chat message and the pager record it repeats may be. */
const CROSS_SOURCE_SLACK = 2 * MINUTE;
/** Sources whose records a bot may repeat in chat. */
const PAGERS = new Set(['pagerduty', 'opsgenie', 'alertmanager', 'grafana']);

interface Known {
  index: number;
  keys: string[];
  minute?: number;
  text: string;
}

/**
 * Copies of `candidates` (time-ordered) with `duplicateOf` set on those the timeline or an earlier
 * candidate already has. Timeline times without an offset are read in `timeZone`.
 */
export function markDuplicates(reviewText: string, candidates: readonly Candidate[], timeZone?: string): Candidate[] {
  const review = new ParsedReview(reviewText).value;
  const known = recordsOf(isRecord(review) ? review.timeline : undefined).map(({ record, index }): Known => {
    const source = stringOf(record.source);
    const at = parseDateTime(record.at, timeZone);
    return { index, keys: source ? keysOf(source) : [], minute: at === undefined ? undefined : Math.floor(at / MINUTE), text: normal(stringOf(record.text) ?? '') };
  });
  const bySource = new Map<string, Known>();
  const byMoment = new Map<string, Known>();
  for (const event of known) {
    for (const key of event.keys) bySource.set(key, event);
    if (event.minute !== undefined) byMoment.set(`${event.minute}|${event.text}`, event);
  }
  const seenOrigins = new Set<string>();
  const seenMoments = new Map<string, string>();
  const result: Candidate[] = [];
  for (const original of candidates) {
    const candidate: Candidate = { ...original };
    delete candidate.duplicateOf;
    const moment = `${Math.floor(candidate.ms / MINUTE)}|${normal(candidate.text)}`;
    const inTimeline = [candidate.origin, ...(candidate.source ? keysOf(candidate.source) : [])].map((key) => bySource.get(key)).find(Boolean);
    if (inTimeline) candidate.duplicateOf = { reason: 'source', timelineIndex: inTimeline.index };
    else if (byMoment.has(moment)) candidate.duplicateOf = { reason: 'same-moment', timelineIndex: byMoment.get(moment)!.index };
    else if (seenOrigins.has(candidate.origin)) candidate.duplicateOf = { reason: 'source', origin: candidate.origin };
    else if (seenMoments.has(moment)) candidate.duplicateOf = { reason: 'same-moment', origin: seenMoments.get(moment) };
    seenOrigins.add(candidate.origin);
    if (!seenMoments.has(moment)) seenMoments.set(moment, candidate.origin);
    result.push(candidate);
  }
  // A chat message that repeats a pager's record: the pager's record is the one kept.
  // Pager records already in the timeline count too: a re-import must not let the chat copy through.
  const pagerRecords = result.filter((candidate) => candidate.duplicateOf?.origin === undefined && PAGERS.has(candidate.from));
  if (pagerRecords.length === 0) return result;
  for (const candidate of result) {
    if (candidate.duplicateOf || (candidate.from !== 'slack' && candidate.from !== 'teams')) continue;
    const pager = pagerRecordOf(candidate, pagerRecords);
    if (pager) candidate.duplicateOf = { reason: 'cross-source', origin: pager.origin };
  }
  return result;
}

/** The keys a `source` is known by: itself, and for a Slack permalink the message's origin. */
function keysOf(source: string): string[] {
  const origin = originOfPermalink(source);
  return origin ? [source, origin] : [source];
}

/**
 * The paging or alerting record a chat message repeats: within two minutes, the message links
 * to the record's page or contains the record's text.
 */
function pagerRecordOf(message: Candidate, pagerRecords: readonly Candidate[]): Candidate | undefined {
  const text = normal(message.text);
  return pagerRecords.find((other) => {
    if (Math.abs(other.ms - message.ms) > CROSS_SOURCE_SLACK) return false;
    const page = other.source?.split('#')[0];
    return (page !== undefined && /^https?:/.test(page) && message.text.includes(page)) || (normal(other.text).length > 8 && text.includes(normal(other.text)));
  });
}

/** Text compared loosely: case, spacing and Markdown link syntax do not matter. */
function normal(text: string): string {
  return text.toLowerCase().replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ').trim();
}
