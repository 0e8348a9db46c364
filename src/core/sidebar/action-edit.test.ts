import * as assert from 'node:assert/strict';
import { applyEdits } from '../edit';
import { yaml } from '../rules/testing';
import { actionItemEdits, actionItemRange } from './action-edit';

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
    const edits = actionItemEdits(TEXT, { index: 0, id: 'AI-1', title: 'Add alert' }, 'status', 'done');
    assert.ok(edits);
    assert.equal(applyEdits(TEXT, edits), TEXT.replace('status: open', 'status: done'));
  });

  it('adds a missing field to an item without an id', () => {
    const edits = actionItemEdits(TEXT, { index: 1, id: undefined, title: 'Roll back faster' }, 'owner', 'sre-team');
    assert.ok(edits);
    assert.equal(applyEdits(TEXT, edits), `${TEXT}    owner: sre-team\n`);
  });

  it('refuses when the entry at that index is another item, or is gone', () => {
    assert.equal(actionItemEdits(TEXT, { index: 0, id: 'AI-2', title: 'Add alert' }, 'status', 'done'), undefined);
    assert.equal(actionItemEdits(TEXT, { index: 0, id: 'AI-1', title: 'Add an alert' }, 'status', 'done'), undefined);
    assert.equal(actionItemEdits(TEXT, { index: 2, id: undefined, title: 'Roll back faster' }, 'status', 'done'), undefined);
    assert.equal(actionItemEdits('pir: [', { index: 0, id: 'AI-1', title: 'Add alert' }, 'status', 'done'), undefined);
  });
});

describe('actionItemRange', () => {
  it('finds the item in the current text', () => {
    const range = actionItemRange(TEXT, { index: 1, id: undefined, title: 'Roll back faster' });
    assert.ok(range);
    assert.equal(TEXT.slice(range.start, range.end), 'title: Roll back faster');
  });
});
