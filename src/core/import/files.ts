// Reading what the user exported: single files, folders and zips, each file refused before it
// is read whole when it is over the size limit, each JSON parse error turned into a message that
// names the file.
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { unzipSync } from 'fflate';
import { ImportError } from './types';

/** A set of files read by relative path ('/'-separated): a folder on disk or a zip's entries. */
export interface FileTree {
  /** What the user named: the folder or zip path. */
  readonly name: string;
  /** The names in `folder` ('' for the top, else ending in '/'); folders' names end in '/'. */
  list(folder: string): string[];
  /**
   * The bytes of the file at `path`, undefined when there is none (a day file looked up by its
   * date costs less than listing its folder). Refused over the size limit. Bytes, not text: a
   * day file that turns out to hold nothing in the window is never decoded. The bytes may be
   * overwritten by the next read: decode or copy what is kept.
   */
  read(path: string): Buffer | undefined;
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

/**
 * Reads a folder's files, one at a time, into one buffer that grows to the largest: a Slack
 * export has tens of thousands of small day files, and a fresh buffer (or string) per file
 * costs more than reading it. A file that fills the buffer is measured before the rest of it is
 * read, and refused over `limit`.
 */
class FileReader {
  private buffer = Buffer.allocUnsafe(64 * 1024);

  constructor(private readonly limit: number) {}

  /** The bytes of `file` (valid until the next read), undefined when it does not exist or is a folder. */
  read(file: string): Buffer | undefined {
    let fd: number;
    try {
      fd = openSync(file, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    try {
      let length = readSync(fd, this.buffer, 0, this.buffer.length, null);
      if (length === this.buffer.length) {
        const { size } = fstatSync(fd);
        if (size > this.limit) throw tooLarge(file, size, this.limit);
        for (;;) {
          // Room for one byte more than the size: a file that grew since is read to its end too.
          if (length === this.buffer.length) this.grow(Math.max(size + 1, length * 2));
          const read = readSync(fd, this.buffer, length, this.buffer.length - length, null);
          if (read === 0) break;
          length += read;
        }
      }
      if (length > this.limit) throw tooLarge(file, length, this.limit);
      return this.buffer.subarray(0, length);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EISDIR') return undefined;
      throw error;
    } finally {
      closeSync(fd);
    }
  }

  private grow(size: number): void {
    const bigger = Buffer.allocUnsafe(size);
    this.buffer.copy(bigger);
    this.buffer = bigger;
  }
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

/** JSON.parse (of text, or of UTF-8 bytes) with an error that names the file and says what was expected. */
export function parseJson(file: string, content: string | Buffer, expected: string): unknown {
  const text = typeof content === 'string' ? content : content.toString('utf8');
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new ImportError(file, `is not valid JSON (${(error as Error).message}); expected ${expected}.`);
  }
}

/** The files under a folder, listed and read on demand. */
export function folderTree(folder: string, limit: number): FileTree {
  const listed = new Map<string, string[]>(); // an export's top is listed by several steps
  const reader = new FileReader(limit);
  const list = (sub: string) =>
    readdirSync(join(folder, sub), { withFileTypes: true })
      .filter((entry) => !entry.name.startsWith('.') && (entry.isDirectory() || entry.isFile()))
      .map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name));
  return {
    name: folder,
    list: (sub) => {
      if (!listed.has(sub)) listed.set(sub, list(sub));
      return [...listed.get(sub)!];
    },
    read: (path) => reader.read(`${folder}${sep}${path}`),
  };
}

/**
 * A zip's entries. The zip is refused over the size limit before it is read; an entry whose
 * uncompressed size is over the limit is refused before it is inflated. Only the entries asked
 * for are inflated (`wanted`), so day files outside the window cost nothing but their name.
 */
export function zipTree(file: string, limit: number, wanted: (path: string) => boolean): FileTree {
  checkSize(file, limit);
  const data = readFileSync(file);
  const folders = new Map<string, Set<string>>([['', new Set()]]);
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(data, {
      filter: (entry) => {
        addToFolders(folders, entry.name);
        if (entry.name.endsWith('/')) return false;
        if (!wanted(entry.name)) return false;
        if (entry.originalSize > limit) throw tooLarge(`${file}:${entry.name}`, entry.originalSize, limit);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(file, `is not a readable zip (${(error as Error).message}); expected a Slack export zip.`);
  }
  return {
    name: file,
    list: (folder) => [...(folders.get(folder) ?? [])],
    read: (path) => {
      const entry = entries[path];
      return entry && Buffer.from(entry.buffer, entry.byteOffset, entry.byteLength);
    },
  };
}

/** Records a zip entry's name, and the folders on its way, in `folders` (folder -> names in it). */
function addToFolders(folders: Map<string, Set<string>>, name: string): void {
  const parts = name.split('/');
  let folder = '';
  parts.forEach((part, i) => {
    if (!part) return;
    const entry = i < parts.length - 1 ? `${part}/` : part;
    if (!folders.has(folder)) folders.set(folder, new Set());
    folders.get(folder)!.add(entry);
    folder += entry.endsWith('/') ? entry : '';
  });
}
