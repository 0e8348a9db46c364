import * as assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { yaml } from '../rules/testing';
import { deleteIn, insertIn, moveIn, setIn } from './operations';
import { applyEdits, EditError, type TextEdit } from './text-edit';

/** The text after applying `edits`, checked to still parse. */
function edited(text: string, edits: TextEdit[]): string {
  const result = applyEdits(text, edits);
  assert.deepEqual(parseDocument(result).errors, []);
  return result;
}

const review = yaml(
  '# yaml-language-server: $schema=../schemas/pir.schema.json',
  'pir: 1',
  'title: Checkout outage # keep me',
  'status: draft',
  'timeline:',
  '  - at: 2026-03-14T09:12:00Z',
  '    text: Config rollout',
  '  # the page',
  '  - at: 2026-03-14T09:20:00Z',
  '    text: Alert fired',
  'actionItems:',
  '  - title: Add alert',
  '    owner:',
  '    status: open',
);

describe('setIn', () => {
  it('replaces just the scalar, keeping the key and the trailing comment', () => {
    const edits = setIn(review, ['title'], 'Checkout down');
    assert.deepEqual(edits, [{ start: review.indexOf('Checkout outage'), end: review.indexOf(' # keep me'), newText: 'Checkout down' }]);
  });

  it('fills an empty value (`owner:` with nothing)', () => {
    assert.equal(edited(review, setIn(review, ['actionItems', 0, 'owner'], 'sre-team')), review.replace('    owner:\n', '    owner: sre-team\n'));
  });

  it('places a new key in the schema order among the existing keys', () => {
    const result = edited(review, setIn(review, ['severity'], 'P2'));
    assert.equal(result, review.replace('status: draft\n', 'severity: P2\nstatus: draft\n'));
    const item = edited(review, setIn(review, ['actionItems', 0, 'type'], 'corrective'));
    assert.equal(item, review.replace('  - title: Add alert\n', '  - title: Add alert\n    type: corrective\n'));
  });

  it('appends keys the schema does not order', () => {
    const result = edited(review, setIn(review, ['x-team'], 'payments'));
    assert.equal(result, review + 'x-team: payments\n');
  });

  it('creates missing parent maps and lists', () => {
    const result = edited(review, setIn(review, ['analysis', 'fiveWhys', 'whys', 0], 'Why?'));
    assert.equal(result, review.replace('actionItems:', 'analysis:\n  fiveWhys:\n    whys:\n      - Why?\nactionItems:'));
  });

  it('creates the first key of an empty document, and after a comment-only one', () => {
    assert.equal(edited('', setIn('', ['title'], 'Outage')), 'title: Outage\n');
    assert.equal(edited('# draft\n', setIn('# draft\n', ['pir'], 1)), '# draft\npir: 1\n');
    assert.equal(edited('---\n', setIn('---\n', ['pir'], 1)), '---\npir: 1\n');
  });

  it('quotes strings that would read as something else', () => {
    const cases: [string, string][] = [
      ['12:30', '"12:30"'], ['yes', '"yes"'], ['#tag', '"#tag"'], ['- x', '"- x"'], ['null', '"null"'], ['42', '"42"'], ['', '""'],
    ];
    for (const [value, written] of cases) {
      assert.equal(edited('a: b\n', setIn('a: b\n', ['a'], value)), `a: ${written}\n`, value);
    }
  });

  it('writes multi-line text as a block literal indented under its key', () => {
    const text = yaml('summary: short', 'impact:', '  description: none');
    assert.equal(edited(text, setIn(text, ['impact', 'description'], 'Line one\nLine two\n')), yaml('summary: short', 'impact:', '  description: |', '    Line one', '    Line two'));
  });

  it('replaces a block literal by a plain scalar and back', () => {
    const text = yaml('summary: |', '  old', '  text', 'status: draft');
    assert.equal(edited(text, setIn(text, ['summary'], 'new')), yaml('summary: new', 'status: draft'));
    assert.equal(edited(text, setIn(text, ['summary'], 'a\nb')), yaml('summary: |-', '  a', '  b', 'status: draft'));
  });

  it('turns a scalar into a block list below the key, keeping its comment on the key line', () => {
    const text = yaml('services: checkout # main one', 'tags: []');
    assert.equal(edited(text, setIn(text, ['services'], ['checkout', 'cart'])), yaml('services: # main one', '  - checkout', '  - cart', 'tags: []'));
  });

  it('replaces a block list in place, keeping a comment above its first item', () => {
    const text = yaml('services:', '  # affected', '  - a', '  - b', 'tags: []');
    assert.equal(edited(text, setIn(text, ['services'], ['c'])), yaml('services:', '  # affected', '  - c', 'tags: []'));
  });

  it('writes flow style inside a flow collection', () => {
    const text = yaml('timeline:', '  - {at: 2026-03-14T09:12:00Z, text: Deploy}');
    assert.equal(edited(text, setIn(text, ['timeline', 0, 'text'], 'Deploy, then rollback')), yaml('timeline:', '  - {at: 2026-03-14T09:12:00Z, text: "Deploy, then rollback"}'));
    assert.equal(edited(text, setIn(text, ['timeline', 0, 'kind'], 'trigger')), yaml('timeline:', '  - {at: 2026-03-14T09:12:00Z, kind: trigger, text: Deploy}'));
  });

  it('keeps a trailing comment on the key line when a block scalar replaces a scalar (found by fast-check)', () => {
    const text = yaml('pir: 0 # trailing', 'status: draft');
    assert.equal(edited(text, setIn(text, ['pir'], 'line\n\n  indented\n')), yaml('pir: | # trailing', '  line', '', '    indented', 'status: draft'));
  });

  it('follows the document\'s indentation unit', () => {
    const text = yaml('impact:', '    slaBreached: true');
    assert.equal(edited(text, setIn(text, ['response', 'detection'], 'Slow')), text + yaml('response:', '    detection: Slow'));
  });

  it('writes lists unindented under their key when the document does', () => {
    const text = yaml('tags:', '- a', 'x-more: 1');
    assert.equal(edited(text, setIn(text, ['services'], ['x'])), yaml('services:', '- x') + text);
  });

  it('writes unindented lists as the document does when its unit is over 2 spaces (found by the panel-edit fuzz test)', () => {
    const text = yaml('times:', '    started: x', 'tags:', '- a', 'timeline: []');
    assert.equal(edited(text, setIn(text, ['timeline'], [{ at: 'w', text: 'z', x: { a: ['b'] } }])),
      yaml('times:', '    started: x', 'tags:', '- a', 'timeline:', '- at: w', '  text: z', '  x:', '      a:', '      - b'));
  });

  it('keeps CRLF line endings and a missing final newline', () => {
    const text = 'pir: 1\r\ntimes:\r\n  started: 2026-03-14T09:00:00Z';
    assert.equal(edited(text, setIn(text, ['times', 'resolved'], '2026-03-14T10:00:00Z')), 'pir: 1\r\ntimes:\r\n  started: 2026-03-14T09:00:00Z\r\n  resolved: 2026-03-14T10:00:00Z');
    assert.equal(edited(text, setIn(text, ['x-links'], ['a'])), 'pir: 1\r\ntimes:\r\n  started: 2026-03-14T09:00:00Z\r\nx-links:\r\n  - a');
  });

  it('refuses text that does not parse, paths through scalars and indexes out of range', () => {
    assert.throws(() => setIn('a: [1\n', ['a'], 2), EditError);
    assert.throws(() => setIn(review, ['title', 'x'], 1), /`title` is a scalar/);
    assert.throws(() => setIn(review, ['timeline', 5], {}), /out of range/);
    assert.throws(() => setIn(review, ['timeline', 'x'], 1), EditError);
    assert.throws(() => setIn(review, ['title'], undefined), /deleteIn/);
  });
});

