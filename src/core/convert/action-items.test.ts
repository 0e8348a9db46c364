import * as assert from 'node:assert/strict';
import { extractActionItems, trackerOf } from './action-items';
import { parseMarkdown } from './markdown';
import { DEFAULT_SCALE } from './severity';

const items = (markdown: string) => extractActionItems(parseMarkdown(markdown).blocks, DEFAULT_SCALE);

describe('convert/action-items', () => {
  it('reads tables by column meaning, in any order and naming', () => {
    const { items: found } = items(
      [
        '| Owner | Bug | Task | Prio | Due date | State | Kind | Notes |',
        '|---|---|---|---|---|---|---|---|',
        '| @alex | [JIRA-12](https://jira.example.com/browse/JIRA-12) | Add test for edge case | P2 | 2026-06-28 | Done | prevent | see thread |',
        '| TBD | | Tune alert threshold | high | June 26 | WIP | mitigate | |',
      ].join('\n'),
    );
    assert.deepEqual(found, [
      { title: 'Add test for edge case', owner: '@alex', tracker: 'https://jira.example.com/browse/JIRA-12', priority: 'P2', due: '2026-06-28', status: 'done', type: 'preventive', 'x-notes': 'see thread' },
      // "TBD" is no owner, but is kept as written; so is a due date that is not a full date.
      { title: 'Tune alert threshold', priority: 'P2', status: 'in-progress', type: 'corrective', 'x-owner': 'TBD', 'x-due-date': 'June 26' },
    ]);
  });

  it('reads checklists (- [x] is done) and plain lists, with leading priorities and issue links', () => {
    const { items: found, notes } = items('We agreed on:\n\n- [x] Roll back the config\n- [ ] **HIGH** Add an alert ([#12](https://github.com/o/r/issues/12))\n- Write a runbook\n');
    assert.deepEqual(found, [
      { title: 'Roll back the config', status: 'done' },
      { title: 'Add an alert ([#12](https://github.com/o/r/issues/12))', priority: 'P2', status: 'open', tracker: 'https://github.com/o/r/issues/12' },
      { title: 'Write a runbook' },
    ]);
    assert.deepEqual(notes, ['We agreed on:']);
  });

  it('groups items under the headings inside the section, and keeps a tracker cell that says more than its link', () => {
    const { items: found, notes } = items(
      [
        '### Prevention', '', '| Action Item | Owner | Tracking bug |', '|---|---|---|', '| Pin versions | ann | [#7](https://github.com/o/r/issues/7) |', '',
        '### Mitigation', '', 'None.', '',
        '### Fixes', '', '| Action Item | Owner | Tracking bug |', '|---|---|---|', '| Update args | bob | [PR #6575](https://github.com/o/r/pull/6765) |',
      ].join('\n'),
    );
    assert.deepEqual(found, [
      { title: 'Pin versions', owner: 'ann', tracker: 'https://github.com/o/r/issues/7', 'x-group': 'Prevention', type: 'preventive' },
      { title: 'Update args', owner: 'bob', tracker: 'https://github.com/o/r/pull/6765', 'x-tracking-bug': '[PR #6575](https://github.com/o/r/pull/6765)', 'x-group': 'Fixes' },
    ]);
    assert.deepEqual(notes, ['### Mitigation', 'None.']);
  });

  it('takes paragraphs as items in a section with no list or table, with bare issue URLs as trackers', () => {
    const { items: found, notes } = items('Alert more people. (filed\nhttps://github.com/o/r/issues/9)\n\nAdd a Discord role.\n\nNone.\n');
    assert.deepEqual(found, [
      { title: 'Alert more people. (filed\nhttps://github.com/o/r/issues/9)', tracker: 'https://github.com/o/r/issues/9' },
      { title: 'Add a Discord role.' },
    ]);
    assert.deepEqual(notes, ['None.']);
  });

  it('takes only issue, bug and ticket links as trackers', () => {
    assert.deepEqual(trackerOf('see [docs](https://example.com/docs)'), {});
    assert.deepEqual(trackerOf('[PR](https://github.com/o/r/pull/3)'), { tracker: 'https://github.com/o/r/pull/3' });
  });
});
