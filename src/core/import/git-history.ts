// Runs git for the import and reads its output as it comes: the first-parent history of a
// repository around the window, line by line into the collector, with progress (commits read of
// the count git gives first) and cancellation (the signal stops git). The CLI (--git PATH) and
// the extension's import worker (this workspace's history) both read a history here, so a
// 50,000-commit history never passes through the extension host.
import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import type { Collector } from './collect';
import { gitLogArgs, gitRangeArgs, readGitLine } from './git';
import { ImportCancelled, ImportError, type ImportOptions } from './types';

/** Commits between two progress reports. */
const PROGRESS_EVERY = 1000;

/** The name a repository's history goes by in candidates and messages. */
export function historyName(repo: string): string {
  return `${repo} (git history)`;
}

/** Reads the history of the repository at `repo` into `sink`; ImportError when git cannot read it, ImportCancelled once `signal` aborts. */
export async function readGitHistory(repo: string, sink: Collector, options: Pick<ImportOptions, 'onProgress' | 'signal'>): Promise<void> {
  const file = historyName(repo);
  let total = 0;
  await runGit(repo, ['rev-list', '--count', ...gitRangeArgs(sink.window), 'HEAD'], options.signal, (line) => (total = Number(line) || 0));
  let done = 0;
  options.onProgress?.({ done, total, file });
  await runGit(repo, gitLogArgs(sink.window), options.signal, (line) => {
    if (options.signal?.aborted || !readGitLine(line, file, sink)) return; // output git wrote before it was stopped
    if (++done % PROGRESS_EVERY === 0) options.onProgress?.({ done, total, file });
  });
  options.onProgress?.({ done, total, file });
}

/** Runs git in `repo` and hands each line of its output to `line` as it arrives. */
function runGit(repo: string, args: string[], signal: AbortSignal | undefined, line: (text: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(cancelled());
    const git = spawn('git', ['-C', repo, ...args], { signal, stdio: ['ignore', 'pipe', 'pipe'] });
    const decoder = new StringDecoder('utf8');
    let rest = '';
    let errors = '';
    git.stdout.on('data', (chunk: Buffer) => {
      const lines = (rest + decoder.write(chunk)).split('\n');
      rest = lines.pop()!;
      lines.forEach(line);
    });
    git.stderr.on('data', (chunk: Buffer) => {
      if (errors.length < 4096) errors += chunk.toString();
    });
    git.on('error', (error) => reject(signal?.aborted ? cancelled() : notReadable(repo, error.message)));
    git.on('close', (code) => {
      if (signal?.aborted) return reject(cancelled());
      if (code !== 0) return reject(notReadable(repo, errors.trim().split('\n')[0] || `git exited with code ${code}`));
      rest += decoder.end();
      if (rest) line(rest);
      resolve();
    });
  });
}

function cancelled(): ImportCancelled {
  return new ImportCancelled('The import was cancelled.');
}

function notReadable(repo: string, reason: string): ImportError {
  return new ImportError(repo, `is not a git repository git can read (${reason}); expected a folder in a git repository with commits.`);
}