describe('an empty section holding a commented-out example (the new-review template)', () => {
  const template = yaml(
    'times:',
    '  # started:     # when the trigger happened',
    '  # detected:    # first alert or report',
    '# Event by event.',
    'timeline:',
    '  # - at: 2026-03-14T09:12:00Z',
    '  #   kind: trigger',
    '',
    '# Keep doing these.',
    'wentWell:',
    '# not indented: not part of the placeholder',
  );

  it('replaces the placeholder with the first real value, so no stale hint stays', () => {
    const timed = edited(template, setIn(template, ['times', 'started'], '2026-03-14T09:12:00Z'));
    assert.equal(timed, template.replace('  # started:     # when the trigger happened\n  # detected:    # first alert or report\n', '  started: 2026-03-14T09:12:00Z\n'));
    const event = edited(template, insertIn(template, ['timeline'], 0, { at: '2026-03-14T09:20:00Z', text: 'Alert fired' }));
    assert.equal(event, template.replace('  # - at: 2026-03-14T09:12:00Z\n  #   kind: trigger\n', '  - at: 2026-03-14T09:20:00Z\n    text: Alert fired\n'));
  });

  it('keeps comments that are not indented under the key', () => {
    const result = edited(template, insertIn(template, ['wentWell'], 0, 'Fast rollback'));
    assert.equal(result, template.replace('wentWell:\n', 'wentWell:\n  - Fast rollback\n'));
  });
});

