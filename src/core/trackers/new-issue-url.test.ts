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

  // GitLab documents the prefilled new-issue page in "Create an issue > Using a URL with prefilled
  // values" (doc/user/project/issues/create_issues.md, docs.gitlab.com/ee/user/project/issues/create_issues.html):
  // <project URL>/-/issues/new?issue[title]=…&issue[description]=…, each value URL-encoded; labels
  // have no parameter there, and the /label quick action (doc/user/project/quick_actions.md) in the
  // description applies them when the issue is created.
  it('GitLab: /-/issues/new with issue[title] and issue[description], labels by quick action', () => {
    const url = newIssueUrl({ kind: 'gitlab', url: 'https://gitlab.example.com/group/sub/checkout' }, ITEM, 'reviews/a.pir.yaml');
    assert.ok(url.startsWith('https://gitlab.example.com/group/sub/checkout/-/issues/new?issue%5Btitle%5D=Alert%20on'), url);
    const [[titleName, title], [descriptionName, description]] = params(url);
    assert.deepEqual([titleName, title, descriptionName], ['issue[title]', ITEM.title, 'issue[description]']);
    assert.match(description, /- Priority: P2\n\n\/label ~"post-incident" ~"P2"\n$/);
  });

  it('GitLab: a self-managed instance under a path, with text that would break an unencoded query', () => {
    const item = { ...ITEM, title: 'a&issue[confidential]=true #1', outcome: 'x = y & z\n/close' };
    const url = newIssueUrl({ kind: 'gitlab', url: 'https://git.example.com/gitlab/ops/checkout' }, item, 'a.pir.yaml');
    assert.ok(url.startsWith('https://git.example.com/gitlab/ops/checkout/-/issues/new?issue%5Btitle%5D=a%26issue%5Bconfidential%5D%3Dtrue%20%231&issue%5Bdescription%5D='), url);
    const entries = params(url);
    assert.deepEqual(entries.map(([name]) => name), ['issue[title]', 'issue[description]'], 'no parameter smuggled in by the title');
    assert.equal(entries[0][1], item.title);
    // A line "/close" of the outcome would be a quick action that closes the new issue: escaped, Markdown shows it as written.
    assert.match(entries[1][1], /^\\\/close$/m);
    assert.deepEqual(entries[1][1].match(/^\/.*$/gm), ['/label ~"post-incident" ~"P2"'], 'the only quick action is ours');
  });

  // Jira documents links that open its Create Issue screen prefilled in "Creating Issues via direct
  // HTML links" (JIRA documentation, confluence.atlassian.com/jira/creating-issues-via-direct-html-links;
  // Atlassian KB "How to create issues using direct HTML links in Jira Server"):
  // [JIRA BASE URL]/secure/CreateIssueDetails!init.jspa?pid=10420&issuetype=1&summary=…&description=…,
  // key=value pairs joined by '&', the project and issue type given by their numeric ids, and the
  // base URL as configured (it may carry a context path). A field with several values repeats its key.
  it('Jira: CreateIssueDetails with the project and issue type ids, summary, description and one labels parameter per label', () => {
    const url = newIssueUrl({ kind: 'jira', url: 'https://acme.atlassian.net', project: '10420', issueType: '10002' }, { ...ITEM, priority: undefined }, 'a.pir.yaml');
    assert.ok(url.startsWith('https://acme.atlassian.net/secure/CreateIssueDetails!init.jspa?pid=10420&issuetype=10002&summary=Alert%20on'), url);
    const entries = params(url);
    assert.deepEqual(entries.map(([name]) => name), ['pid', 'issuetype', 'summary', 'description', 'labels']);
    assert.equal(entries[2][1], ITEM.title);
    assert.equal(entries[4][1], 'post-incident');
  });

  it('Jira: a server under a context path, with text that would break an unencoded query', () => {
    const item = { ...ITEM, title: 'Fix a&pid=1 + b=c', priority: 'P1' };
    const url = newIssueUrl({ kind: 'jira', url: 'https://jira.example.com/jira', project: '10000', issueType: '1' }, item, 'a.pir.yaml');
    assert.ok(url.startsWith('https://jira.example.com/jira/secure/CreateIssueDetails!init.jspa?pid=10000&issuetype=1&summary=Fix%20a%26pid%3D1%20%2B%20b%3Dc&description='), url);
    const entries = params(url);
    assert.deepEqual(entries.map(([name]) => name), ['pid', 'issuetype', 'summary', 'description', 'labels', 'labels']);
    assert.equal(entries[2][1], item.title, 'a + stays a plus, not a space');
    assert.deepEqual(entries.slice(4).map(([, value]) => value), ['post-incident', 'P1']);
  });

  it('cuts a very long body so the address stays within what browsers and trackers accept', () => {
    const url = newIssueUrl({ kind: 'github', url: 'https://github.com/acme/checkout' }, { ...ITEM, outcome: 'x'.repeat(50_000) }, 'a.pir.yaml');
    assert.ok(url.length < 8_000, String(url.length));
    assert.match(params(url)[1][1], /x…$/);
  });
});
