import * as assert from 'node:assert/strict';
import { buildSite, MANIFEST_FILE, type SiteOptions } from './build';
import { SITE_CSP } from './layout';

const SCRIPTS = { site: '/* site */', dashboard: '/* dashboard */' };
const OPTIONS: SiteOptions = { now: new Date('2026-11-30T00:00:00Z'), scripts: SCRIPTS };

const review = (title: string, extra = '') => `pir: 1
title: ${title}
severity: P2
services: [checkout]
times:
  started: 2026-03-01T10:00:00Z
  resolved: 2026-03-01T11:00:00Z
timeline:
  - at: 2026-03-01T10:00:00Z
    text: Deploy of ${title}
actionItems:
  - id: A1
    title: Fix ${title}
    owner: sam
    due: 2026-04-01
    status: open
${extra}`;

describe('buildSite', () => {
  const sources = [
    { path: 'reviews/one.pir.yaml', text: review('One') },
    { path: 'reviews/two.pir.yaml', text: review('Two') },
  ];

  it('writes the pages, the search index, the scripts and a manifest', () => {
    const build = buildSite(sources, OPTIONS);
    assert.deepEqual([...build.files.keys()].sort(), [
      'actions.html', 'dashboard-data.js', 'dashboard.html', 'dashboard.js', 'index.html', MANIFEST_FILE,
      'reviews/reviews-one.html', 'reviews/reviews-two.html', 'search-index.js', 'site.css', 'site.js',
    ]);
    assert.equal(build.files.get('site.js'), SCRIPTS.site);
    for (const [name, text] of build.files) if (name.endsWith('.html')) assert.ok(text.includes(SITE_CSP), name);
    assert.match(build.files.get('reviews/reviews-one.html')!, /Related reviews[\s\S]*reviews-two\.html/);
    assert.match(build.files.get('actions.html')!, /Fix One[\s\S]*overdue/);
    assert.match(build.files.get('search-index.js')!, /^window\.PIR_SEARCH_INDEX = \{/);
  });

  it('renders only the changed review on a rebuild, and the shared pages', () => {
    const first = buildSite(sources, OPTIONS);
    const previous = JSON.parse(first.files.get(MANIFEST_FILE)!);
    const same = buildSite(sources, { ...OPTIONS, previous });
    assert.deepEqual(same.kept, ['reviews/reviews-one.html', 'reviews/reviews-two.html']);
    assert.equal(same.files.get('search-index.js'), first.files.get('search-index.js'), 'the cached passages give the same index');

    const changed = buildSite([sources[0], { ...sources[1], text: `${sources[1].text}lessonsLearned: [Canary first]\n` }], { ...OPTIONS, previous });
    assert.deepEqual(changed.kept, ['reviews/reviews-one.html']);
    assert.ok(changed.files.has('reviews/reviews-two.html'));
    assert.match(changed.files.get('search-index.js')!, /Canary first/);
  });

  it('renders a review again when a related review changes its title, or its page is gone', () => {
    const previous = JSON.parse(buildSite(sources, OPTIONS).files.get(MANIFEST_FILE)!);
    const renamed = buildSite([sources[0], { ...sources[1], text: review('Renamed') }], { ...OPTIONS, previous });
    assert.deepEqual(renamed.kept, []);
    assert.match(renamed.files.get('reviews/reviews-one.html')!, /Renamed/);
    const deleted = buildSite(sources, { ...OPTIONS, previous, hasPage: (page) => page !== 'reviews/reviews-one.html' });
    assert.deepEqual(deleted.kept, ['reviews/reviews-two.html']);
  });

  it('drops the page of a removed review, and ignores a manifest of another format', () => {
    const previous = JSON.parse(buildSite(sources, OPTIONS).files.get(MANIFEST_FILE)!);
    assert.deepEqual(buildSite([sources[0]], { ...OPTIONS, previous }).removed, ['reviews/reviews-two.html']);
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
    assert.ok(!build.files.get('search-index.js')!.includes('<img'), 'no raw < in the index script');
  });
});
