import * as assert from 'node:assert/strict';
import { buildSite, MANIFEST_FILE, type SiteOptions } from './build';
import { SITE_CSP } from './layout';
import { shardFile, shardOf } from './search-index';
import { testReview, TEST_SCRIPTS } from './testing';

const OPTIONS: SiteOptions = { now: new Date('2026-11-30T00:00:00Z'), scripts: TEST_SCRIPTS };

const review = (title: string, extra = '') => testReview({ title, extra });

describe('buildSite', () => {
  const sources = [
    { path: 'reviews/one.pir.yaml', text: review('One') },
    { path: 'reviews/two.pir.yaml', text: review('Two') },
  ];

  const shardOne = shardFile(shardOf('reviews/reviews-one.html'));
  const shardTwo = shardFile(shardOf('reviews/reviews-two.html'));
  /** The search shards of a build, in one string. */
  const searchText = (files: Map<string, string>) => [...files].filter(([name]) => name.startsWith('search/')).map(([, text]) => text).join('');

  it('writes the pages, the search index, the scripts and a manifest', () => {
    assert.notEqual(shardOne, shardTwo, 'the two reviews are in different shards (else pick other names)');
    const build = buildSite(sources, OPTIONS);
    assert.deepEqual([...build.files.keys()].sort(), [
      'actions.html', 'dashboard-data.js', 'dashboard.html', 'dashboard.js', 'index.html', MANIFEST_FILE,
      'reviews/reviews-one.html', 'reviews/reviews-two.html', shardOne, shardTwo, 'site.css', 'site.js',
    ].sort());
    assert.equal(build.files.get('site.js'), TEST_SCRIPTS.site);
    for (const [name, text] of build.files) if (name.endsWith('.html')) assert.ok(text.includes(SITE_CSP), name);
    assert.match(build.files.get('reviews/reviews-one.html')!, /Related reviews[\s\S]*reviews-two\.html/);
    assert.match(build.files.get('actions.html')!, /Fix One[\s\S]*overdue/);
    assert.match(build.files.get(shardOne)!, /^\(window\.PIR_SEARCH_INDEX = window\.PIR_SEARCH_INDEX \|\| \[\]\)\.push\(\{.*Deploy of One/);
    assert.ok(!build.files.get(shardOne)!.includes('Deploy of Two'), 'each review in its own shard');
    assert.match(build.files.get('index.html')!, new RegExp(`<script src="${shardOne}" defer>`));
  });

  it('renders only the changed review on a rebuild, indexes only its shard, and writes the shared pages', () => {
    const first = buildSite(sources, OPTIONS);
    const previous = JSON.parse(first.files.get(MANIFEST_FILE)!);
    const readFile = (name: string) => first.files.get(name);
    const same = buildSite(sources, { ...OPTIONS, previous, readFile });
    assert.deepEqual(same.kept, ['reviews/reviews-one.html', 'reviews/reviews-two.html']);
    assert.deepEqual(same.keptFiles.sort(), ['actions.html', 'dashboard-data.js', 'dashboard.html', 'index.html', shardOne, shardTwo].sort());
    assert.equal(searchText(same.files), '');

    const changed = buildSite([sources[0], { ...sources[1], text: `${sources[1].text}lessonsLearned: [Canary first]\n` }], { ...OPTIONS, previous, readFile });
    assert.deepEqual(changed.kept, ['reviews/reviews-one.html']);
    // Lessons are not in the index entry: the pages that span every review stay too.
    assert.deepEqual(changed.keptFiles.sort(), ['actions.html', 'dashboard-data.js', 'dashboard.html', 'index.html', shardOne].sort());
    assert.ok(changed.files.has('reviews/reviews-two.html'));
    assert.match(changed.files.get(shardTwo)!, /Canary first/);
  });

  it('writes the pages that span every review again when an index entry changes, or on another day', () => {
    const first = buildSite(sources, OPTIONS);
    const previous = JSON.parse(first.files.get(MANIFEST_FILE)!);
    const aggregate = ['actions.html', 'dashboard-data.js', 'dashboard.html', 'index.html'];
    const later = buildSite(sources, { ...OPTIONS, now: new Date('2026-11-30T23:59:00Z'), previous });
    assert.deepEqual(aggregate.filter((name) => later.files.has(name)), [], 'the same day: kept');
    const closed = buildSite([sources[0], { ...sources[1], text: sources[1].text.replace('status: open', 'status: done') }], { ...OPTIONS, previous });
    assert.deepEqual(aggregate.filter((name) => closed.files.has(name)), aggregate);
    assert.ok(!closed.files.get('actions.html')!.includes('Fix Two'));
    const tomorrow = buildSite(sources, { ...OPTIONS, now: new Date('2026-12-01T00:00:00Z'), previous });
    assert.deepEqual(aggregate.filter((name) => tomorrow.files.has(name)), aggregate);
  });

  it('takes the passages of an unchanged review from its shard\'s previous script', () => {
    // Two reviews in one shard: one changes, the other's passages are read back, not parsed.
    const names = Array.from({ length: 40 }, (_, i) => `r${i}.pir.yaml`);
    const page = (name: string) => `reviews/${name.replace('.pir.yaml', '.html')}`;
    const [a, b] = names.filter((n) => shardOf(page(n)) === shardOf(page(names[0])));
    const pair = [{ path: a, text: review('Alpha') }, { path: b, text: review('Beta') }];
    const first = buildSite(pair, OPTIONS);
    const file = shardFile(shardOf(page(a)));
    const previous = JSON.parse(first.files.get(MANIFEST_FILE)!);
    // A marker only the read-back passages can carry: had Beta been parsed again, it would be gone.
    const readFile = (name: string) => (name === file ? first.files.get(name)!.replace('Deploy of Beta', 'Deploy of Marked') : undefined);
    const rebuilt = buildSite([{ ...pair[0], text: review('Alpha2') }, pair[1]], { ...OPTIONS, previous, readFile });
    assert.match(rebuilt.files.get(file)!, /Deploy of Alpha2[\s\S]*Deploy of Marked/);
    const unreadable = buildSite([{ ...pair[0], text: review('Alpha2') }, pair[1]], { ...OPTIONS, previous, readFile: () => 'damaged' });
    assert.equal(unreadable.files.get(file), buildSite([{ ...pair[0], text: review('Alpha2') }, pair[1]], OPTIONS).files.get(file), 'a damaged shard: parsed again');
  });

  it('renders a review again when a related review changes its title, or its page is gone', () => {
    const previous = JSON.parse(buildSite(sources, OPTIONS).files.get(MANIFEST_FILE)!);
    const renamed = buildSite([sources[0], { ...sources[1], text: review('Renamed') }], { ...OPTIONS, previous });
    assert.deepEqual(renamed.kept, []);
    assert.match(renamed.files.get('reviews/reviews-one.html')!, /Renamed/);
    const deleted = buildSite(sources, { ...OPTIONS, previous, hasFile: (name) => name !== 'reviews/reviews-one.html' && name !== shardTwo });
    assert.deepEqual(deleted.kept, ['reviews/reviews-two.html']);
    assert.ok(deleted.keptFiles.includes(shardOne) && !deleted.keptFiles.includes(shardTwo));
  });

  it('drops the page of a removed review, and ignores a manifest of another format', () => {
    const previous = JSON.parse(buildSite(sources, OPTIONS).files.get(MANIFEST_FILE)!);
    assert.deepEqual(buildSite([sources[0]], { ...OPTIONS, previous }).removed, ['reviews/reviews-two.html', shardTwo]);
    assert.deepEqual(buildSite(sources, { ...OPTIONS, previous: { format: 0, reviews: previous.reviews } }).kept, []);
  });

  it('leaves out a file that is not a review, saying why', () => {
    const build = buildSite([...sources, { path: 'broken.pir.yaml', text: 'title: [unclosed' }], OPTIONS);
    assert.equal(build.problems.length, 1);
    assert.equal(build.problems[0].path, 'broken.pir.yaml');
    assert.ok(!build.files.has('reviews/broken.html'));
  });

  it('escapes review text everywhere: index, actions, review page, related links', () => {
    const hostile = '"<img src=x onerror=alert(1)>'; // YAML: a quoted scalar
    const build = buildSite([
      { path: 'a.pir.yaml', text: review(`'${hostile}'`, `tags: ['<script>x</script>']\n`) },
      { path: 'b.pir.yaml', text: review('B', `tags: ['<script>x</script>']\n`) },
    ], OPTIONS);
    for (const [name, text] of build.files) {
      if (!name.endsWith('.html')) continue;
      assert.ok(!text.includes('<img src=x'), name);
      assert.ok(!text.includes('<script>x'), name);
    }
    assert.match(searchText(build.files), /img src=x/);
    assert.ok(!searchText(build.files).includes('<img'), 'no raw < in the index scripts');
  });
});
