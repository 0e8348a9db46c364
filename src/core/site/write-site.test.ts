import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { testReview, TEST_SCRIPTS } from './testing';
import { publishSite } from './write-site';

const NOW = new Date('2026-11-30T00:00:00Z');

/** Review `n`: a month apart from the next, so only some are repeats of each other. */
const review = (n: number, title: string, services: string, lesson = 'Canary first') =>
  testReview({ title, services, tags: n % 4 === 0 ? 'deploy' : 'config', day: day(n), lesson });

function day(n: number): string {
  return new Date(Date.UTC(2024, 0, 1) + n * 30 * 86_400_000).toISOString().slice(0, 10);
}

/** Every file under `dir`, by path relative to it, with its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = join(entry.parentPath, entry.name);
      files.set(relative(dir, file), readFileSync(file, 'latin1'));
    }
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

describe('publishSite', () => {
  let root: string;
  let reviews: string;
  const build = (out: string, full = false) => publishSite({
    files: readdirSync(reviews).sort().map((name) => join(reviews, name)), base: root, out: join(root, out), now: NOW, scripts: TEST_SCRIPTS, full,
  });
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'pir-site-'));
    reviews = join(root, 'reviews');
    const services = ['checkout', 'payments', 'search'];
    // 40 reviews: several share a search shard, some are repeats of each other.
    mkdirSync(reviews);
    for (let i = 0; i < 40; i++) writeFileSync(join(reviews, `review-${String(i).padStart(2, '0')}.pir.yaml`), review(i, `Outage ${i}`, services[i % 3]));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  // [what, the change, how many of the 40 pages at least stay as they are]
  const cases: [string, () => void, number?][] = [
    ['a review changes', () => writeFileSync(join(reviews, 'review-07.pir.yaml'), review(7, 'Outage 7', 'payments', 'Roll back sooner'))],
    ['a review changes its title (its related reviews show it)', () => writeFileSync(join(reviews, 'review-07.pir.yaml'), review(7, 'Renamed outage', 'payments'))],
    ['a repeat incident changes its severity (the dashboard\'s repeat list shows it)', () => writeFileSync(join(reviews, 'review-07.pir.yaml'), review(7, 'Outage 7', 'payments').replace('severity: P2', 'severity: P1'))],
    ['a review moves to another service (related links change)', () => writeFileSync(join(reviews, 'review-07.pir.yaml'), review(7, 'Outage 7', 'checkout')), 10],
    ['an action item is closed (the index entry changes)', () => writeFileSync(join(reviews, 'review-07.pir.yaml'), review(7, 'Outage 7', 'payments').replace('status: open', 'status: done'))],
    ['a review is added', () => writeFileSync(join(reviews, 'review-99.pir.yaml'), review(99, 'New outage', 'search'))],
    ['a review is deleted', () => unlinkSync(join(reviews, 'review-12.pir.yaml'))],
  ];
  for (const [what, change, minKept = 25] of cases) {
    it(`writes the same bytes incrementally as a full build when ${what}`, async () => {
      await build('incremental');
      change();
      const rebuilt = await build('incremental');
      assert.ok(rebuilt.kept.length >= minKept, `pages kept: ${rebuilt.kept.length}`);
      assert.ok(rebuilt.keptFiles.some((name) => name.startsWith('search/')), 'some search shards kept');
      await build('full', true);
      const incremental = snapshot(join(root, 'incremental'));
      const full = snapshot(join(root, 'full'));
      assert.deepEqual([...incremental.keys()], [...full.keys()]);
      for (const [name, bytes] of full) assert.ok(incremental.get(name) === bytes, `${name} differs`);
    });
  }

  it('deletes the page of a removed review also when rendering everything again (--full)', async () => {
    await build('site');
    unlinkSync(join(reviews, 'review-12.pir.yaml'));
    const again = await build('site', true);
    assert.deepEqual(again.kept, []);
    assert.ok(again.removed.includes('reviews/reviews-review-12.html'), again.removed.join(', '));
    assert.ok(!snapshot(join(root, 'site')).has(join('reviews', 'reviews-review-12.html')));
  });

  it('renders nothing again when nothing changed, and leaves no temporary file', async () => {
    await build('site');
    const before = snapshot(join(root, 'site'));
    const again = await build('site');
    assert.equal(again.kept.length, 40);
    assert.deepEqual(again.removed, []);
    const after = snapshot(join(root, 'site'));
    assert.deepEqual(after, before);
    assert.ok(![...after.keys()].some((name) => name.endsWith('.tmp')));
  });
});
