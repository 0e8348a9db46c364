import * as assert from 'node:assert/strict';
import { DraftBook } from '../../../webview/shared/drafts';

describe('drafts', () => {
  const rows = new Set(['r1', 'r2']);
  const exists = (row: string) => rows.has(row);

  it('keeps typed text through states that change the same field underneath', () => {
    const book = new DraftBook();
    book.input('r1', 'text', 'Rolled ba', 'old');
    const { resend, lost } = book.onState(exists, () => 'changed in the text editor');
    assert.deepEqual([resend, lost], [[], []]);
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

  it('resends a stale refusal on the next state, a bounded number of times', () => {
    const book = new DraftBook();
    book.input('r2', 'text', 'typed', 'old');
    let version = 5;
    book.commit('r2', 'text', 'typed', 'old', version);
    for (let attempt = 1; attempt < 3; attempt++) {
      book.refused(version, true);
      const { resend } = book.onState(exists, () => 'old');
      assert.deepEqual(resend.map((r) => [r.row, r.field]), [['r2', 'text']]);
      version++;
      book.commit('r2', 'text', 'typed', 'old', version);
    }
    book.refused(version, true);
    assert.deepEqual(book.onState(exists, () => 'old').resend, []);
    assert.equal(book.get('r2', 'text')?.value, 'typed', 'handed back to the user, not dropped');
  });

  it('ignores refusals of other versions and keeps the draft on a non-stale refusal', () => {
    const book = new DraftBook();
    book.input('r1', 'text', 'x', 'old');
    book.commit('r1', 'text', 'x', 'old', 5);
    book.refused(4, true);
    assert.equal(book.get('r1', 'text')?.resend, false);
    book.refused(5, false);
    assert.equal(book.get('r1', 'text')?.sent, undefined);
    assert.equal(book.get('r1', 'text')?.value, 'x');
  });

  it('reports drafts whose row disappeared', () => {
    const book = new DraftBook();
    book.input('gone', 'text', 'half-typed', 'old');
    const { lost } = book.onState(exists, () => undefined);
    assert.deepEqual(lost.map((r) => r.draft.value), ['half-typed']);
    assert.equal(book.size, 0);
  });
});
