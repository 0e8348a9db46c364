import * as assert from 'node:assert/strict';
import { applyEdits, EditError } from './text-edit';

describe('applyEdits', () => {
  it('applies edits given in any order against the original offsets', () => {
    assert.equal(applyEdits('abcdef', [{ start: 4, end: 5, newText: 'E' }, { start: 0, end: 1, newText: 'AA' }]), 'AAbcdEf');
  });

  it('accepts touching edits and pure insertions', () => {
    assert.equal(applyEdits('abc', [{ start: 1, end: 2, newText: '' }, { start: 2, end: 2, newText: 'X' }]), 'aXc');
  });

  it('refuses overlapping edits and edits outside the text', () => {
    assert.throws(() => applyEdits('abc', [{ start: 0, end: 2, newText: '' }, { start: 1, end: 3, newText: '' }]), EditError);
    assert.throws(() => applyEdits('abc', [{ start: 2, end: 4, newText: '' }]), EditError);
  });
});
