// Timeline panel intents as text edits of the review. Pure: the extension applies the edits as a
// WorkspaceEdit (so they join the editor's undo stack), the tests check them in plain Node.
import type { NewEvent, TimelineIntent } from '../protocol/panels';
import { deleteIn, EditError, insertIn, moveIn, setIn, type TextEdit } from '../edit';
import { ParsedReview } from '../parse';
import { arrayOf, isRecord } from '../review';

/** The edits that carry out `intent` on `text`. Throws EditError when the intent does not fit the text. */
export function timelineEdits(text: string, intent: TimelineIntent): TextEdit[] {
  switch (intent.type) {
    case 'addEvent': {
      const length = eventCount(text);
      const index = intent.index ?? length;
      if (index > length) throw new EditError(`Cannot add an event at position ${index + 1}: the timeline has ${length} events.`);
      return insertIn(text, ['timeline'], index, inSchemaOrder(intent.event));
    }
    case 'updateEvent': {
      requireEvent(text, intent.index);
      const path = ['timeline', intent.index, intent.field];
      return intent.value === null ? deleteIn(text, path) : setIn(text, path, intent.value);
    }
    case 'deleteEvent':
      requireEvent(text, intent.index);
      return deleteIn(text, ['timeline', intent.index]);
    case 'moveEvent':
      requireEvent(text, intent.from);
      requireEvent(text, intent.to);
      return moveIn(text, ['timeline'], intent.from, intent.to);
    case 'setLifecycle':
      return intent.value === null ? deleteIn(text, ['times', intent.key]) : setIn(text, ['times', intent.key], intent.value);
  }
}

function timelineOf(text: string): unknown[] {
  const review = new ParsedReview(text).value;
  return arrayOf(isRecord(review) ? review.timeline : undefined);
}

function eventCount(text: string): number {
  return timelineOf(text).length;
}

/** The intent names an event by index: it must be there and be an event (a mapping). */
function requireEvent(text: string, index: number): void {
  const events = timelineOf(text);
  if (!isRecord(events[index])) {
    throw new EditError(`There is no timeline event ${index + 1} to edit (the timeline has ${events.length}).`);
  }
}

/** Keys in the order the schema and the docs write them, absent ones left out. */
export function inSchemaOrder(event: NewEvent): NewEvent {
  const { at, kind, text, actor, source } = event;
  return Object.fromEntries(Object.entries({ at, kind, text, actor, source }).filter(([, value]) => value !== undefined)) as unknown as NewEvent;
}
