import * as assert from 'node:assert/strict';
import { actionStatusOf, isOverdue } from './action-items';

describe('action-items', () => {
  const now = new Date('2026-06-01T23:30:00Z');

  it('reads a missing or unknown status as open', () => {
    assert.equal(actionStatusOf(undefined), 'open');
    assert.equal(actionStatusOf('blocked'), 'open');
    assert.equal(actionStatusOf('wont-do'), 'wont-do');
  });

  it('is overdue only from the UTC day after the due date', () => {
    assert.equal(isOverdue({ due: '2026-05-31' }, now), true);
    assert.equal(isOverdue({ due: '2026-06-01' }, now), false);
    assert.equal(isOverdue({ due: '2026-05-31' }, new Date('2026-06-01T00:00:00+02:00')), false);
  });

  it('is overdue unless closed, and never without a readable due date', () => {
    assert.equal(isOverdue({ due: '2026-01-01', status: 'in-progress' }, now), true);
    assert.equal(isOverdue({ due: '2026-01-01', status: 'blocked' }, now), true);
    assert.equal(isOverdue({ due: '2026-01-01', status: 'done' }, now), false);
    assert.equal(isOverdue({ due: '2026-01-01', status: 'wont-do' }, now), false);
    assert.equal(isOverdue({ due: 'last week' }, now), false);
    assert.equal(isOverdue({}, now), false);
  });
});
