import * as assert from 'node:assert/strict';
import { cursorContext, keyAt } from './cursor';

/** Splits `text` at the `‸` marker: the text without it and the marker's offset. */
function at(marked: string): [string, number] {
  const offset = marked.indexOf('‸');
  assert.ok(offset >= 0, 'the test text needs a ‸ cursor marker');
  return [marked.slice(0, offset) + marked.slice(offset + 1), offset];
}

function context(marked: string) {
  const [text, offset] = at(marked);
  const found = cursorContext(text, offset);
  return { ...found, replaced: text.slice(found.range.start, found.range.end) };
}

describe('cursorContext', () => {
  it('finds a top-level key being typed, with the keys the review already has', () => {
    const found = context('pir: 1\ntitle: Outage\nsev‸\nstatus: draft\n');
    assert.deepEqual(found.path, []);
    assert.equal(found.kind, 'key');
    assert.equal(found.prefix, 'sev');
    assert.equal(found.replaced, 'sev');
    assert.deepEqual(found.siblings.sort(), ['pir', 'status', 'title']);
  });

  it('finds a value position after `key: `, even with nothing typed yet', () => {
    const found = context('pir: 1\nseverity: ‸\n');
    assert.deepEqual(found.path, ['severity']);
    assert.equal(found.kind, 'value');
    assert.equal(found.prefix, '');
  });

  it('counts list items to give the index of a new item being typed', () => {
    const found = context('actionItems:\n  - title: A\n    owner: me\n  - ti‸\n');
    assert.deepEqual(found.path, ['actionItems', 1]);
    assert.equal(found.kind, 'key');
    assert.equal(found.prefix, 'ti');
    assert.deepEqual(found.siblings, []);
  });

  it('reads a key on the next line of a list item as a sibling of the item', () => {
    const found = context('actionItems:\n  - title: A\n    ‸\n    due: 2026-01-01\n');
    assert.deepEqual(found.path, ['actionItems', 0]);
    assert.equal(found.kind, 'key');
    assert.deepEqual(found.siblings.sort(), ['due', 'title']);
  });

  it('finds a nested value in a list item, in a list that is not indented under its key', () => {
    const found = context('timeline:\n- at: 2026-03-14T09:12:00Z\n  text: x\n- at: 2026‸-03\n');
    assert.deepEqual(found.path, ['timeline', 1, 'at']);
    assert.equal(found.kind, 'value');
    assert.equal(found.prefix, '2026');
    assert.equal(found.replaced, '2026-03');
  });

  it('leaves a deeper mapping when the cursor is back at an outer indentation', () => {
    const found = context('times:\n  started: 2026-03-14T09:12:00Z\n  detected: 2026-03-14T09:19:00Z\nimp‸\n');
    assert.deepEqual(found.path, []);
    assert.deepEqual(found.siblings, ['times']);
  });

  it('finds keys inside a nested mapping', () => {
    const found = context('times:\n  started: 2026-03-14T09:12:00Z\n  ‸\n');
    assert.deepEqual(found.path, ['times']);
    assert.deepEqual(found.siblings, ['started']);
  });

  it('skips block scalars: their text is not structure', () => {
    const found = context('summary: |\n  key: looks like a key\n  - and a list\nroot‸\n');
    assert.deepEqual(found.path, []);
    assert.deepEqual(found.siblings, ['summary']);
    const inside = context('summary: |\n  Some te‸xt\n');
    assert.deepEqual(inside.path, ['summary']);
    assert.equal(inside.kind, 'value');
  });

  it('ignores comments and reads quoted keys and CRLF line ends', () => {
    const found = context('# comment\r\n"times":\r\n  # started: later\r\n  det‸\r\n');
    assert.deepEqual(found.path, ['times']);
    assert.equal(found.prefix, 'det');
    assert.deepEqual(found.siblings, []);
  });

  it('handles nested list markers on one line', () => {
    const found = context('analysis:\n  fishbone:\n    causes:\n      - category: tools\n        text: a\n      - cat‸\n');
    assert.deepEqual(found.path, ['analysis', 'fishbone', 'causes', 1]);
  });
});

describe('keyAt', () => {
  it('gives the path and range of the key under the cursor, on the key or its value', () => {
    const [text, offset] = at('actionItems:\n  - title: A\n    own‸er: me\n');
    const found = keyAt(text, offset);
    assert.deepEqual(found?.path, ['actionItems', 0, 'owner']);
    assert.equal(text.slice(found!.range.start, found!.range.end), 'owner');
    assert.deepEqual(keyAt(text, text.indexOf(': me') + 3)?.path, ['actionItems', 0, 'owner']);
  });

  it('finds nothing on a comment or a line without a key', () => {
    assert.equal(keyAt('# title: x\n', 3), undefined);
    assert.equal(keyAt('services:\n  - api\n', 14), undefined);
  });
});
