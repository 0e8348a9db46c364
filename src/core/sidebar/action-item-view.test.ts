import * as assert from 'node:assert/strict';
import type { IndexedActionItem } from '../workspace-index';
import { actionItemView } from './action-item-view';

const NOW = new Date('2026-04-10T12:00:00Z');

function item(fields: Partial<IndexedActionItem>): IndexedActionItem {
  return {
    key: 'file:///w/a.pir.yaml#AI-1', reviewUri: 'file:///w/a.pir.yaml', reviewTitle: 'Checkout outage', index: 0,
    title: 'Add alert on queue depth', status: 'open', range: { start: 0, end: 10 }, line: 1, ...fields,
  };
}

describe('actionItemView', () => {
  it('shows owner · due · priority, the status icon and a context value by status', () => {
    const view = actionItemView(item({ owner: 'sre-team', due: '2026-05-01', priority: 'P2', status: 'in-progress' }), NOW);
    assert.equal(view.label, 'Add alert on queue depth');
    assert.equal(view.description, 'sre-team · due 2026-05-01 · P2');
    assert.deepEqual(view.icon, { id: 'play-circle' });
    assert.equal(view.contextValue, 'pirAction.in-progress');
    assert.equal(view.overdue, false);
  });

  it('marks an overdue item in the description and colours its icon', () => {
    const view = actionItemView(item({ owner: 'sre-team', due: '2026-04-09' }), NOW);
    assert.equal(view.overdue, true);
    assert.equal(view.description, 'sre-team · overdue 2026-04-09');
    assert.deepEqual(view.icon, { id: 'circle-large-outline', color: 'list.errorForeground' });
    assert.match(view.tooltip, /Due: 2026-04-09 \*\*\(overdue\)\*\*/);
  });

  it('does not call an item overdue on its due day, or once it is closed', () => {
    assert.equal(actionItemView(item({ due: '2026-04-10' }), NOW).overdue, false);
    const done = actionItemView(item({ due: '2026-01-01', status: 'done' }), NOW);
    assert.equal(done.overdue, false);
    assert.equal(done.description, 'no owner · due 2026-01-01');
    assert.deepEqual(done.icon, { id: 'pass-filled', color: 'testing.iconPassed' });
    assert.deepEqual(actionItemView(item({ status: 'wont-do' }), NOW).icon, { id: 'circle-slash' });
  });

  it('names the title and the facts for screen readers', () => {
    const title = 'Require a second reviewer for every feature-flag payload change';
    const view = actionItemView(item({ title, owner: 'Dana', due: '2026-05-01', priority: 'P2' }), NOW);
    assert.equal(view.label, title);
    assert.equal(view.ariaLabel, `${title}, Dana · due 2026-05-01 · P2`);
  });

  it('shows when a done item was completed', () => {
    const view = actionItemView(item({ owner: 'Dana', due: '2026-04-01', status: 'done', completed: '2026-04-03' }), NOW);
    assert.equal(view.description, 'Dana · done 2026-04-03');
    assert.match(view.tooltip, /- Due: 2026-04-01\n- Completed: 2026-04-03/);
  });

  it('marks an unowned item and names an untitled one by its id', () => {
    const view = actionItemView(item({ title: '', id: 'AI-7' }), NOW);
    assert.equal(view.label, 'AI-7 (no title)');
    assert.equal(view.description, 'no owner');
    assert.match(view.tooltip, /- Owner: \*no owner\*/);
  });

  it('puts every field and the review title in the tooltip, with user text escaped', () => {
    const view = actionItemView(item({
      title: 'Fix <script>alert(1)</script> *now*', owner: '[x](javascript:alert(1))', due: '2026-05-01', priority: 'P1',
      type: 'preventive', id: 'AI-1', tracker: 'https://tracker.example/PIR-1', outcome: 'Shipped <img src=x onerror=alert(1)>',
      reviewTitle: 'Outage # 1',
    }), NOW);
    assert.equal(view.tooltip, [
      '**Fix &lt;script&gt;alert(1)&lt;/script&gt; \\*now\\***',
      '',
      '- Status: Open',
      '- Owner: \\[x\\](javascript:alert(1))',
      '- Due: 2026-05-01',
      '- Priority: P1',
      '- Type: Preventive',
      '- Id: AI-1',
      '- Tracker: [https://tracker.example/PIR-1](https://tracker.example/PIR-1)',
      '- Review: Outage \\# 1',
      '',
      '---',
      '',
      'Shipped &lt;img src=x onerror=alert(1)>',
    ].join('\n'));
  });

  it('shows a tracker that is not a safe URL as text', () => {
    assert.match(actionItemView(item({ tracker: 'javascript:alert(1)' }), NOW).tooltip, /- Tracker: javascript:alert\(1\)$/m);
  });

  it('says an item is blocked, with the paused icon and what it waits for in the tooltip', () => {
    const view = actionItemView(item({ owner: 'sre-team', due: '2026-05-01' }), NOW, ['AI-2', 'PIR-7#AI-*1']);
    assert.equal(view.description, 'blocked · sre-team · due 2026-05-01');
    assert.deepEqual(view.icon, { id: 'debug-pause', color: 'list.warningForeground' });
    assert.match(view.tooltip, /^- Blocked by: AI-2, PIR-7#AI-\\\*1$/m);
    const overdue = actionItemView(item({ due: '2026-04-01' }), NOW, ['AI-2']);
    assert.deepEqual(overdue.icon, { id: 'circle-large-outline', color: 'list.errorForeground' }, 'overdue wins the icon');
  });
});
