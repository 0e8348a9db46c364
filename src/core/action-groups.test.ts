import * as assert from 'node:assert/strict';
import { filterActions, groupActions } from './action-groups';
import type { IndexedActionItem } from './workspace-index';

/** An item with just what filters and groups read. */
function item(key: string, fields: Partial<IndexedActionItem> = {}): IndexedActionItem {
  return {
    key, reviewUri: 'r1', reviewTitle: 'Review one', index: 0, title: key, status: 'open', range: { start: 0, end: 1 }, line: 1, ...fields,
  };
}

describe('action-groups', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const items = [
    item('late', { owner: 'Alice', due: '2026-05-20' }),
    item('soon', { owner: 'bob', due: '2026-06-07', status: 'in-progress' }),
    item('later', { owner: 'alice ', due: '2026-06-08', reviewUri: 'r2', reviewTitle: 'Review two' }),
    item('nodate'),
    item('baddate', { due: 'next week' }),
    item('done', { owner: 'bob', due: '2026-01-01', status: 'done' }),
    item('dropped', { status: 'wont-do', reviewUri: 'r2', reviewTitle: 'Review two' }),
  ];
  const keys = (list: readonly IndexedActionItem[]) => list.map((i) => i.key);

  describe('filterActions', () => {
    it('keeps everything with no filter set', () => {
      assert.equal(filterActions(items, { now }).length, items.length);
    });

    it('hides closed items', () => {
      assert.deepEqual(keys(filterActions(items, { hideClosed: true, now })), ['late', 'soon', 'later', 'nodate', 'baddate']);
    });

    it('matches the owner without regard to case or surrounding spaces; an empty owner matches nothing', () => {
      assert.deepEqual(keys(filterActions(items, { owner: 'ALICE', now })), ['late', 'later']);
      assert.deepEqual(filterActions(items, { owner: '', now }), []);
    });

    it('keeps only overdue items, and combines filters', () => {
      assert.deepEqual(keys(filterActions(items, { overdueOnly: true, now })), ['late']);
      assert.deepEqual(filterActions(items, { overdueOnly: true, owner: 'bob', now }), []);
    });
  });

  describe('groupActions', () => {
    const summary = (by: Parameters<typeof groupActions>[1]) =>
      groupActions(items, by, now).map((g) => `${g.label}: ${keys(g.items).join(' ')}`);

    it('groups by review in order of appearance', () => {
      assert.deepEqual(summary('review'), [
        'Review one: late soon nodate baddate done',
        'Review two: later dropped',
      ]);
    });

    it('groups by owner alphabetically, ignoring case, with unowned items last', () => {
      assert.deepEqual(summary('owner'), ['Alice: late later', 'bob: soon done', 'No owner: nodate baddate dropped']);
    });

    it('groups by status in workflow order', () => {
      assert.deepEqual(summary('status'), [
        'Open: late later nodate baddate', 'In progress: soon', 'Done: done', "Won't do: dropped",
      ]);
    });

    it('groups by due date: overdue, the next 7 days, later, none, then closed', () => {
      assert.deepEqual(summary('due'), [
        'Overdue: late', 'Next 7 days: soon', 'Later: later', 'No due date: nodate baddate', 'Closed: done dropped',
      ]);
    });

    it('sorts a due group by date and leaves out empty groups', () => {
      const groups = groupActions([item('b', { due: '2026-07-02' }), item('a', { due: '2026-07-01' })], 'due', now);
      assert.deepEqual(groups.map((g) => [g.key, keys(g.items)]), [['later', ['a', 'b']]]);
    });
  });
});