describe('deleteIn', () => {
  it('removes a list item with the comment lines directly above it', () => {
    assert.equal(edited(review, deleteIn(review, ['timeline', 1])), review.replace('  # the page\n  - at: 2026-03-14T09:20:00Z\n    text: Alert fired\n', ''));
  });

  it('keeps the comment that belongs to the next item', () => {
    assert.equal(edited(review, deleteIn(review, ['timeline', 0])), review.replace('  - at: 2026-03-14T09:12:00Z\n    text: Config rollout\n', ''));
  });

  it('removes a key with its trailing comment, never the file header', () => {
    assert.equal(edited(review, deleteIn(review, ['title'])), review.replace('title: Checkout outage # keep me\n', ''));
    assert.equal(edited(review, deleteIn(review, ['pir'])), review.replace('pir: 1\n', ''));
  });

  it('leaves an empty list when the last item goes, so the key stays', () => {
    assert.equal(edited(review, deleteIn(review, ['actionItems', 0])), review.replace(/actionItems:[^]*$/, 'actionItems: []\n'));
  });

  it('keeps a comment on the key line when the last item goes (issue 14)', () => {
    const text = yaml('timeline:   # compact', '  - at: 2026-03-14T09:00:00Z', '    text: x', 'summary: s');
    assert.equal(edited(text, deleteIn(text, ['timeline', 0])), yaml('timeline: []   # compact', 'summary: s'));
    const crlf = 'tags:\t# none yet\r\n- a\r\nx-notes: 1\r\n';
    assert.equal(edited(crlf, deleteIn(crlf, ['tags', 0])), 'tags: []\t# none yet\r\nx-notes: 1\r\n');
  });

  it('keeps a comment on the key line when a scalar replaces a block list', () => {
    const text = yaml('services:  # note', '    - a', 'tags: []');
    assert.equal(edited(text, setIn(text, ['services'], 'one')), yaml('services: one  # note', 'tags: []'));
  });

  it('removes the separating blank lines with the item', () => {
    const text = yaml('tags:', '  - a', '', '  - b', '', '  - c');
    assert.equal(edited(text, deleteIn(text, ['tags', 1])), yaml('tags:', '  - a', '', '  - c'));
    assert.equal(edited(text, deleteIn(text, ['tags', 2])), yaml('tags:', '  - a', '', '  - b'));
  });

  it('deletes the last item at the end of a file without a final newline', () => {
    assert.equal(edited('tags:\n  - a\n  - b', deleteIn('tags:\n  - a\n  - b', ['tags', 1])), 'tags:\n  - a');
  });

  it('deletes in flow collections and in compact `- key:` items', () => {
    assert.equal(edited('a: [1, 2, 3]\n', deleteIn('a: [1, 2, 3]\n', ['a', 2])), 'a: [1, 2]\n');
    assert.equal(edited('a: {x: 1, y: 2}\n', deleteIn('a: {x: 1, y: 2}\n', ['a', 'x'])), 'a: {y: 2}\n');
    const text = yaml('- title: A', '  owner: b');
    assert.equal(edited(text, deleteIn(text, [0, 'title'])), yaml('- owner: b'));
  });

  it('does nothing for a missing key, refuses an index out of range', () => {
    assert.deepEqual(deleteIn(review, ['impact', 'usersAffected']), []);
    assert.throws(() => deleteIn(review, ['timeline', 2]), /out of range/);
    assert.throws(() => deleteIn(review, []), EditError);
  });
});

