// "Copy as issue text": an action item as Markdown to paste into an issue tracker, with the
// review it came from so the issue leads back to the incident.
import { markdownBlock, markdownInline } from '../render/markdown-text';
import type { IndexedActionItem } from '../workspace-index';

/** `reviewPath` is the review's path relative to its workspace folder, as a reader would find it. */
export function issueText(item: IndexedActionItem, reviewPath: string): string {
  const lines = [`## ${markdownInline(item.title || '(no title)')}`, ''];
  if (item.outcome?.trim()) lines.push(markdownBlock(item.outcome), '');
  lines.push(`- Review: ${markdownInline(item.reviewTitle)} (${markdownInline(reviewPath)})`);
  const fields: [string, string | undefined][] = [['Due', item.due], ['Owner', item.owner], ['Priority', item.priority]];
  for (const [name, value] of fields) if (value !== undefined) lines.push(`- ${name}: ${markdownInline(value)}`);
  return `${lines.join('\n')}\n`;
}
