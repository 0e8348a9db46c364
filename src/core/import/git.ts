// git: the history of a repository, as `git log --first-parent` prints it in GIT_LOG_FORMAT
// (git-history.ts runs git; this file reads its output). A commit counts when it
// landed: its commit date, not its author date (they differ on rebased and squashed commits).
import type { Collector } from './collect';
import { parseIsoInstant } from './instant';
import type { ImportWindow } from './types';
import { DAY } from '../time';

/** hash, author date, commit date, author name, subject; tab-separated, strict ISO dates. */
export const GIT_LOG_FORMAT = '%H%x09%aI%x09%cI%x09%an%x09%s';

const LINE = /^([0-9a-f]{40})\t([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$/;

/** First-parent history limited (with a day's margin) to the window: for `git log` and `git rev-list --count` alike. */
export function gitRangeArgs(window: ImportWindow): string[] {
  const args = ['--first-parent'];
  if (window.since !== undefined) args.push(`--since=${new Date(window.since - DAY).toISOString()}`);
  if (window.until !== undefined) args.push(`--until=${new Date(window.until + DAY).toISOString()}`);
  return args;
}

/**
 * The arguments for `git log`: the range of gitRangeArgs in GIT_LOG_FORMAT, oldest first, so
 * that commits landed in the same second keep the order they were made in.
 */
export function gitLogArgs(window: ImportWindow): string[] {
  return ['log', '--reverse', `--format=${GIT_LOG_FORMAT}`, ...gitRangeArgs(window)];
}

/** True when every line is a commit in GIT_LOG_FORMAT. */
export function isGitLog(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim());
  return lines.length > 0 && lines.every((line) => LINE.test(line.replace(/\r$/, '')));
}

/** Reads `git log` output (a file the user saved, or text in hand). */
export function readGitLog(text: string, file: string, sink: Collector): void {
  for (const line of text.split('\n')) readGitLine(line, file, sink);
}

/** Reads one line of `git log` output; false when it is not a commit in GIT_LOG_FORMAT. */
export function readGitLine(line: string, file: string, sink: Collector): boolean {
  const match = LINE.exec(line.endsWith('\r') ? line.slice(0, -1) : line);
  if (!match) return false;
  const [, hash, , committed, author, subject] = match;
  const ms = parseIsoInstant(committed);
  if (ms === undefined) return false;
  sink.add('git', file, ms, () => ({ kind: 'note', text: `${subject} (${hash.slice(0, 8)})`, actor: author, origin: `git:${hash}` }));
  return true;
}
