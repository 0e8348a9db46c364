// Helpers for the import's tests: where the fixtures are, and a reader that keeps everything.
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
