// The fixes offered for a finding, as text edits. Pure, so the CLI or tests can apply them too;
// the extension shows them as quick fixes. A fix whose edits are snippets leaves the cursor in
// the blank it inserted.
import { nextActionId } from './action-ids';
import { setIn, type TextEdit } from './edit';
import { ParsedReview } from './parse';
import { isRecord } from './review';
import { schemaAt } from './schema';
import { sectionSkeleton } from './skeletons';
import { localDay } from './template';
import { DAY, withOffsetOf } from './time';
import { sortTimeline } from './timeline-sort';
import type { Finding, Path } from './types';

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The edits' `newText` is snippet syntax (`$1`, `${1|a,b|}`). */
  snippet: boolean;
  /** The fix to apply when there is one obvious choice (e.g. on save or with one keystroke). */
  preferred: boolean;
}

export interface FixOptions {
  now: Date;
  /** Owners used in the workspace: the owner fix offers them as choices. */
  owners?: readonly string[];
  /** IANA zones whose offset the fix for a time without one may append (e.g. UTC and the user's). */
  zones?: readonly string[];
}

/** A due date two weeks out: a usual review cadence, and a valid date the author can overwrite. */
const DEFAULT_DUE_DAYS = 14;

/** How many of a long list of suggestions (e.g. every known key) to offer, closest first. */
const MAX_SUGGESTIONS = 3;

export function fixesFor(text: string, finding: Finding, options: FixOptions): Fix[] {
  const path = finding.path ?? [];
  switch (finding.rule) {
    case 'missing-section':
      return path.length === 1 ? [sectionFix(text, String(path[0]))] : [];
    case 'action-owner': {
      const owners = (options.owners ?? []).filter((owner) => !/[,|$}\\]/.test(owner));
      const blank = owners.length > 0 ? `\${1|${owners.join(',')}|}` : '$1';
      return [blankFix(text, 'Add owner', [...path, 'owner'], blank)];
    }
    case 'action-due': {
      const due = localDay(new Date(options.now.getTime() + DEFAULT_DUE_DAYS * DAY));
      return [blankFix(text, 'Add due date', [...path, 'due'], `\${1:${due}}`)];
    }
    case 'action-completed':
      // Today is a guess the author corrects: the cursor is on it.
      return [blankFix(text, 'Add completion date', [...path, 'completed'], `\${1:${localDay(options.now)}}`)];
    case 'timeline-order': {
      const edits = sortTimeline(new ParsedReview(text));
      return edits.length ? [{ title: 'Sort the timeline by time', edits, snippet: false, preferred: true }] : [];
    }
    case 'action-duplicate-id':
      return [idFix(text, path.slice(0, 2), 'Use a new id')];
    case 'schema':
      return (finding.suggestions ?? []).length ? suggestionFixes(finding) : offsetFixes(text, finding, options.zones ?? ['UTC']);
    default:
      return [];
  }
}

/** "Give the item an id", for any finding about an action item that has none. */
export function actionIdFix(text: string, finding: Finding): Fix | undefined {
  const path = finding.path ?? [];
  if (path[0] !== 'actionItems' || typeof path[1] !== 'number' || finding.rule === 'action-duplicate-id') return undefined;
  const review = new ParsedReview(text).value;
  const item = isRecord(review) && Array.isArray(review.actionItems) ? review.actionItems[path[1]] : undefined;
  if (!isRecord(item) || (typeof item.id === 'string' && item.id.trim())) return undefined;
  return idFix(text, path.slice(0, 2), 'Give the action item an id');
}

function idFix(text: string, itemPath: Path, verb: string): Fix {
  const id = nextActionId(new ParsedReview(text).value);
  return { title: `${verb}: ${id}`, edits: setIn(text, [...itemPath, 'id'], id), snippet: false, preferred: true };
}

function sectionFix(text: string, section: string): Fix {
  const title = `Add section \`${section}\``;
  // Prose goes in a block scalar, with the cursor on its first line.
  if (schemaAt([section])?.type === 'string') return blankFix(text, title, [section], '|\n  $0');
  return { title, edits: setIn(text, [section], sectionSkeleton(section)), snippet: false, preferred: true };
}

/** Sets `path` to a blank and turns the blank into `snippet`: the text around it is escaped. */
function blankFix(text: string, title: string, path: Path, snippet: string): Fix {
  const marker = `pir-blank-${Date.now().toString(36)}`;
  const edits = setIn(text, path, marker).map((edit) => {
    const [before, after] = edit.newText.split(marker);
    return after === undefined ? { ...edit, newText: escapeSnippet(edit.newText) } : { ...edit, newText: escapeSnippet(before) + snippet + escapeSnippet(after) };
  });
  return { title, edits, snippet: true, preferred: true };
}

function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/** For a time written without an offset: append the offset each zone has at that local time. */
export function offsetFixes(text: string, finding: Finding, zones: readonly string[]): Fix[] {
  const written = text.slice(finding.range.start, finding.range.end);
  const quote = /^["']/.test(written) ? written[0] : '';
  const value = quote ? written.slice(1, -1) : written;
  return [...new Set(zones)].flatMap((zone, index) => {
    const fixed = withOffsetOf(value, zone);
    if (fixed === undefined) return [];
    return [{
      title: `Append the offset of ${zone} (${fixed.slice(value.length)})`,
      edits: [{ start: finding.range.start, end: finding.range.end, newText: `${quote}${fixed}${quote}` }],
      snippet: false,
      preferred: index === 0 && zones.length === 1,
    }];
  });
}

/** One fix per allowed value; for an unknown key, only the few closest key names. */
function suggestionFixes(finding: Finding): Fix[] {
  const suggestions = finding.suggestions ?? [];
  const unknownKey = /^Unknown key `([^`]*)`/.exec(finding.message)?.[1];
  const offered = unknownKey === undefined ? suggestions : closest(unknownKey, suggestions).slice(0, MAX_SUGGESTIONS);
  return offered.map((value, index) => ({
    title: `Change to \`${value}\``,
    edits: [{ start: finding.range.start, end: finding.range.end, newText: value }],
    snippet: false,
    preferred: offered.length === 1 || (unknownKey !== undefined && index === 0 && distance(unknownKey, value) <= 2),
  }));
}

function closest(word: string, candidates: readonly string[]): string[] {
  return [...candidates].sort((a, b) => distance(word, a) - distance(word, b));
}

/** Levenshtein distance, case-insensitive: how many letters differ. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    row = next;
  }
  return row[y.length];
}
