import * as assert from 'node:assert/strict';
import { yaml } from './rules/testing';
import { ParsedReview } from './parse';
import { readReview, ReviewIndex } from './workspace-index';

const GOOD = yaml(
  'pir: 1',
  'id: PIR-7',
  'title: Checkout outage',
  'severity: P1',
  'status: final',
  'category: outage',
  'services: [checkout, 42]',
  'times:',
  '  started: 2026-03-14T09:00:00Z',
  '  detected: 2026-03-14T09:07:00Z',
  'actionItems:',
  '  - id: AI-1',
  '    title: Add alert on queue depth',
  '    owner: sre-team',
  '    due: 2026-04-01',
  '  - just a string',
  '  - title: Roll back faster',
  '    status: done',
  '    priority: P9',
);

describe('ReviewIndex', () => {
  it('reads tags and the distinct categories of contributing factors, what repeat incidents compare', () => {
    const entry = new ReviewIndex().update('u', yaml(
      'pir: 1',
      'title: T',
      'tags: [config, 7, canary]',
      'contributingFactors:',
      '  - text: No canary for flags',
      '    category: process',
      '  - text: Parser is strict',
      '    category: systems',
      '  - text: Again process',
      '    category: process',
      '  - text: Uncategorised',
      '  - text: Bad category',
      '    category: weather',
    ));
    assert.deepEqual(entry.tags, ['config', 'canary']);
    assert.deepEqual(entry.factorCategories, ['process', 'systems']);
  });

  it('reads a review\'s fields, metrics and action items with their places', () => {
    const index = new ReviewIndex();
    const entry = index.update('file:///w/a.pir.yaml', GOOD);
    assert.equal(entry.title, 'Checkout outage');
    assert.equal(entry.id, 'PIR-7');
    assert.equal(entry.severity, 'P1');
    assert.equal(entry.status, 'final');
    assert.deepEqual(entry.services, ['checkout']);
    assert.deepEqual(entry.times, { started: '2026-03-14T09:00:00Z', detected: '2026-03-14T09:07:00Z' });
    assert.equal(entry.metrics.mttd, 7 * 60_000);
    assert.equal(entry.stale, false);
    // Schema errors: a number in `services`, a string as an action item, a bad `priority`.
    assert.equal(entry.errors, 3);

    const [first, second] = entry.actionItems;
    assert.equal(entry.actionItems.length, 2);
    assert.equal(first.key, 'file:///w/a.pir.yaml#AI-1');
    assert.equal(first.status, 'open');
    assert.equal(first.owner, 'sre-team');
    assert.equal(first.line, 12);
    assert.ok(GOOD.slice(first.range.start, first.range.end).startsWith('id: AI-1'));
    assert.ok(GOOD.slice(first.range.start, first.range.end).endsWith('due: 2026-04-01'));
    // The string item is skipped, but positions still count it: edits address ['actionItems', 2].
    assert.equal(second.index, 2);
    assert.equal(second.key, 'file:///w/a.pir.yaml#2');
    assert.equal(second.status, 'done');
    assert.equal(second.priority, undefined);
    assert.equal(second.reviewTitle, 'Checkout outage');
  });

  it('keeps keys stable when other items move, and unique when ids repeat', () => {
    const index = new ReviewIndex();
    const item = (id: string) => [`  - id: ${id}`, `    title: Item ${id}`];
    const before = index.update('u', yaml('actionItems:', ...item('A'), ...item('B'))).actionItems.map((i) => i.key);
    const after = index.update('u', yaml('actionItems:', ...item('B'), ...item('A'), ...item('A'))).actionItems.map((i) => i.key);
    assert.deepEqual(before, ['u#A', 'u#B']);
    assert.deepEqual(after, ['u#B', 'u#A', 'u#A~2']);
  });

  it('keeps the last good data of a file that stops parsing, marked stale', () => {
    const index = new ReviewIndex();
    index.update('u', GOOD);
    const broken = index.update('u', `${GOOD}title: [unclosed\n`);
    assert.equal(broken.stale, true);
    assert.match(broken.parseError ?? '', /./);
    assert.ok(broken.errors >= 1);
    assert.equal(broken.title, 'Checkout outage');
    assert.equal(broken.actionItems.length, 2);
    // Still broken after another edit: still the same last good data.
    assert.equal(index.update('u', 'title: [').actionItems.length, 2);
    // Fixed: fresh again.
    const fixed = index.update('u', yaml('pir: 1', 'title: Renamed'));
    assert.deepEqual([fixed.stale, fixed.parseError, fixed.title, fixed.actionItems.length], [false, undefined, 'Renamed', 0]);
  });

  it('takes a reading made elsewhere (the lint worker) like the text, keeping last good data when it did not parse', () => {
    const index = new ReviewIndex();
    index.update('u', readReview('u', new ParsedReview(GOOD)));
    assert.equal(index.get('u')?.title, 'Checkout outage');
    const broken = index.update('u', readReview('u', new ParsedReview('title: [')));
    assert.deepEqual([broken.stale, broken.title, broken.actionItems.length], [true, 'Checkout outage', 2]);
    assert.match(broken.parseError ?? '', /./);
  });

  it('lists a file that never parsed, named after the file, with its error', () => {
    const index = new ReviewIndex();
    const entry = index.update('file:///w/my%20review.pir.yaml', 'a: [\n');
    assert.equal(entry.title, 'my review.pir.yaml');
    assert.equal(entry.stale, false);
    assert.match(entry.parseError ?? '', /./);
    assert.deepEqual(entry.actionItems, []);
    assert.equal(index.update('v', '').parseError, 'The file is empty.');
    assert.match(index.update('w', '- a list\n').parseError ?? '', /not a YAML mapping/);
    assert.equal(index.entries().length, 3);
  });

  it('removes entries and lists the rest in uri order', () => {
    const index = new ReviewIndex();
    index.update('b', GOOD);
    index.update('a', GOOD);
    index.update('c', GOOD);
    index.remove('b');
    assert.deepEqual(index.entries().map((e) => e.uri), ['a', 'c']);
    assert.deepEqual(index.actionItems().map((i) => i.key), ['a#AI-1', 'a#2', 'c#AI-1', 'c#2']);
    assert.equal(index.get('b'), undefined);
  });

  it('reports changes to listeners, once per batch, until disposed', () => {
    const index = new ReviewIndex();
    const events: (readonly string[])[] = [];
    const dispose = index.onDidChange((uris) => events.push(uris));
    index.update('a', GOOD);
    index.remove('missing');
    index.batch(() => {
      index.update('b', GOOD);
      index.update('c', GOOD);
      index.remove('a');
    });
    dispose();
    index.update('d', GOOD);
    assert.deepEqual(events, [['a'], ['b', 'c', 'a']]);
  });

  it('tells every listener even when one throws, then reports the error', () => {
    const index = new ReviewIndex();
    const heard: string[] = [];
    index.onDidChange(() => {
      throw new Error('view failed');
    });
    index.onDidChange((uris) => heard.push(...uris));
    assert.throws(() => index.update('a', GOOD), /view failed/);
    assert.deepEqual(heard, ['a']);
    assert.deepEqual(index.entries().map((e) => e.uri), ['a']);
  });

  describe('cache', () => {
    const stamp = { mtime: 1000, size: GOOD.length };

    it('round-trips through JSON and re-reads only changed or unknown files', () => {
      const index = new ReviewIndex();
      index.update('a', GOOD, stamp);
      index.update('broken', 'a: [', { mtime: 5, size: 4 });
      index.update('buffer', GOOD);
      const restored = ReviewIndex.fromCache(JSON.parse(JSON.stringify(index.toCache())));
      // An unsaved buffer has no disk version to check against: not cached.
      assert.deepEqual(restored.entries().map((e) => e.uri), ['a', 'broken']);
      // JSON leaves out the keys of absent optional fields; nothing else may differ.
      assert.deepEqual(restored.get('a'), JSON.parse(JSON.stringify(index.get('a'))));
      assert.equal(restored.get('broken')?.parseError, index.get('broken')?.parseError);
      assert.equal(restored.needsUpdate('a', { ...stamp }), false);
      assert.equal(restored.needsUpdate('a', { ...stamp, mtime: 2000 }), true);
      assert.equal(restored.needsUpdate('a', { ...stamp, size: 1 }), true);
      assert.equal(restored.needsUpdate('new', stamp), true);
    });

    it('starts empty from a cache of another version or from junk', () => {
      assert.deepEqual(ReviewIndex.fromCache({ version: 0, files: [] }).entries(), []);
      assert.deepEqual(ReviewIndex.fromCache('junk').entries(), []);
    });

    it('needs an update for an entry last read from a buffer', () => {
      const index = new ReviewIndex();
      index.update('a', GOOD);
      assert.equal(index.needsUpdate('a', stamp), true);
    });
  });
});
