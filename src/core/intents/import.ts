// The Timeline Editor's `importEvents` intent: the events the user chose from an import go into
// the timeline in time order, with the chosen lifecycle times, as one edit (one Undo).
import { planInsertion } from '../import/insert';
import type { TextEdit } from '../edit';
import type { ImportEventsIntent } from '../protocol/panels';

/** `timeZone`: the team's, which places the new events among existing ones written without an offset. */
export function importEventsEdits(text: string, intent: ImportEventsIntent, timeZone?: string): TextEdit[] {
  return planInsertion(text, intent.events, intent.times, timeZone);
}
