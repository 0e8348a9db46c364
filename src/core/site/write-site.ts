// Reads the reviews and the previous manifest from disk, builds the site and writes it. Every
// file is written to a temporary name and renamed into place, so a reader (or a build that is
// stopped half-way) never sees a half-written file; the manifest goes last, so it only names
// pages that are on disk.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { buildSite, MANIFEST_FILE, type SiteBuild, type SiteOptions } from './build';

export interface PublishOptions extends Omit<SiteOptions, 'previous' | 'hasPage'> {
  /** Review files, absolute. */
  files: readonly string[];
  /** Folder the review paths in the site are relative to (the workspace, the current directory). */
  base: string;
  /** The output folder, absolute. */
  out: string;
  /** Rebuild every page, ignoring the previous manifest. */
  full?: boolean;
}

export interface PublishResult extends Omit<SiteBuild, 'files'> {
  /** Files written, relative to `out`. */
  written: string[];
  /** Review files that could not be read from disk. */
  unreadable: { path: string; message: string }[];
}

export async function publishSite(options: PublishOptions): Promise<PublishResult> {
  const unreadable: PublishResult['unreadable'] = [];
  const sources = (await Promise.all(options.files.map(async (file) => {
    const path = relative(options.base, file).split(sep).join('/');
    try {
      return [{ path, text: await readFile(file, 'utf8') }];
    } catch (error) {
      unreadable.push({ path, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
      return [];
    }
  }))).flat();
  const build = buildSite(sources, {
    ...options,
    previous: options.full ? undefined : await readJson(join(options.out, MANIFEST_FILE)),
    hasPage: (page) => existsSync(join(options.out, page)),
  });
  const { [MANIFEST_FILE]: manifest, ...rest } = Object.fromEntries(build.files);
  await Promise.all(Object.entries(rest).map(([name, text]) => writeAtomic(join(options.out, name), text)));
  await Promise.all(build.removed.map((page) => rm(join(options.out, page), { force: true })));
  await writeAtomic(join(options.out, MANIFEST_FILE), manifest);
  return { kept: build.kept, removed: build.removed, problems: build.problems, written: [...build.files.keys()], unreadable };
}

/** Writes `text` beside `file` under a temporary name, then renames it over `file`. */
export async function writeAtomic(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined; // no previous build, or a damaged manifest: build everything
  }
}
