// Reading what the user exported: single files, folders and zips, each file refused before it
// is read whole when it is over the size limit, each JSON parse error turned into a message that
// names the file.
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { unzipSync } from 'fflate';
import { ImportError } from './types';

/** A set of files read by relative path ('/'-separated): a folder on disk or a zip's entries. */
export interface FileTree {
  /** What the user named: the folder or zip path. */
  readonly name: string;
  /** Every file's relative path. */
  readonly paths: readonly string[];
  /** The text of one file (refused over the size limit). */
  read(path: string): string;
}

function tooLarge(file: string, size: number, limit: number): ImportError {
  return new ImportError(file, `is ${bytes(size)}; the import reads files of at most ${bytes(limit)}. Export a shorter period or split the file.`);
}

/** 512 bytes, 4.1 KB, 300 MB. */
function bytes(size: number): string {
  if (size < 1024) return `${size} bytes`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${Math.round(size / 1024 / 1024)} MB`;
}

/** The text of a file, refused before reading when it is larger than `limit` bytes. */
export function readLimited(file: string, limit: number): string {
  checkSize(file, limit);
  return readFileSync(file, 'utf8');
}

function checkSize(file: string, limit: number): void {
  const size = statSync(file).size;
  if (size > limit) throw tooLarge(file, size, limit);
}

/** True when the file starts with a zip's local-header signature. */
export function isZip(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(4);
    return readSync(fd, head, 0, 4, 0) === 4 && head.readUInt32LE(0) === 0x04034b50;
  } finally {
    closeSync(fd);
  }
}

/** JSON.parse with an error that names the file and says what was expected. */
export function parseJson(file: string, text: string, expected: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new ImportError(file, `is not valid JSON (${(error as Error).message}); expected ${expected}.`);
  }
}

/** The files under a folder, read lazily. */
export function folderTree(folder: string, limit: number): FileTree {
  const paths: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) paths.push(relative(folder, path).split(sep).join('/'));
    }
  };
  walk(folder);
  return { name: folder, paths, read: (path) => readLimited(join(folder, path), limit) };
}

/**
 * A zip's entries. The zip is refused over the size limit before it is read; an entry whose
 * uncompressed size is over the limit is refused before it is inflated. Only the entries asked
 * for are inflated (`wanted`), so day files outside the window cost nothing but their name.
 */
export function zipTree(file: string, limit: number, wanted: (path: string) => boolean): FileTree {
  checkSize(file, limit);
  const data = readFileSync(file);
  const paths: string[] = [];
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(data, {
      filter: (entry) => {
        if (entry.name.endsWith('/')) return false;
        paths.push(entry.name);
        if (!wanted(entry.name)) return false;
        if (entry.originalSize > limit) throw tooLarge(`${file}:${entry.name}`, entry.originalSize, limit);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(file, `is not a readable zip (${(error as Error).message}); expected a Slack export zip.`);
  }
  const decoder = new TextDecoder();
  return {
    name: file,
    paths,
    read: (path) => {
      const entry = entries[path];
      if (!entry) throw new ImportError(`${file}:${path}`, 'is missing from the zip.');
      return decoder.decode(entry);
    },
  };
}
