// Helpers for the import's tests: where the fixtures are, and a reader that keeps everything.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { readCandidates } from './read';
import type { ImportInput, ImportOptions, ImportWindow, ReadResult } from './types';

/** test/fixtures/import, from out/src/core/import. */
export const FIXTURES = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'import');
export const REAL = join(FIXTURES, 'real');
export const OWN = join(FIXTURES, 'own');

/** Reads `paths` (relative to FIXTURES) with no window unless given. */
export function readFixtures(paths: readonly string[], options: ImportOptions = {}, window: ImportWindow = {}): Promise<ReadResult> {
  const inputs: ImportInput[] = paths.map((path) => ({ path: resolve(FIXTURES, path) }));
  return readCandidates(inputs, options, window);
}

/** Epoch milliseconds of an ISO instant, for windows in tests. */
export function ms(iso: string): number {
  return Date.parse(iso);
}

/**
 * A git repository at `dir` with `commits` commits on main ("Tune the checkout pool, step i" by
 * "Dev i%50"), landing from `firstSecond` (epoch seconds) over three hours: `git fast-import`
 * writes 50,000 in a second or two.
 */
export function buildGitRepository(dir: string, commits: number, firstSecond: number): void {
  const stream = Array.from({ length: commits }, (_, i) => {
    const message = `Tune the checkout pool, step ${i}\n`;
    const when = firstSecond + Math.floor((i * 3 * 3600) / commits);
    return `commit refs/heads/main\ncommitter Dev ${i % 50} <dev${i % 50}@acme.example> ${when} +0000\ndata ${Buffer.byteLength(message)}\n${message}\n`;
  }).join('');
  execFileSync('git', ['init', '-q', dir]);
  execFileSync('git', ['-C', dir, 'symbolic-ref', 'HEAD', 'refs/heads/main']);
  // glibc's malloc gives memory back after every commit unless told to keep some: five times slower.
  execFileSync('git', ['-C', dir, 'fast-import', '--quiet'], { input: stream, env: { ...process.env, MALLOC_TOP_PAD_: String(64 << 20) } });
}
