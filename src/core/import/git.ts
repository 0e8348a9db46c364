// git: the history of a repository, as `git log --first-parent` prints it in GIT_LOG_FORMAT
// (the CLI and the extension run git; this file only reads its output). A commit counts when it
// landed: its commit date, not its author date (they differ on rebased and squashed commits).
import type { Collector } from './collect';
import { parseIsoInstant } from './instant';
import type { ImportWindow } from './types';
import { DAY } from '../time';

/** hash, author date, commit date, author name, subject; tab-separated, strict ISO dates. */
export const GIT_LOG_FORMAT = '%H%x09%aI%x09%cI%x09%an%x09%s';

const LINE = /^([0-9a-f]{40})\t([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$/;

/** The arguments for `git log`: first-parent history in GIT_LOG_FORMAT, limited (with a day's margin) to the window. */
export function gitLogArgs(window: ImportWindow): string[] {
  const args = ['log', '--first-parent', `--format=${GIT_LOG_FORMAT}`];
  if (window.since !== undefined) args.push(`--since=${new Date(window.since - DAY).toISOString()}`);
  if (window.until !== undefined) args.push(`--until=${new Date(window.until + DAY).toISOString()}`);
  return args;
}

/** True when every line is a commit in GIT_LOG_FORMAT. */
export function isGitLog(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim());
  return lines.length > 0 && lines.every((line) => LINE.test(line.replace(/\r$/, '')));
}

/** Reads `git log` output; `commitUrl` (e.g. https://github.com/o/r/commit/) makes each commit's source a link. */
export function readGitLog(text: string, file: string, sink: Collector, commitUrl?: string): void {
  for (const line of text.split('\n')) {
    const match = LINE.exec(line.replace(/\r$/, ''));
    if (!match) continue;
    const [, hash, , committed, author, subject] = match;
    const ms = parseIsoInstant(committed);
    if (ms === undefined) continue;
    sink.add('git', file, ms, () => ({
      kind: 'note',
      text: `${subject} (${hash.slice(0, 8)})`,
      actor: author,
      origin: `git:${hash}`,
      source: commitUrl ? `${commitUrl}${hash}` : `git:${hash}`,
    }));
  }
}
