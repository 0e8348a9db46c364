import * as assert from 'node:assert/strict';
import type { IndexedActionItem } from '../workspace-index';
import { newIssueUrl } from './new-issue-url';

const ITEM: IndexedActionItem = {
  key: 'file:///w/a.pir.yaml#AI-1', reviewUri: 'file:///w/a.pir.yaml', reviewTitle: 'Checkout & payments down: 100% errors', index: 0, line: 7,
  range: { start: 0, end: 1 }, id: 'AI-1', title: 'Alert on 5xx > 2% for #checkout (p99 & p50)', owner: 'sre-team', due: '2026-05-01', priority: 'P2',
  status: 'open', outcome: 'An alert pages within 5 minutes.\nNo more silent outages?',
};

/** The query parameters as the tracker's server reads them. */
function params(url: string): [string, string][] {
  return [...new URL(url).searchParams.entries()];
}

describe('newIssueUrl', () => {
  it('GitHub: /issues/new with title, body and labels, every character percent-encoded', () => {
    const url = newIssueUrl({ kind: 'github', url: 'https://github.com/acme/checkout' }, ITEM, 'reviews/a.pir.yaml');
    assert.ok(url.startsWith('https://github.com/acme/checkout/issues/new?title=Alert%20on%205xx%20%3E%202%25%20for%20%23checkout%20(p99%20%26%20p50)&body='), url);
    const search = url.split('?')[1];
    assert.doesNotMatch(search, /[ #\n]/);
    assert.equal(search.split('&').length, 3, 'an & only between parameters');
    const [[, title], [, body], [, labels]] = params(url);
    assert.equal(title, ITEM.title);
    // The body is issue-text.ts's Markdown: user text escaped so that it renders as written.
    assert.equal(body, [
      '## Alert on 5xx &gt; 2% for \\#checkout (p99 &amp; p50)', '', 'An alert pages within 5 minutes.', 'No more silent outages?', '',
      '- Review: Checkout &amp; payments down: 100% errors (reviews/a.pir.yaml)', '- Due: 2026-05-01', '- Owner: sre-team', '- Priority: P2', '',
    ].join('\n'));
    assert.equal(labels, 'post-incident,P2');
    assert.deepEqual(params(url).map(([name]) => name), ['title', 'body', 'labels']);
  });

  it('GitLab: /-/issues/new with issue[title] and issue[description], labels by quick action', () => {
    const url = newIssueUrl({ kind: 'gitlab', url: 'https://gitlab.example.com/group/sub/checkout' }, ITEM, 'reviews/a.pir.yaml');
    assert.ok(url.startsWith('https://gitlab.example.com/group/sub/checkout/-/issues/new?issue%5Btitle%5D=Alert%20on'), url);
    const [[titleName, title], [descriptionName, description]] = params(url);
    assert.deepEqual([titleName, title, descriptionName], ['issue[title]', ITEM.title, 'issue[description]']);
    assert.match(description, /- Priority: P2\n\n\/label ~"post-incident" ~"P2"\n$/);
  });

  it('Jira: CreateIssueDetails with the project and issue type ids, summary, description and one labels parameter per label', () => {
    const url = newIssueUrl({ kind: 'jira', url: 'https://acme.atlassian.net', project: '10420', issueType: '10002' }, { ...ITEM, priority: undefined }, 'a.pir.yaml');
    assert.ok(url.startsWith('https://acme.atlassian.net/secure/CreateIssueDetails!init.jspa?pid=10420&issuetype=10002&summary=Alert%20on'), url);
    const entries = params(url);
    assert.deepEqual(entries.map(([name]) => name), ['pid', 'issuetype', 'summary', 'description', 'labels']);
    assert.equal(entries[2][1], ITEM.title);
    assert.equal(entries[4][1], 'post-incident');
  });

  it('cuts a very long body so the address stays within what browsers and trackers accept', () => {
    const url = newIssueUrl({ kind: 'github', url: 'https://github.com/acme/checkout' }, { ...ITEM, outcome: 'x'.repeat(50_000) }, 'a.pir.yaml');
    assert.ok(url.length < 8_000, String(url.length));
    assert.match(params(url)[1][1], /x…$/);
  });
});
