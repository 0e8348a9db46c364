// How the sidebar's Reviews view shows one review, decided without `vscode` (see action-item-view.ts).
import { isClosed, isOverdue } from '../action-items';
import { formatMetricsLine } from '../metrics';
import { humanize, plural } from '../labels';
import { markdownInline } from '../render/markdown-text';
import { formatDuration } from '../time';
import type { ReviewEntry } from '../workspace-index';
import type { IconChoice } from './action-item-view';

export interface ReviewView {
  label: string;
  /** `severity · status · MTTR`. */
  description: string;
  icon: IconChoice;
  /** Markdown with every user-written field escaped. */
  tooltip: string;
}

/**
 * A `final` review with open action items past their due date is highlighted (bell icon, "N
 * overdue"): the review is closed, so nobody looks at it, yet its follow-up work is late.
 */
export function reviewView(entry: ReviewEntry, reviewPath: string, now = new Date()): ReviewView {
  const mttr = entry.metrics.mttr === undefined ? undefined : `MTTR ${formatDuration(entry.metrics.mttr)}`;
  const overdue = entry.status === 'final' ? entry.actionItems.filter((item) => isOverdue(item, now)).length : 0;
  const description = [entry.severity, entry.status && humanize(entry.status), mttr, overdue ? `${overdue} overdue` : undefined].filter(Boolean).join(' · ');
  const icon = !hasProblems(entry) && overdue ? { id: 'bell-dot', color: 'list.errorForeground' } : reviewIcon(entry);
  const tooltip = reviewTooltip(entry, reviewPath) + (overdue ? `\n\n⏰ Final, with ${overdue} open action item${overdue === 1 ? '' : 's'} past due.` : '');
  return { label: entry.title, description, icon, tooltip };
}

/** A review that is not valid (or no longer parses) needs fixing before its data can be trusted. */
export function hasProblems(entry: ReviewEntry): boolean {
  return entry.errors > 0 || entry.stale || entry.parseError !== undefined;
}

function reviewIcon(entry: ReviewEntry): IconChoice {
  if (hasProblems(entry)) return { id: 'warning', color: 'problemsWarningIcon.foreground' };
  return { id: entry.status === 'final' ? 'verified' : 'book' };
}

function reviewTooltip(entry: ReviewEntry, reviewPath: string): string {
  const open = entry.actionItems.filter((item) => !isClosed(item.status)).length;
  const lines = [
    `**${markdownInline(entry.title)}**`,
    '',
    `- File: ${markdownInline(reviewPath)}`,
    ...(entry.id ? [`- Id: ${markdownInline(entry.id)}`] : []),
    ...(entry.severity ? [`- Severity: ${entry.severity}`] : []),
    ...(entry.status ? [`- Status: ${humanize(entry.status)}`] : []),
    `- ${formatMetricsLine(entry.metrics)}`,
    `- Action items: ${entry.actionItems.length} (${open} open)`,
  ];
  if (entry.parseError !== undefined) {
    lines.push('', `⚠ ${entry.stale ? 'Shown as last read: ' : ''}${markdownInline(entry.parseError)}`);
  } else if (entry.errors > 0) {
    lines.push('', `⚠ ${plural(entry.errors, 'schema error')}: open the review to see them.`);
  }
  return lines.join('\n');
}
