import * as assert from 'node:assert/strict';
import { nextActionId } from './action-ids';

describe('nextActionId', () => {
  it('counts on from the highest AI-<n>, past gaps and other id styles', () => {
    assert.equal(nextActionId({ actionItems: [{ id: 'AI-2' }, { id: 'AI-7' }, { id: 'PLAT-99' }, { title: 'no id' }] }), 'AI-8');
  });

  it('starts at AI-1', () => {
    assert.equal(nextActionId({ actionItems: [] }), 'AI-1');
    assert.equal(nextActionId(undefined), 'AI-1');
  });
});
