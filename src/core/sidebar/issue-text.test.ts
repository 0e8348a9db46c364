import * as assert from 'node:assert/strict';
import type { IndexedActionItem } from '../workspace-index';
import { issueText } from './issue-text';

const BASE: IndexedActionItem = {
  key: 'k', reviewUri: 'file:///w/reviews/a.pir.yaml', reviewTitle: 'Checkout outage after config rollout', index: 0,
  title: 'Route config changes through the canary stage', status: 'open', range: { start: 0, end: 1 }, line: 1,
};

describe('issueText', () => {
  it('gives the title, outcome, review with its path, due date, owner and priority as Markdown', () => {
    const text = issueText({ ...BASE, outcome: 'Config goes through **canary** first.', due: '2026-05-01', owner: 'platform-team', priority: 'P2' }, 'reviews/a.pir.yaml');
    assert.equal(text, [
      '## Route config changes through the canary stage',
      '',
      'Config goes through **canary** first.',
      '',
      '- Review: Checkout outage after config rollout (reviews/a.pir.yaml)',
      '- Due: 2026-05-01',
      '- Owner: platform-team',
      '- Priority: P2',
      '',
    ].join('\n'));
  });

  it('leaves out what the item does not have, and escapes plain text', () => {
    const text = issueText({ ...BASE, title: '*Urgent* <b>fix</b>' }, 'my_reviews/a.pir.yaml');
    assert.equal(text, [
      '## \\*Urgent\\* &lt;b&gt;fix&lt;/b&gt;',
      '',
      '- Review: Checkout outage after config rollout (my\\_reviews/a.pir.yaml)',
      '',
    ].join('\n'));
  });
});
