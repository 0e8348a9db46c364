// Helpers for CLI tests: a working directory with given files, and a CliIo that keeps what a
// command printed.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CliIo } from './io';

export interface CapturedIo {
  io: CliIo;
  /** Everything written to stdout so far. */
  out(): string;
  /** Everything written to stderr so far. */
  err(): string;
}

export function captureIo(cwd: string): CapturedIo {
  let out = '';
  let err = '';
  return {
    io: { cwd, stdout: (text) => void (out += text), stderr: (text) => void (err += text) },
    out: () => out,
    err: () => err,
  };
}

/**
 * A new temporary directory holding `files` (relative path -> text; folders are created).
 * Remove it after the test with `rmSync(dir, { recursive: true, force: true })`.
 */
export function tempDirWith(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'pir-cli-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
