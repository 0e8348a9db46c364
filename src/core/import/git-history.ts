// Runs git for the import: the first-parent history of a repository around the window, as text
// for readGitLog. The CLI (--git PATH) and the extension (this workspace's history) share it.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { gitLogArgs } from './git';
import { ImportError, type ImportInput, type ImportWindow } from './types';

const execFileAsync = promisify(execFile);

/** The history of the repository at `repo` as an import input; ImportError when git cannot read it. */
export async function gitHistory(repo: string, window: ImportWindow, signal?: AbortSignal): Promise<ImportInput> {
  try {
    const { stdout } = await execFileAsync('git', ['-C', repo, ...gitLogArgs(window)], { maxBuffer: 512 * 1024 * 1024, signal });
    return { name: `${repo} (git history)`, text: stdout, from: 'git' };
  } catch (error) {
    throw new ImportError(repo, `is not a git repository git can read (${(error as Error).message.split('\n')[0]}); expected a folder in a git repository.`);
  }
}
