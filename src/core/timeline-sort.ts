// Puts the timeline in chronological order as one text edit that moves whole events, comments
// and formatting included: the quick fix for `timeline-order`.
import type { TextEdit } from './edit/text-edit';
import type { ParsedReview } from './parse';
import { isRecord } from './review';
import { parseEventTime } from './time';

/**
 * The edit that stably sorts `timeline` by `at` (a day alone at the start of that day; times
 * without an offset in `zone`). An event whose `at` does not parse stays right
 * after the event before it. Empty when the timeline is in order or is not a block list.
 */
export function sortTimeline(parsed: ParsedReview, zone?: string): TextEdit[] {
  const seq = parsed.node(['timeline']);
  if (seq?.kind !== 'seq' || seq.flow || seq.items.length < 2) return [];
  const text = parsed.text;
  const starts = seq.items.map(({ start }, index) => {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    // Comment lines right above an event belong to it (not above the first: that is the section's).
    return index === 0 ? lineStart : withCommentsAbove(text, lineStart);
  });
  const lastEnd = seq.items[seq.items.length - 1].end;
  const lineEnd = text.indexOf('\n', lastEnd - 1);
  const end = lineEnd < 0 ? text.length : lineEnd + 1;
  const chunks = starts.map((start, i) => {
    const chunk = text.slice(start, starts[i + 1] ?? end);
    return chunk.endsWith('\n') ? chunk : `${chunk}\n`;
  });

  const events = parsed.value !== undefined && isRecord(parsed.value) && Array.isArray(parsed.value.timeline) ? parsed.value.timeline : [];
  let previous = -Infinity;
  const keys = events.map((event: unknown) => (previous = (isRecord(event) ? parseEventTime(event.at, zone) : undefined) ?? previous));
  const order = chunks.map((_, i) => i).sort((a, b) => keys[a] - keys[b] || a - b);
  if (order.every((index, i) => index === i)) return [];
  const sorted = order.map((i) => chunks[i]).join('');
  const start = starts[0];
  return [{ start, end, newText: text.slice(start, end).endsWith('\n') ? sorted : sorted.slice(0, -1) }];
}

/** Moves `lineStart` up over the comment-only lines directly above it. */
function withCommentsAbove(text: string, lineStart: number): number {
  let start = lineStart;
  while (start > 0) {
    const previousStart = text.lastIndexOf('\n', start - 2) + 1;
    if (!/^\s*#/.test(text.slice(previousStart, start - 1))) break;
    start = previousStart;
  }
  return start;
}
