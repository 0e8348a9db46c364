// A 50,000-commit history through the path the extension takes: the import worker runs git,
// streams its output into the reading, reports progress, and a cancellation stops git.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planImportInWorker } from './in-worker';
import { readCandidates } from './read';
import { buildGitRepository } from './testing';
import { ImportCancelled, type ImportProgress } from './types';

/** The worker as tsc compiled it next to this test (the extension runs the same code bundled). */
const SCRIPT = join(__dirname, 'worker.js');
const COMMITS = 50_000;
/** The review's window: 04:50Z to 09:40Z. The commits land from 06:00Z to 09:00Z. */
const REVIEW = 'pir: 1\ntitle: Checkout errors\ntimes:\n  started: 2026-03-14T06:50:00Z\n  resolved: 2026-03-14T08:40:00Z\ntimeline: []\n';
const FIRST = Date.parse('2026-03-14T06:00:00Z') / 1000;

/** Whether a process is still running git on `dir` (Linux: /proc; elsewhere it cannot tell and says no). */
function gitRunsOn(dir: string): boolean {
  if (process.platform !== 'linux') return false;
  return readdirSync('/proc').some((pid) => {
    if (!/^\d+$/.test(pid)) return false;
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      return args.includes(dir) && args.some((arg) => arg === 'git' || arg.endsWith('/git'));
    } catch {
      return false; // gone meanwhile
    }
  });
}

async function stopsRunning(dir: string): Promise<boolean> {
  for (let i = 0; i < 100 && gitRunsOn(dir); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  return !gitRunsOn(dir);
}

describe('import: a 50,000-commit git history', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pir-import-git-'));
    buildGitRepository(dir, COMMITS, FIRST);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('is read in the worker: git runs there, every commit becomes a candidate, progress counts the commits', async () => {
    const progress: ImportProgress[] = [];
    const result = await planImportInWorker(SCRIPT, { reviewText: REVIEW, inputs: [{ git: dir }], options: {}, maxCandidates: 200 }, { onProgress: (p) => progress.push(p) });
    assert.equal(result.totalCandidates, COMMITS);
    assert.equal(result.counts.added, COMMITS);
    assert.equal(result.candidates.length, 200, 'only the first candidates cross back to the host');
    assert.deepEqual(
      result.candidates.slice(0, 2).map(({ at, text, actor, from }) => ({ at, text: text.replace(/ \([0-9a-f]{8}\)$/, ''), actor, from })),
      [
        { at: '2026-03-14T06:00:00Z', text: 'Tune the checkout pool, step 0', actor: 'Dev 0', from: 'git' },
        { at: '2026-03-14T06:00:00Z', text: 'Tune the checkout pool, step 1', actor: 'Dev 1', from: 'git' },
      ],
    );
    assert.deepEqual(result.formats, [{ file: `${dir} (git history)`, from: 'git' }]);
    // git counts the commits first, then each thousand read is reported.
    assert.ok(progress.every((p) => p.total === COMMITS && p.file === `${dir} (git history)`), 'every report knows the total');
    assert.deepEqual(progress.map((p) => p.done), [0, ...Array.from({ length: COMMITS / 1000 }, (_, i) => (i + 1) * 1000), COMMITS]);
  });

  it('stops git and the worker when cancelled', async () => {
    const abort = new AbortController();
    const progress: ImportProgress[] = [];
    const reading = planImportInWorker(SCRIPT, { reviewText: REVIEW, inputs: [{ git: dir }], options: {} }, {
      signal: abort.signal,
      onProgress: (p) => {
        progress.push(p);
        abort.abort(); // at the first report: git has counted the commits and is about to list them
      },
    });
    await assert.rejects(reading, ImportCancelled);
    assert.deepEqual(progress.map((p) => p.done), [0], 'nothing is reported once cancelled');
    assert.ok(await stopsRunning(dir), 'no git process is left reading the repository');
  });

  it('stops git when the reading in this thread is cancelled (the CLI path)', async () => {
    const abort = new AbortController();
    let reports = 0;
    const reading = readCandidates([{ git: dir }], { signal: abort.signal, onProgress: () => (++reports === 2 ? abort.abort() : undefined) }, { since: Date.parse('2026-03-14T04:50:00Z'), until: Date.parse('2026-03-14T09:40:00Z') });
    await assert.rejects(reading, ImportCancelled);
    assert.equal(reports, 2, 'cancelled after the first thousand commits, before the rest');
    assert.ok(await stopsRunning(dir));
  });
});
