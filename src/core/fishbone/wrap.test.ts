import assert from 'node:assert/strict';
import { wrapText } from './wrap';

describe('wrapText', () => {
  it('keeps short text on one line', () => {
    assert.deepEqual(wrapText('Config skips canary', 30, 3), { lines: ['Config skips canary'], truncated: false });
  });

  it('breaks between words, never past the width', () => {
    const { lines, truncated } = wrapText('the quick brown fox jumps over the lazy dog', 10, 10);
    assert.deepEqual(lines, ['the quick', 'brown fox', 'jumps over', 'the lazy', 'dog']);
    assert.equal(truncated, false);
  });

  it('breaks a word longer than a line', () => {
    assert.deepEqual(wrapText('see https://example.com/abcdef', 8, 10).lines, ['see', 'https://', 'example.', 'com/abcd', 'ef']);
  });

  it('cuts to maxLines and marks the cut with an ellipsis', () => {
    const { lines, truncated } = wrapText('one two three four five six', 9, 2);
    assert.equal(truncated, true);
    assert.deepEqual(lines, ['one two', 'three…']);
    assert.ok(lines.every((line) => line.length <= 9));
  });

  it('keeps an ellipsised full line within the width', () => {
    assert.deepEqual(wrapText('abcdefgh abcdefgh abcdefgh', 8, 2), { lines: ['abcdefgh', 'abcdefg…'], truncated: true });
  });

  it('handles empty text and a very long string quickly', () => {
    assert.deepEqual(wrapText('   ', 10, 3), { lines: [], truncated: false });
    const started = Date.now();
    const { lines, truncated } = wrapText('x'.repeat(2_000_000), 30, 3);
    assert.equal(lines.length, 3);
    assert.equal(truncated, true);
    assert.ok(Date.now() - started < 200, 'wrapping must not scale with the text length');
  });
});
