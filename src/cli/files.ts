import { existsSync, readFileSync, statSync } from 'node:fs';
import { link, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { CONFIG_FILE_NAME, parseConfig, resolveConfig, type ResolvedConfig } from '../core/config';
import { RULE_IDS } from '../core/rules';
import { ReviewIndex } from '../core/workspace-index';
import { UsageError, type CliIo } from './io';

/** What `pir lint`, `pir actions` and `pir metrics` read when given no paths. */
export const DEFAULT_PATTERNS = ['**/*.pir.yaml', '**/*.pir.yml'];

/**
 * Files named by the arguments: a folder stands for the reviews in it (DEFAULT_PATTERNS), a file
 * path is taken as it is (so a missing file is reported, not silently skipped); anything else is
 * a glob. Sorted, without duplicates.
 */
export async function expandPaths(args: readonly string[], cwd: string): Promise<string[]> {
  const patterns = args.length ? args : DEFAULT_PATTERNS;
  const files = new Set<string>();
  const globs: string[] = [];
  for (const arg of patterns) {
    const path = resolve(cwd, arg);
    if (/[*?[\]{}]/.test(arg)) globs.push(arg);
    else if (isDirectory(path)) for (const file of await globFiles(DEFAULT_PATTERNS, path)) files.add(file);
    else files.add(path);
  }
  for (const file of await globFiles(globs, cwd)) files.add(file);
  return [...files].sort();
}

async function globFiles(patterns: string[], cwd: string): Promise<string[]> {
  if (patterns.length === 0) return [];
  const found = await glob(patterns, { cwd, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'], dot: false });
  return found.map((file) => resolve(file));
}

function isDirectory(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** The `.pirrc.yaml` in `cwd`, resolved over the defaults. Its problems are returned, not thrown. */
export function loadConfig(cwd: string): { config: ResolvedConfig; errors: string[] } {
  const file = resolve(cwd, CONFIG_FILE_NAME);
  if (!existsSync(file)) return { config: resolveConfig(), errors: [] };
  const { config, errors } = parseConfig(readFileSync(file, 'utf8'), RULE_IDS);
  return { config: resolveConfig(config), errors: errors.map((e) => `${CONFIG_FILE_NAME}: ${e}`) };
}

/**
 * The `.pirrc.yaml` that governs files in `dir`: the one in `dir` or the nearest folder above it
 * (the defaults when there is none). `file` is where it was found.
 */
export function loadConfigAbove(dir: string): { config: ResolvedConfig; errors: string[]; file?: string } {
  for (let folder = resolve(dir); ; folder = dirname(folder)) {
    if (existsSync(join(folder, CONFIG_FILE_NAME))) return { ...loadConfig(folder), file: join(folder, CONFIG_FILE_NAME) };
    if (dirname(folder) === folder) return { config: resolveConfig(), errors: [] };
  }
}

/** Reads a "now" option: an ISO date or date-time. */
export function parseNow(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new UsageError(`--now must be an ISO date or date-time, got "${value}"`);
  return new Date(ms);
}

/**
 * Reads `files` (absolute paths, the index's uris) into an index. A file that cannot be read, or
 * is not a review, is reported on stderr (`pir lint` says more); `unreadable` tells the caller
 * to exit with an I/O error. With the team's `config`, its scales and time zone apply.
 */
export async function readReviews(files: readonly string[], io: CliIo, config?: ResolvedConfig): Promise<{ index: ReviewIndex; unreadable: boolean }> {
  const index = new ReviewIndex();
  index.config = config;
  let unreadable = false;
  for (const file of files) {
    const name = relative(io.cwd, file) || file;
    try {
      const entry = index.update(file, await readFile(file, 'utf8'));
      if (entry.parseError) io.stderr(`${name}: not a readable review: ${entry.parseError}\n`);
    } catch (error) {
      io.stderr(`${name}: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
      unreadable = true;
    }
  }
  return { index, unreadable };
}

/**
 * Writes a new file, all or nothing: the text goes to a temporary file beside it, which is then
 * linked to `path`. The link fails if `path` exists, so an existing file is never overwritten
 * and a reader never sees half a file. Returns false when `path` exists.
 */
export async function writeNewFile(path: string, text: string): Promise<boolean> {
  await mkdir(dirname(path), { recursive: true });
  try {
    await viaTemporaryFile(path, text, undefined, (temporary) => link(temporary, path));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Replaces `file` with `text` atomically: written beside it under a temporary name, then renamed
 * over it, so a reader (or a crash) sees the old file or the new one, never half of one.
 */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  // Keep the file's permissions: the new file is a new inode.
  const mode = (await stat(file).catch(() => undefined))?.mode;
  await viaTemporaryFile(file, text, mode, (temporary) => rename(temporary, file));
}

/** Writes `text` to a fresh file beside `path`, lets `put` move it into place, and leaves no temporary file behind. */
async function viaTemporaryFile(path: string, text: string, mode: number | undefined, put: (temporary: string) => Promise<void>): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx', mode });
    await put(temporary);
  } finally {
    await rm(temporary, { force: true });
  }
}
