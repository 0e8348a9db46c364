import * as assert from 'node:assert/strict';
import { readWithDocument } from './read-document';
import { readWithEvents } from './read-events';
import { lookup, type SourceNode } from './source-tree';
import type { Path } from './types';

/** The source text that the node at `path` spans. */
function spanned(text: string, path: Path): string {
  const reading = readWithEvents(text);
  assert.ok(reading, 'the fast reader declined');
  const node: SourceNode | undefined = lookup(reading.root, path)?.node;
  assert.ok(node, `nothing at ${path.join('.')}`);
  return text.slice(node.start, node.end);
}

describe('readWithEvents', () => {
  it('reads a review into its value', () => {
    const reading = readWithEvents('pir: 1\ntitle: "Checkout down"\ntags: [a, b]\ntimes:\n  started: 2026-03-14T09:00:00Z\n');
    assert.deepEqual(reading?.value, { pir: 1, title: 'Checkout down', tags: ['a', 'b'], times: { started: '2026-03-14T09:00:00Z' } });
  });

  it('spans quoted scalars with their quotes and block scalars from their header', () => {
    const text = 'a: "q\\"x"  # note\nb: \'s\'\nc: |-  # a | b\n  line one\n  line two\n\n\nd: x\n';
    assert.equal(spanned(text, ['a']), '"q\\"x"');
    assert.equal(spanned(text, ['b']), "'s'");
    assert.equal(spanned(text, ['c']), '|-  # a | b\n  line one\n  line two');
  });

  it('places an empty value after its indicator and the spaces that follow', () => {
    const text = 'a:\nlist:\n  -\n  -   # nothing\n  - x\nflow: { k: , j: 1 }\n';
    const reading = readWithEvents(text);
    const at = (path: Path) => lookup(reading?.root, path)?.node.start;
    assert.equal(at(['a']), text.indexOf('a:') + 2);
    assert.equal(at(['list', 0]), text.indexOf('-') + 1);
    assert.equal(at(['list', 1]), text.indexOf('# nothing'));
    assert.equal(at(['flow', 'k']), text.indexOf(', j'));
  });

  it('ends a block collection at its last child and a flow collection after its bracket', () => {
    const text = 'block:\n  - a\n  - b   # last\n\nflow: [a, [b], ]  # trailing\nempty: { }\n';
    assert.equal(spanned(text, ['block']), '- a\n  - b');
    assert.equal(spanned(text, ['flow']), '[a, [b], ]');
    assert.equal(spanned(text, ['empty']), '{ }');
  });

  it('ends a pair written without braces in a flow list at its value, not at the list\'s bracket', () => {
    for (const text of ['tags: [a, team: payments]\n', 'tags: [a, team: payments ]\n', 'tags: [a, [b, team: payments]]\n', 'tags: [team: payments, b]\n']) {
      const reading = readWithEvents(text);
      assert.ok(reading?.root?.kind === 'map');
      const tags = reading.root.pairs[0].value;
      assert.ok(tags.kind === 'seq');
      const pairIn = (seq: SourceNode): SourceNode => (seq.kind === 'seq' ? seq.items.find((item) => item.kind !== 'scalar')! : seq);
      const pair = pairIn(pairIn(tags));
      assert.equal(text.slice(pair.start, pair.end), 'team: payments', text);
      assert.deepEqual(reading.root, readWithDocument(text).root, text);
    }
  });

  it('reads a byte-order mark at the very start as the Document reader does', () => {
    for (const text of ['\ufeffpir: 1\n', '\ufeff>\n', '\ufeff|\n  x\n']) {
      assert.deepEqual(readWithEvents(text), { value: readWithDocument(text).value, root: readWithDocument(text).root }, JSON.stringify(text));
    }
  });

  it('names keys by their string, and tells plain scalars from quoted ones', () => {
    const reading = readWithEvents('"quoted key": "x"\nplain: text\n');
    assert.ok(reading?.root?.kind === 'map');
    assert.deepEqual(reading.root.pairs.map(({ name, value }) => [name, value.kind === 'scalar' && value.plain]), [['quoted key', false], ['plain', true]]);
  });

  it('leaves to the Document reader what it does not take', () => {
    const declined = {
      'a syntax error': 'a: [1, 2\n',
      'an empty text': '',
      'only a comment': '# nothing yet\n',
      'two documents': 'a: 1\n---\nb: 2\n',
      'an anchor and an alias': 'a: &x 1\nb: *x\n',
      'a tag': 'a: !!str 1\n',
      'a duplicate key': 'a: 1\na: 2\n',
      'a number as a key': '1: one\n',
      'a null key': '~: x\n',
      'a list as a key': '? [a]\n: x\n',
      'a lone carriage return': 'a: 1\rb: 2\n',
      'an escaped line break before an empty line': 'a: "x\\\n\n  y"\n',
      // Issue 14: where js-yaml accepted what yaml rejects, or read it differently.
      'a tab on a blank line after a block scalar': 'summary: |\n  text\n\t\nrootCause: x\n',
      'a tab on a blank line in a folded scalar': 'summary: >\n  text\n \t\n  more\nrootCause: x\n',
      'a tab line in a multi-line plain scalar': 'summary: a\n\t\n  b\nx: 1\n',
      'a tab line in a multi-line quoted scalar': 'summary: "a\n\t\n  b"\nx: 1\n',
      'a tab-only line after an empty value': 'notes:\n\t\nsummary: x\n',
      'a tab after a byte-order mark': '\ufeff\t\ufeff\n',
      'a %YAML 1.1 directive': '%YAML 1.1\n---\na: off\nb: 010\n',
      'a byte-order mark starting a later line': 'title: x\n\ufeffpir: 1\n',
      'an indented --- on the first line': ' ---\na: 1\n',
      'an indented % on the first line': ' %x\na: 1\n',
      'a number a double cannot hold': 'a: 1e400\n',
      'a negative one in a flow list': 'a: [-1e400]\n',
      'a hex one': `a: 0x${'f'.repeat(300)}\n`,
      'a block scalar with an indentation indicator over a line of spaces': '# above\nrootCause: |1-\n  \n\n# end\n',
      'the same in a list, with CRLF': '\r\n- |1-  # a: b # c\r\n  \r\n',
      'an implicit key over 1,024 characters': `${'k'.repeat(1030)}: x\n`,
    };
    for (const [what, text] of Object.entries(declined)) assert.equal(readWithEvents(text), undefined, what);
  });
});
