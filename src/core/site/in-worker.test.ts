import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateReview } from '../../../bench/generate';
import { publishSiteInWorker, SiteBuildCancelled } from './in-worker';
import type { PublishProgress } from './write-site';

const SCRIPT = join(__dirname, 'worker.js');

describe('publishSiteInWorker', function () {
  this.timeout(60_000);
  let root: string;
  let files: string[];
  const options = () => ({ files, base: root, out: join(root, 'site'), now: new Date('2026-11-30T00:00:00Z'), scripts: { site: '', dashboard: '' } });
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'pir-site-worker-'));
    mkdirSync(join(root, 'reviews'));
    // Enough reviews that the build takes far longer than stopping a worker.
    files = Array.from({ length: 80 }, (_, i) => {
      const file = join(root, 'reviews', `r${i}.pir.yaml`);
      writeFileSync(file, generateReview(i, 10_000));
      return file;
    });
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('builds the site in a worker, reporting each step', async () => {
    const steps: PublishProgress['step'][] = [];
    const result = await publishSiteInWorker(SCRIPT, options(), { onProgress: (p) => steps.push(p.step) });
    assert.equal(result.kept.length, 0);
    assert.ok(existsSync(join(root, 'site', 'index.html')));
    assert.equal(readdirSync(join(root, 'site', 'reviews')).length, 80);
    assert.deepEqual([...new Set(steps)], ['staging', 'reading', 'building', 'writing', 'committing']);
    assert.deepEqual(readdirSync(root).sort(), ['reviews', 'site'], 'no staging folder left');
    rmSync(join(root, 'site'), { recursive: true });
  });

  it('stops when cancelled, leaving no site and no staging folder', async () => {
    const abort = new AbortController();
    const steps: PublishProgress['step'][] = [];
    const build = publishSiteInWorker(SCRIPT, options(), {
      signal: abort.signal,
      onProgress: (p) => {
        steps.push(p.step);
        if (p.step === 'reading') abort.abort();
      },
    });
    await assert.rejects(build, SiteBuildCancelled);
    // A worker still running would go on to write the site: give it the time a build takes.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    assert.ok(!steps.includes('committing'), `${steps.join(', ')}`);
    assert.deepEqual(readdirSync(root), ['reviews'], 'no site, no staging folder');
  });

  it('leaves the previous site as it was when a rebuild is cancelled', async () => {
    await publishSiteInWorker(SCRIPT, options());
    const site = () => readdirSync(join(root, 'site'), { recursive: true }).sort().map((name) => [name, statSync(join(root, 'site', String(name))).isFile() ? readFileSync(join(root, 'site', String(name)), 'latin1') : '']);
    const before = site();
    writeFileSync(files[0], generateReview(1000, 10_000));
    const abort = new AbortController();
    const build = publishSiteInWorker(SCRIPT, { ...options(), full: true }, {
      signal: abort.signal,
      onProgress: (p) => p.step === 'building' && abort.abort(),
    });
    await assert.rejects(build, SiteBuildCancelled);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.deepEqual(site(), before);
    assert.deepEqual(readdirSync(root).sort(), ['reviews', 'site']);
  });
});
