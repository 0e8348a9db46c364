// The chosen candidates go into the timeline in time order, as ONE text edit: each run of new
// events lands between the existing events around its time (existing events are not moved),
// the lifecycle times are set, and the edit is the smallest span covering all of it, so
// comments and formatting elsewhere stay byte for byte and one Undo removes the lot.
import { applyEdits, EditError, insertAllIn, setIn, type TextEdit } from '../edit';
import { inSchemaOrder } from '../intents/timeline';
import { ParsedReview } from '../parse';
import { arrayOf, isRecord, type LifecycleKey } from '../review';
import { parseDateTime } from '../time';
import type { NewEvent } from '../protocol/panels';
import type { LifecycleSuggestion } from './types';

/**
 * The one edit (or none) that adds `chosen` (candidates, or the events a panel sends) to the
 * timeline and sets `times`. Throws EditError when an event has no usable time or the timeline
 * cannot take them. Times without an offset are read in `timeZone`, to place the new events.
 */
export function planInsertion(reviewText: string, chosen: readonly NewEvent[], times: readonly Pick<LifecycleSuggestion, 'key' | 'value'>[] = [], timeZone?: string): TextEdit[] {
  let text = reviewText;
  const review = new ParsedReview(text).value;
  const existing = arrayOf(isRecord(review) ? review.timeline : undefined).map((event) => (isRecord(event) ? parseDateTime(event.at, timeZone) : undefined));
  const timed = chosen.map((event) => {
    const ms = parseDateTime(event.at, timeZone);
    if (ms === undefined) throw new EditError(`"${event.at}" is not a date-time with a UTC offset.`);
    return { event, ms };
  });
  // Group the new events by the index they go before: after the last existing event at or before them.
  const groups = new Map<number, NewEvent[]>();
  for (const { event, ms } of timed.sort((a, b) => a.ms - b.ms)) {
    let index = existing.length;
    while (index > 0 && !((existing[index - 1] ?? -Infinity) <= ms)) index--;
    groups.set(index, [...(groups.get(index) ?? []), event]);
  }
  // From the last index to the first, so that earlier indexes still point at the same events.
  for (const index of [...groups.keys()].sort((a, b) => b - a)) {
    const events = groups.get(index)!.map(inSchemaOrder);
    text = applyEdits(text, insertAllIn(text, ['timeline'], index, events));
  }
  for (const { key, value } of times) text = applyEdits(text, setIn(text, ['times', key satisfies LifecycleKey], value));
  return text === reviewText ? [] : [spanEdit(reviewText, text)];
}

/** The single edit that turns `before` into `after`: the differing middle between their common prefix and suffix. */
export function spanEdit(before: string, after: string): TextEdit {
  let start = 0;
  const limit = Math.min(before.length, after.length);
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < limit - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { start, end: before.length - end, newText: after.slice(start, after.length - end) };
}
