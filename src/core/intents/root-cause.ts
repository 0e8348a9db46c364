// Root-Cause panel intents as text edits of the review. Pure, like the timeline's: the extension
// applies the edits as a WorkspaceEdit and asks the user what only a person can answer (whether
// to replace a root cause) before it does; exporting the diagram is no text edit at all.
import type { RootCauseIntent } from '../protocol/panels';
import { analysisParts, isContributingFactor, lastAnswer, type AnalysisParts } from '../analysis';
import { deleteIn, EditError, insertIn, moveIn, setIn, type TextEdit } from '../edit';
import { ParsedReview } from '../parse';
import { isRecord, stringOf } from '../review';
import type { Path } from '../types';

/** The intents that edit the text; `exportSvg` writes a file instead. */
export type RootCauseEditIntent = Exclude<RootCauseIntent, { type: 'exportSvg' }>;

const CAUSES: Path = ['analysis', 'fishbone', 'causes'];

/** The edits that carry out `intent` on `text`. Throws EditError when the intent does not fit the text. */
export function rootCauseEdits(text: string, intent: RootCauseEditIntent): TextEdit[] {
  const review = new ParsedReview(text).value;
  const chain = 'chain' in intent ? (intent.chain ?? 0) : 0;
  const parts = analysisParts(review, chain);
  if (intent.type !== 'addChain' && 'chain' in intent) requireChain(parts, chain);
  const WHYS: Path = [...parts.chainPath, 'whys'];
  switch (intent.type) {
    case 'addChain':
      return addChain(text, review, parts);
    case 'deleteChain':
      // The last chain of a list leaves an empty list behind; a single mapping goes entirely.
      return deleteIn(text, parts.chainPath);
    case 'setProblem':
      return setOrDelete(text, [...parts.chainPath, 'problem'], intent.value);
    case 'addWhy':
      if (intent.index > parts.whys.length) {
        throw new EditError(`Cannot add a why at step ${intent.index + 1}: the chain has ${parts.whys.length} steps.`);
      }
      return insertIn(text, WHYS, intent.index, intent.text);
    case 'updateWhy':
      requireWhy(parts.whys, intent.index);
      return setIn(text, [...WHYS, intent.index], intent.text);
    case 'deleteWhy':
      requireWhy(parts.whys, intent.index);
      return deleteIn(text, [...WHYS, intent.index]);
    case 'moveWhy':
      requireWhy(parts.whys, intent.from);
      requireWhy(parts.whys, intent.to);
      return moveIn(text, WHYS, intent.from, intent.to);
    case 'useAsRootCause': {
      const answer = lastAnswer(parts.whys);
      if (answer === undefined) throw new EditError('The 5 Whys chain has no answer to use as the root cause yet.');
      return parts.rootCause === answer ? [] : setIn(text, ['rootCause'], answer);
    }
    case 'setEffect':
      return setOrDelete(text, ['analysis', 'fishbone', 'effect'], intent.value);
    case 'addCause': {
      const index = intent.index ?? afterLastOf(parts.causes, intent.cause.category);
      if (index > parts.causes.length) {
        throw new EditError(`Cannot add a cause at position ${index + 1}: the fishbone has ${parts.causes.length} causes.`);
      }
      // Keys in the order the schema and the docs write them.
      return insertIn(text, CAUSES, index, { category: intent.cause.category, text: intent.cause.text });
    }
    case 'updateCause':
      requireCause(parts.causes, intent.index);
      return setIn(text, [...CAUSES, intent.index, 'text'], intent.text);
    case 'moveCause':
      requireCause(parts.causes, intent.index);
      return setIn(text, [...CAUSES, intent.index, 'category'], intent.category);
    case 'deleteCause':
      requireCause(parts.causes, intent.index);
      return deleteIn(text, [...CAUSES, intent.index]);
    case 'promoteCause': {
      const cause = requireCause(parts.causes, intent.index);
      const factor = { text: stringOf(cause.text) ?? '', category: stringOf(cause.category) ?? '' };
      if (!factor.text.trim() || !factor.category) {
        throw new EditError(`Cause ${intent.index + 1} needs a text and a category to become a contributing factor.`);
      }
      if (isContributingFactor(parts.factors, factor)) return [];
      return insertIn(text, ['contributingFactors'], parts.factors.length, factor);
    }
  }
}

/** A yes/no question for the user: the question, and the details to decide it by. */
export interface Question {
  message: string;
  detail: string;
}

/**
 * What to ask the user before applying `intent`, or undefined to apply it straight away: using
 * the last why as the root cause would replace a root cause someone already wrote.
 */
export function rootCauseQuestion(text: string, intent: RootCauseEditIntent): Question | undefined {
  if (intent.type !== 'useAsRootCause') return undefined;
  const { whys, rootCause } = analysisParts(new ParsedReview(text).value, intent.chain);
  const answer = lastAnswer(whys);
  if (answer === undefined || !rootCause?.trim() || rootCause === answer) return undefined;
  return {
    message: 'Replace the root cause with the last answer of the 5 Whys?',
    detail: `Now: ${excerpt(rootCause)}\n\nNew: ${excerpt(answer)}`,
  };
}

function setOrDelete(text: string, path: Path, value: string | null): TextEdit[] {
  return value === null || value.trim() === '' ? deleteIn(text, path) : setIn(text, path, value);
}

/** A new empty chain after the others: a list gets one more item, a single mapping becomes a list of two. */
function addChain(text: string, review: unknown, parts: AnalysisParts): TextEdit[] {
  const chain = { problem: '', whys: [] };
  const analysis = isRecord(review) && isRecord(review.analysis) ? review.analysis : {};
  if (Array.isArray(analysis.fiveWhys)) return insertIn(text, ['analysis', 'fiveWhys'], analysis.fiveWhys.length, chain);
  if (parts.chains.length === 0) return setIn(text, ['analysis', 'fiveWhys'], [chain]);
  return setIn(text, ['analysis', 'fiveWhys'], [analysis.fiveWhys, chain]);
}

/** An intent names a chain by index: a list must have it; a single mapping or none is chain 0. */
function requireChain(parts: AnalysisParts, chain: number): void {
  if (chain !== parts.chain && chain >= Math.max(1, parts.chains.length)) {
    throw new EditError(`There is no 5-Whys chain ${chain + 1} (the review has ${parts.chains.length}).`);
  }
}

function requireWhy(whys: readonly unknown[], index: number): void {
  if (index >= whys.length) throw new EditError(`There is no why ${index + 1} to edit (the chain has ${whys.length} steps).`);
}

/** The intent names a cause by index: it must be there and be a cause (a mapping). */
function requireCause(causes: readonly unknown[], index: number): Record<string, unknown> {
  const cause = causes[index];
  if (!isRecord(cause)) throw new EditError(`There is no fishbone cause ${index + 1} to edit (the fishbone has ${causes.length}).`);
  return cause;
}

/** Right after the last cause of `category`, so the YAML stays grouped as the diagram is; else at the end. */
function afterLastOf(causes: readonly unknown[], category: string): number {
  for (let i = causes.length - 1; i >= 0; i--) {
    const cause = causes[i];
    if (isRecord(cause) && cause.category === category) return i + 1;
  }
  return causes.length;
}

/** A long text cut for a dialog. */
function excerpt(text: string, max = 300): string {
  const flat = text.trim().replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
