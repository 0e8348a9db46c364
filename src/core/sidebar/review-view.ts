// How the sidebar's Reviews view shows one review, decided without `vscode` (see action-item-view.ts).
import { isClosed } from '../action-items';
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

export function reviewView(entry: ReviewEntry, reviewPath: string): ReviewView {
  const mttr = entry.metrics.mttr === undefined ? undefined : `MTTR ${formatDuration(entry.metrics.mttr)}`;
  const description = [entry.severity, entry.status && humanize(entry.status), mttr].filter(Boolean).join(' · ');
  return { label: entry.title, description, icon: reviewIcon(entry), tooltip: reviewTooltip(entry, reviewPath) };
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
