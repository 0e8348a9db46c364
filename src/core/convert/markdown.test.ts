import * as assert from 'node:assert/strict';
import { inlineReferenceLinks, parseMarkdown } from './markdown';

describe('convert/markdown', () => {
  it('cuts a document into blocks that keep their source', () => {
    const { blocks } = parseMarkdown('# Title\n\nSome *text*\nover two lines.\n\n- one\n- [x] two\n  continued\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n```\ncode\n```\n');
    assert.deepEqual(
      blocks.map((b) => b.kind),
      ['heading', 'paragraph', 'list', 'table', 'other'],
    );
    assert.deepEqual(blocks[0], { kind: 'heading', level: 1, text: 'Title', source: '# Title' });
    assert.equal(blocks[1].source, 'Some *text*\nover two lines.');
    assert.deepEqual(blocks[2].kind === 'list' && blocks[2].items, [{ text: 'one' }, { text: 'two\ncontinued', checked: true }]);
    assert.deepEqual(blocks[3].kind === 'table' && [blocks[3].header, blocks[3].rows], [['A', 'B'], [['1', '2']]]);
    assert.equal(blocks[4].source, '```\ncode\n```');
  });

  it('collects link reference definitions with the label as written', () => {
    const { links } = parseMarkdown('See [the PR][Fix PR].\n\n[Fix PR]: https://example.com/pull/1 "The fix"\n');
    assert.deepEqual([...links.values()], [{ label: 'Fix PR', url: 'https://example.com/pull/1', title: 'The fix' }]);
  });

  it('writes reference links inline, outside code spans, and leaves unknown labels', () => {
    const { links } = parseMarkdown('[hook]: https://example.com/hook\n[pr]: https://example.com/pr\n');
    assert.equal(
      inlineReferenceLinks('[hook] and [the\nfix][pr] and [pr][] but `[hook]` and [other] and [x](y)', links),
      '[hook](https://example.com/hook) and [the\nfix](https://example.com/pr) and [pr](https://example.com/pr) but `[hook]` and [other] and [x](y)',
    );
  });
});
