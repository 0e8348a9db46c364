// The action-items page: every open item, by owner (most overdue first), with its due date,
// what blocks it (dependsOn, across reviews) and its tracker link.
import { isClosed, isOverdue } from '../action-items';
import { DependencyGraph } from '../dependencies/workspace';
import { escapeHtml } from '../html-escape';
import { humanize } from '../labels';
import { rowAnchor } from '../render/html';
import { safeUrl } from '../render/links';
import { newIssueUrl } from '../trackers/new-issue-url';
import type { TrackerConfig } from '../trackers/tracker-config';
import type { IndexedActionItem } from '../workspace-index';
import { pageHtml } from './layout';
import type { SiteReview } from './site-review';

export interface ActionsPageOptions {
  now: Date;
  /** The team's tracker (.pirrc.yaml): items without a tracker link get a "file an issue" link. */
  tracker?: TrackerConfig;
}

interface OwnerGroup {
  owner?: string;
  items: IndexedActionItem[];
  overdue: number;
}

export function actionsPage(reviews: readonly SiteReview[], options: ActionsPageOptions): string {
  const pages = new Map(reviews.map((r) => [r.entry.uri, r.page]));
  const graph = new DependencyGraph(reviews.map((r) => r.entry));
  const groups = new Map<string | undefined, OwnerGroup>();
  for (const review of reviews) {
    for (const item of review.entry.actionItems) {
      if (isClosed(item.status)) continue;
      const group = groups.get(item.owner) ?? { owner: item.owner, items: [], overdue: 0 };
      group.items.push(item);
      if (isOverdue(item, options.now)) group.overdue++;
      groups.set(item.owner, group);
    }
  }
  const sorted = [...groups.values()].sort((a, b) =>
    (a.owner === undefined ? 1 : 0) - (b.owner === undefined ? 1 : 0) || b.overdue - a.overdue || b.items.length - a.items.length || (a.owner ?? '').localeCompare(b.owner ?? ''));
  const link = (item: IndexedActionItem) => `${escapeHtml(pages.get(item.reviewUri) ?? '')}#${rowAnchor('actionItems', item.index)}`;

  const sections = sorted.map((group) => {
    const owner = group.owner ?? 'No owner';
    const rows = [...group.items].sort((a, b) => (a.due ?? '\uffff').localeCompare(b.due ?? '\uffff')).map((item) => {
      const overdue = isOverdue(item, options.now);
      const blockedBy = graph.blockedBy(item);
      const blocked = blockedBy.length
        ? `<span class="pir-badge pir-blocked">blocked</span> by ${blockedBy.map((t) => `<a href="${link(t)}">${escapeHtml(graph.refName(item, t))}</a>`).join(', ')}`
        : '';
      return `<tr${overdue ? ' class="site-overdue"' : ''}>` +
        `<td class="site-nowrap"><a href="${link(item)}">${escapeHtml(item.id ?? `#${item.index + 1}`)}</a></td>` +
        `<td>${escapeHtml(item.title || '(no title)')}<div class="site-muted">${escapeHtml(item.reviewTitle)}</div></td>` +
        `<td class="site-nowrap">${escapeHtml(item.due ?? '—')}${overdue ? ' <span class="pir-badge site-overdue-badge">overdue</span>' : ''}</td>` +
        `<td><span class="pir-badge" data-action-status="${item.status}">${escapeHtml(humanize(item.status))}</span> ${blocked}</td>` +
        `<td>${trackerCell(item, options.tracker, pages.get(item.reviewUri) ?? item.reviewUri)}</td></tr>`;
    });
    const heading = `${escapeHtml(owner)} <span class="site-muted">${group.items.length} open${group.overdue ? `, ${group.overdue} overdue` : ''}</span>`;
    return `<section class="site-owner">
<h2>${heading}</h2>
<div class="site-table-wrap">
<table class="site-table">
<thead><tr><th scope="col">ID</th><th scope="col">Action</th><th scope="col">Due</th><th scope="col">Status</th><th scope="col">Tracker</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</div>
</section>`;
  });
  const open = sorted.reduce((n, g) => n + g.items.length, 0);
  const overdue = sorted.reduce((n, g) => n + g.overdue, 0);
  return pageHtml({
    title: 'Action items',
    page: 'actions',
    root: '',
    body: `<h1>Open action items</h1>
<p class="site-muted">${open} open, ${overdue} overdue, as of ${options.now.toISOString().slice(0, 10)}.</p>
${sections.join('\n') || '<p>No open action items.</p>'}`,
  });
}

/** The item's tracker link when it is a URL, its key when it is not, else a prefilled new-issue link. */
function trackerCell(item: IndexedActionItem, tracker: TrackerConfig | undefined, reviewPath: string): string {
  const url = item.tracker ? safeUrl(item.tracker) : undefined;
  if (url) return `<a href="${escapeHtml(item.tracker!)}" rel="noopener noreferrer">${escapeHtml(`${url.hostname}${url.pathname}`.replace(/\/$/, ''))}</a>`;
  if (item.tracker) return escapeHtml(item.tracker);
  if (tracker) return `<a href="${escapeHtml(newIssueUrl(tracker, item, reviewPath))}" rel="noopener noreferrer">File an issue</a>`;
  return '';
}
