// Reads the reviews and the previous manifest from disk, builds the site and writes it. The new
// files are written into a staging folder beside the output folder, then each is renamed into
// place (atomic per file) and the manifest goes last. A build stopped before that step leaves
// the output folder as it was; one stopped during it (a crash: cancelling waits for it) leaves
// a manifest that does not vouch for the files it was replacing, so the next build writes them again.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { buildSite, interimManifest, MANIFEST_FILE, type SiteBuild, type SiteOptions } from './build';

export interface PublishOptions extends Omit<SiteOptions, 'previous' | 'hasFile' | 'readFile' | 'onProgress'> {
  /** Review files, absolute. */
  files: readonly string[];
  /** Folder the review paths in the site are relative to (the workspace, the current directory). */
  base: string;
  /** The output folder, absolute. */
  out: string;
  /** Rebuild every page, ignoring the previous manifest. */
  full?: boolean;
}

/** Where a build is, for a progress bar. */
export type PublishProgress =
  | { step: 'staging'; folder: string }
  | { step: 'reading'; total: number }
  | { step: 'building'; message: string }
  | { step: 'writing'; files: number }
  /** The files are being moved into the output folder: from here on the build is not stopped. */
  | { step: 'committing' };

export interface PublishResult extends Omit<SiteBuild, 'files'> {
  /** Files written, relative to `out`. */
  written: string[];
  /** Review files that could not be read from disk. */
  unreadable: { path: string; message: string }[];
}

export async function publishSite(options: PublishOptions, onProgress: (progress: PublishProgress) => void = () => undefined): Promise<PublishResult> {
  // Beside the output folder, so that renaming out of it stays on one file system.
  await mkdir(dirname(options.out), { recursive: true });
  const staging = await mkdtemp(join(dirname(options.out), `.${basename(options.out).replace(/^\./, '')}.staging-`));
  try {
    onProgress({ step: 'staging', folder: staging });
    onProgress({ step: 'reading', total: options.files.length });
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
    const onDisk = await readJson(join(options.out, MANIFEST_FILE));
    const build = buildSite(sources, {
      ...options,
      previous: onDisk,
      hasFile: (name) => existsSync(join(options.out, name)),
      readFile: (name) => {
        try {
          return readFileSync(join(options.out, name), 'utf8');
        } catch {
          return undefined;
        }
      },
      onProgress: (message) => onProgress({ step: 'building', message }),
    });
    const { [MANIFEST_FILE]: manifest, ...rest } = Object.fromEntries(build.files);
    const names = Object.keys(rest);
    onProgress({ step: 'writing', files: names.length });
    await Promise.all(names.map(async (name) => {
      await mkdir(dirname(join(staging, name)), { recursive: true });
      await writeFile(join(staging, name), rest[name]);
    }));

    onProgress({ step: 'committing' });
    const interim = interimManifest(onDisk, new Set([...names, ...build.removed]));
    if (interim) await writeAtomic(join(options.out, MANIFEST_FILE), interim);
    await Promise.all(names.map(async (name) => {
      await mkdir(dirname(join(options.out, name)), { recursive: true });
      await rename(join(staging, name), join(options.out, name));
    }));
    await Promise.all(build.removed.map((name) => rm(join(options.out, name), { force: true })));
    await writeAtomic(join(options.out, MANIFEST_FILE), manifest);
    return { kept: build.kept, keptFiles: build.keptFiles, removed: build.removed, problems: build.problems, written: [...build.files.keys()], unreadable };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Writes `text` beside `file` under a temporary name, then renames it over `file`. */
async function writeAtomic(file: string, text: string): Promise<void> {
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
