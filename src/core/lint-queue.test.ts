import * as assert from 'node:assert/strict';
import { LintQueue } from './lint-queue';

describe('LintQueue', () => {
  it('runs one job at a time, documents in the order they asked', () => {
    const queue = new LintQueue<string>();
    queue.submit('a', 'a1');
    queue.submit('b', 'b1');
    assert.equal(queue.next(), 'a1');
    assert.equal(queue.next(), undefined, 'a1 is still running');
    assert.equal(queue.current, 'a1');
    queue.finished();
    assert.equal(queue.next(), 'b1');
    queue.finished();
    assert.equal(queue.next(), undefined);
    assert.equal(queue.current, undefined);
  });

  it('keeps only the newest waiting job of a document', () => {
    const queue = new LintQueue<string>();
    assert.deepEqual(queue.submit('a', 'a1'), { waiting: undefined, running: undefined });
    assert.deepEqual(queue.submit('a', 'a2'), { waiting: 'a1', running: undefined });
    assert.equal(queue.next(), 'a2');
    queue.finished();
    assert.equal(queue.next(), undefined);
  });

  it("says when a new job supersedes the document's running one, not another document's", () => {
    const queue = new LintQueue<string>();
    queue.submit('a', 'a1');
    assert.equal(queue.next(), 'a1');
    assert.deepEqual(queue.submit('b', 'b1'), { waiting: undefined, running: undefined });
    assert.deepEqual(queue.submit('a', 'a2'), { waiting: undefined, running: 'a1' });
  });

  it('cancels a closed document', () => {
    const queue = new LintQueue<string>();
    queue.submit('a', 'a1');
    queue.submit('b', 'b1');
    assert.equal(queue.next(), 'a1');
    queue.submit('a', 'a2');
    assert.deepEqual(queue.cancel('a'), { waiting: 'a2', running: 'a1' });
    queue.finished();
    assert.equal(queue.next(), 'b1');
  });
});
