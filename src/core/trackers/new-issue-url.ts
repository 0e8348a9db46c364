// The address of a tracker's "new issue" page, prefilled with an action item: title, body
// (issue-text.ts: the outcome expected, the review, owner, due date, priority) and labels.
import { issueText } from '../sidebar/issue-text';
import type { IndexedActionItem } from '../workspace-index';
import type { TrackerConfig } from './tracker-config';

/** Browsers and trackers refuse very long addresses (GitHub answers 414 past about 8 KB): the body is cut to this. */
const MAX_BODY_CHARS = 4_000;

/** Labels every created issue gets, plus the item's priority. */
const LABEL = 'post-incident';

export function newIssueUrl(tracker: TrackerConfig, item: IndexedActionItem, reviewPath: string): string {
  const title = item.title || '(no title)';
  const body = truncate(issueText(item, reviewPath));
  const labels = [LABEL, ...(item.priority ? [item.priority] : [])];
  switch (tracker.kind) {
    case 'github':
      return `${tracker.url}/issues/new?${query([['title', title], ['body', body], ['labels', labels.join(',')]])}`;
    case 'gitlab':
      // GitLab's new-issue form takes no labels parameter; a /label quick action in the description applies them on create.
      // A line of the item's own text that starts with "/" would be a quick action too (/close, /assign): escaped, it reads the same.
      return `${tracker.url}/-/issues/new?${query([['issue[title]', title], ['issue[description]', `${body.replace(/^\//gm, '\\/')}\n/label ${labels.map((l) => `~"${l}"`).join(' ')}\n`]])}`;
    case 'jira':
      return `${tracker.url}/secure/CreateIssueDetails!init.jspa?${query([
        ['pid', tracker.project ?? ''], ['issuetype', tracker.issueType ?? ''], ['summary', title], ['description', body], ...labels.map((l): [string, string] => ['labels', l]),
      ])}`;
  }
}

/** Every name and value percent-encoded (spaces as %20, which every tracker reads). */
function query(params: [string, string][]): string {
  return params.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');
}

function truncate(text: string): string {
  return text.length > MAX_BODY_CHARS ? `${text.slice(0, MAX_BODY_CHARS - 1)}…` : text;
}
