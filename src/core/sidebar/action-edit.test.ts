import * as assert from 'node:assert/strict';
import { applyEdits } from '../edit';
import { yaml } from '../rules/testing';
import { actionItemEdits, actionItemRange, actionStatusEdit, changeBetween, revertEdit } from './action-edit';

const TEXT = yaml(
  'pir: 1',
  'title: Outage',
  'actionItems:',
  '  - id: AI-1',
  '    title: Add alert # keep this comment',
  '    status: open',
  '  - title: Roll back faster',
);

describe('actionItemEdits', () => {
  it('sets a field of the item, leaving the rest of the text as it was', () => {
    const edits = actionItemEdits(TEXT, { index: 0, id: 'AI-1', title: 'Add alert' }, 'owner', 'Dana');
    assert.ok(edits);
    assert.equal(applyEdits(TEXT, edits), TEXT.replace('    status: open', '    owner: Dana\n    status: open'));
  });

  it('adds a missing field to an item without an id', () => {
    const edits = actionItemEdits(TEXT, { index: 1, id: undefined, title: 'Roll back faster' }, 'owner', 'sre-team');
    assert.ok(edits);
    assert.equal(applyEdits(TEXT, edits), `${TEXT}    owner: sre-team\n`);
  });

  it('refuses when the entry at that index is another item, or is gone', () => {
    assert.equal(actionItemEdits(TEXT, { index: 0, id: 'AI-2', title: 'Add alert' }, 'owner', 'Dana'), undefined);
    assert.equal(actionItemEdits(TEXT, { index: 0, id: 'AI-1', title: 'Add an alert' }, 'owner', 'Dana'), undefined);
    assert.equal(actionItemEdits(TEXT, { index: 2, id: undefined, title: 'Roll back faster' }, 'owner', 'Dana'), undefined);
    assert.equal(actionItemEdits('pir: [', { index: 0, id: 'AI-1', title: 'Add alert' }, 'owner', 'Dana'), undefined);
  });
});

describe('actionItemRange', () => {
  it('finds the item in the current text', () => {
    const range = actionItemRange(TEXT, { index: 1, id: undefined, title: 'Roll back faster' });
    assert.ok(range);
    assert.equal(TEXT.slice(range.start, range.end), 'title: Roll back faster');
  });
});

describe('actionStatusEdit', () => {
  const AI1 = { index: 0, id: 'AI-1', title: 'Add alert' };

  it('marks an item done with the day it was completed, as one edit that reverts exactly', () => {
    const edit = actionStatusEdit(TEXT, AI1, 'done', '2026-11-30');
    assert.ok(edit);
    const done = applyEdits(TEXT, [edit]);
    assert.equal(done, TEXT.replace('status: open', 'status: done\n    completed: 2026-11-30'));
    assert.equal(applyEdits(done, [revertEdit(TEXT, edit)]), TEXT);
  });

  it('removes the completion date when the item is reopened or set to another status', () => {
    const done = applyEdits(TEXT, [actionStatusEdit(TEXT, AI1, 'done', '2026-11-30')!]);
    for (const status of ['open', 'in-progress', 'wont-do'] as const) {
      assert.equal(applyEdits(done, [actionStatusEdit(done, AI1, status, '2026-12-01')!]), TEXT.replace('status: open', `status: ${status}`));
    }
  });

  it('adds a status to an item that has none', () => {
    const item = { index: 1, id: undefined, title: 'Roll back faster' };
    assert.equal(applyEdits(TEXT, [actionStatusEdit(TEXT, item, 'done', '2026-11-30')!]), `${TEXT}    status: done\n    completed: 2026-11-30\n`);
    assert.equal(actionStatusEdit(TEXT, { ...item, title: 'Other' }, 'done', '2026-11-30'), undefined);
  });

  it('finds the one edit between two texts', () => {
    assert.deepEqual(changeBetween('abcdef', 'abXYef'), { start: 2, end: 4, newText: 'XY' });
    assert.deepEqual(changeBetween('aaa', 'aaaa'), { start: 3, end: 3, newText: 'a' });
    assert.deepEqual(changeBetween('same', 'same'), { start: 4, end: 4, newText: '' });
  });
});
