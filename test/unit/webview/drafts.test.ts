import * as assert from 'node:assert/strict';
import { DraftBook } from '../../../webview/shared/drafts';

describe('drafts', () => {
  const rows = new Set(['r1', 'r2']);
  const exists = (row: string) => rows.has(row);

  it('keeps typed text through states that change the same field underneath', () => {
    const book = new DraftBook();
    book.input('r1', 'text', 'Rolled ba', 'old');
    const { lost } = book.onState(exists, () => 'changed in the text editor');
    assert.deepEqual(lost, []);
    assert.equal(book.get('r1', 'text')?.value, 'Rolled ba');
    assert.equal(book.get('r1', 'text')?.base, 'old');
  });

  it('drops a committed draft once the document shows it, not before', () => {
    const book = new DraftBook();
    book.input('r1', 'text', 'new', 'old');
    assert.equal(book.commit('r1', 'text', 'new', 'old', 5), true);
    book.onState(exists, () => 'old'); // a state from before the edit landed
    assert.ok(book.get('r1', 'text'));
    book.onState(exists, () => 'new');
    assert.equal(book.get('r1', 'text'), undefined);
  });

  it('does not send the same commit twice (Enter, then blur)', () => {
    const book = new DraftBook();
    book.input('r1', 'text', 'new', 'old');
    assert.equal(book.commit('r1', 'text', 'new', 'old', 5), true);
    assert.equal(book.commit('r1', 'text', 'new', 'old', 5), false);
    assert.ok(book.get('r1', 'text'), 'still waiting for the document');
  });

  it('keeps editing when the user typed more after committing', () => {
    const book = new DraftBook();
    book.input('r1', 'text', 'new', 'old');
    book.commit('r1', 'text', 'new', 'old', 5);
    book.input('r1', 'text', 'newer', 'old');
    book.onState(exists, () => 'new');
    assert.equal(book.get('r1', 'text')?.value, 'newer');
    assert.equal(book.get('r1', 'text')?.sent, undefined);
  });

  it('commits nothing when the value equals the document', () => {
    const book = new DraftBook();
    book.input('r1', 'actor', 'sre', 'sre');
    assert.equal(book.commit('r1', 'actor', 'sre', 'sre', 1), false);
    assert.equal(book.size, 0);
    book.input('r1', 'actor', '', undefined);
    assert.equal(book.commit('r1', 'actor', null, undefined, 1), false);
  });

  it('rebases a sent commit for a resend, and has none once the document shows it', () => {
    const book = new DraftBook();
    book.input('r2', 'text', 'typed', 'old');
    book.commit('r2', 'text', 'typed', 'old', 5);
    assert.deepEqual(book.rebase('r2', 'text', 7), { baseVersion: 7, value: 'typed', input: 'typed' });
    book.refused(5);
    assert.ok(book.get('r2', 'text')?.sent, 'a refusal of the old version no longer concerns it');
    book.onState(exists, () => 'typed');
    assert.equal(book.rebase('r2', 'text', 8), undefined);
  });

  it('ignores refusals of other versions and gives the draft back on a refusal', () => {
    const book = new DraftBook();
    book.input('r1', 'text', 'x', 'old');
    book.commit('r1', 'text', 'x', 'old', 5);
    book.refused(4);
    assert.equal(book.get('r1', 'text')?.sent?.baseVersion, 5);
    book.refused(5);
    assert.equal(book.get('r1', 'text')?.sent, undefined);
    assert.equal(book.get('r1', 'text')?.value, 'x');
    assert.equal(book.commit('r1', 'text', 'x', 'old', 6), true, 'committable again');
  });

  it('reports drafts whose row disappeared', () => {
    const book = new DraftBook();
    book.input('gone', 'text', 'half-typed', 'old');
    const { lost } = book.onState(exists, () => undefined);
    assert.deepEqual(lost.map((r) => r.draft.value), ['half-typed']);
    assert.equal(book.size, 0);
  });
});
