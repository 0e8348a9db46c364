import * as assert from 'node:assert/strict';
import { afterClosingBracket, afterIndicator, blockScalarStart, lookup, trimmedEnd, valueScalars, type SourceNode } from './source-tree';

describe('source tree', () => {
  it('finds a block scalar\'s header on the line before its content, whatever follows it', () => {
    const cases: [string, string][] = [
      ['text: |\n  body\n', '|'],
      ['text: >-  # a | b > c\n  body\n', '>-'],
      ['- |2+\n  body\n', '|2+'],
      ['"a |#x": |\n  body\n', '|'], // a `|` in the key, then a `#` that is not a comment
    ];
    for (const [text, header] of cases) {
      const content = text.indexOf('\n') + 1;
      assert.equal(text.slice(blockScalarStart(text, content)).split(/[ \n]/, 1)[0], header, text);
    }
    // At the end of the text, with no content line: the header is on the content's own line.
    assert.equal(blockScalarStart('text: |', 7), 6);
  });

  it('places an empty value after its indicator and the spaces that follow, over comments and line breaks', () => {
    assert.equal(afterIndicator('a:   \nb: 1', 1, ':'), 5);
    assert.equal(afterIndicator('- x\n  # note\n  -\n', 3, '-'), 16);
    assert.equal(afterIndicator('a b', 1, ':'), 1, 'no indicator: where it was asked');
  });

  it('finds the end of a flow collection past commas and comments', () => {
    const text = '[a, b,  # more\n ]  # trailing';
    assert.equal(afterClosingBracket(text, text.indexOf('b') + 1), text.indexOf(']') + 1);
    assert.equal(afterClosingBracket('{ }', 1), 3);
    assert.equal(afterClosingBracket('[a', 2), 2, 'unclosed: where it was asked');
  });

  it('trims trailing whitespace, not past the start', () => {
    assert.equal(trimmedEnd('ab \n\n', 0, 5), 2);
    assert.equal(trimmedEnd('   ', 1, 3), 1);
  });

  it('looks up paths and lists value scalars with theirs', () => {
    const scalar = (start: number, plain = true): SourceNode => ({ kind: 'scalar', plain, start, end: start + 1 });
    const root: SourceNode = {
      kind: 'map', flow: false, start: 0, end: 20, pairs: [
        { name: 'title', key: scalar(0), value: scalar(7, false) },
        { name: 'tags', key: scalar(10), value: { kind: 'seq', flow: true, start: 16, end: 20, items: [scalar(17)] } },
        { name: undefined, key: undefined, value: scalar(19) },
      ],
    };
    assert.equal(lookup(root, ['tags', 0])?.node.start, 17);
    assert.equal(lookup(root, ['title'])?.pair?.key?.start, 0);
    assert.equal(lookup(root, ['tags', 1]), undefined);
    assert.equal(lookup(root, ['title', 'x']), undefined);
    assert.deepEqual([...valueScalars(root)].map(([node, path]) => [node.start, path]), [[7, ['title']], [17, ['tags', 0]]]);
  });
});