describe('insertIn', () => {
  const event = { at: '2026-03-14T09:15:00Z', text: 'Rollback started' };

  it('inserts before an item and its comment lines', () => {
    assert.equal(
      edited(review, insertIn(review, ['timeline'], 1, event)),
      review.replace('  # the page\n', '  - at: 2026-03-14T09:15:00Z\n    text: Rollback started\n  # the page\n'),
    );
  });

  it('appends after the last item (index === length)', () => {
    assert.equal(
      edited(review, insertIn(review, ['timeline'], 2, event)),
      review.replace('    text: Alert fired\n', '    text: Alert fired\n  - at: 2026-03-14T09:15:00Z\n    text: Rollback started\n'),
    );
  });

  it('appends at the end of a file without a final newline', () => {
    assert.equal(edited('tags:\n- a', insertIn('tags:\n- a', ['tags'], 1, 'b')), 'tags:\n- a\n- b');
  });

  it('creates a missing list in schema order, and fills `[]` in block style', () => {
    assert.equal(edited(review, insertIn(review, ['tags'], 0, 'checkout')), review.replace('timeline:', 'tags:\n  - checkout\ntimeline:'));
    const text = yaml('tags: [] # none yet', 'status: draft');
    assert.equal(edited(text, insertIn(text, ['tags'], 0, 'db')), yaml('tags: # none yet', '  - db', 'status: draft'));
  });

  it('inserts into flow lists in flow style', () => {
    assert.equal(edited('tags: [a, b]\n', insertIn('tags: [a, b]\n', ['tags'], 0, 'x y')), 'tags: [x y, a, b]\n');
    assert.equal(edited('tags: [a, b]\n', insertIn('tags: [a, b]\n', ['tags'], 2, '{c}')), 'tags: [a, b, "{c}"]\n');
  });

  it('repeats the blank line the list puts between items', () => {
    const text = yaml('tags:', '  - a', '', '  - b');
    assert.equal(edited(text, insertIn(text, ['tags'], 1, 'x')), yaml('tags:', '  - a', '', '  - x', '', '  - b'));
    assert.equal(edited(text, insertIn(text, ['tags'], 2, 'x')), yaml('tags:', '  - a', '', '  - b', '', '  - x'));
  });

  it('refuses indexes out of range and non-lists', () => {
    assert.throws(() => insertIn(review, ['timeline'], 3, event), /out of range/);
    assert.throws(() => insertIn(review, ['tags'], 1, 'x'), /out of range/);
    assert.throws(() => insertIn(review, ['title'], 0, 'x'), /not a list/);
  });
});

describe('moveIn', () => {
  it('moves an item with its comment lines and nested comments, verbatim', () => {
    const text = yaml(
      'timeline:',
      '  - at: 1',
      '    text: First',
      '  # about the second',
      '  - at: 2',
      '    text: |',
      '      Second',
      '    # inside the second',
      '  - at: 3',
      '    text: "Third"',
    );
    assert.equal(
      edited(text, moveIn(text, ['timeline'], 1, 2)),
      yaml('timeline:', '  - at: 1', '    text: First', '  - at: 3', '    text: "Third"', '  # about the second', '  - at: 2', '    text: |', '      Second', '    # inside the second'),
    );
    assert.equal(
      edited(text, moveIn(text, ['timeline'], 2, 0)),
      yaml('timeline:', '  - at: 3', '    text: "Third"', '  - at: 1', '    text: First', '  # about the second', '  - at: 2', '    text: |', '      Second', '    # inside the second'),
    );
  });

  it('keeps blank lines in place and a missing final newline missing', () => {
    const text = 'tags:\n  - a\n\n  - b';
    assert.equal(edited(text, moveIn(text, ['tags'], 1, 0)), 'tags:\n  - b\n\n  - a');
  });

  it('moves within flow lists and compact nested lists', () => {
    assert.equal(edited('a: [1, 2, 3]\n', moveIn('a: [1, 2, 3]\n', ['a'], 0, 2)), 'a: [2, 3, 1]\n');
    const text = yaml('- - a', '  - b');
    assert.equal(edited(text, moveIn(text, [0], 1, 0)), yaml('- - b', '  - a'));
  });

  it('returns no edits for a move onto itself and refuses indexes out of range', () => {
    assert.deepEqual(moveIn(review, ['timeline'], 1, 1), []);
    assert.throws(() => moveIn(review, ['timeline'], 0, 2), /out of range/);
    assert.throws(() => moveIn(review, ['tags'], 0, 0), /has no items/);
  });
});
