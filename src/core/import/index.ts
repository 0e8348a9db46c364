// Evidence import: records an incident left behind (chat, paging, alerts, changes) become
// candidate timeline events, compared with the review's timeline and inserted as one edit.
//   detectFormat   - which source a file's content is
//   readCandidates - inputs (files, folders, zips, text, git repositories) -> candidates in the window
//   markDuplicates - flags candidates the timeline (or another candidate) already has
//   offerChangeKinds - changes before the start: a note or a trigger, the user chooses
//   planInsertion  - the chosen candidates (and lifecycle times) as one text edit
//   planImport     - all of the above for the CLI: read, compare, count
import type { TextEdit } from '../edit';
import { markDuplicates } from './duplicates';
import { planInsertion } from './insert';
import { offerChangeKinds, suggestLifecycle } from './lifecycle';
import { readCandidates } from './read';
import type { ImportInput, ImportOptions, ImportResult } from './types';
import { importWindow } from './window';

export * from './types';
export { detectFormat } from './detect';
export { markDuplicates, offerChangeKinds, planInsertion, readCandidates, suggestLifecycle, importWindow };

/**
 * Reads `inputs` for the review in `reviewText` and works out what an import would add:
 * candidates in the window (duplicates marked), lifecycle suggestions and the counts.
 * Throws ImportError for a file it cannot read; nothing has been written then.
 */
export async function planImport(reviewText: string, inputs: readonly ImportInput[], options: ImportOptions = {}): Promise<ImportResult> {
  const window = importWindow(reviewText, options);
  const read = await readCandidates(inputs, options, window);
  const candidates = offerChangeKinds(reviewText, markDuplicates(reviewText, read.candidates, options.timeZone), options.timeZone);
  const lifecycle = suggestLifecycle(reviewText, candidates, options.timeZone);
  const fresh = candidates.filter((candidate) => !candidate.duplicateOf);
  return {
    window,
    candidates,
    lifecycle,
    formats: read.formats,
    counts: {
      added: fresh.length,
      duplicates: candidates.length - fresh.length,
      outsideWindow: read.outsideWindow,
      noise: read.noise,
      redactions: fresh.reduce((sum, candidate) => sum + candidate.redactions, 0),
      lifecycleFilled: lifecycle.filter((suggestion) => suggestion.action === 'fill').length,
    },
  };
}

/** The edits that add every new candidate of `result` and fill (or, with `setTimes`, overwrite) its lifecycle times. */
export function importEdits(reviewText: string, result: ImportResult, setTimes = false, timeZone?: string): TextEdit[] {
  const times = result.lifecycle.filter((suggestion) => suggestion.action === 'fill' || (setTimes && suggestion.action === 'differs'));
  return planInsertion(reviewText, result.candidates.filter((candidate) => !candidate.duplicateOf), times, timeZone);
}
