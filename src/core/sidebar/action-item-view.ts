// How the sidebar shows one action item: label, description, icon, tooltip and context value,
// decided here without `vscode` so the choices are unit-tested; the extension only maps them.
import { isOverdue } from '../action-items';
import { humanize } from '../labels';
import { markdownBlock, markdownInline, markdownLink } from '../render/markdown-text';
import type { ActionStatus } from '../review';
import type { IndexedActionItem } from '../workspace-index';

/** A codicon id and an optional theme colour id, as `ThemeIcon(id, ThemeColor(color))` takes them. */
export interface IconChoice {
  id: string;
  color?: string;
}

export interface ActionItemView {
  label: string;
  /** `owner · due · priority` (a done item's completion day instead of its due day): the item's second line. */
  description: string;
  icon: IconChoice;
  /** The title and the second line, for screen readers. */
  ariaLabel: string;
  /** Markdown; every user-written field is escaped, so it is safe untrusted and without HTML. */
  tooltip: string;
  /** `pirAction.<status>`: menus show Mark Done or Reopen by it. */
  contextValue: string;
  overdue: boolean;
}

export const STATUS_ICONS: Readonly<Record<ActionStatus, string>> = {
  open: 'circle-large-outline',
  'in-progress': 'play-circle',
  done: 'pass-filled',
  'wont-do': 'circle-slash',
};

/** Overdue is the one state that needs attention now, so it gets the error colour. */
const OVERDUE_COLOR = 'list.errorForeground';
const DONE_COLOR = 'testing.iconPassed';
const BLOCKED_ICON = 'debug-pause';
const BLOCKED_COLOR = 'list.warningForeground';
const UNOWNED = 'no owner';

/**
 * `blockedBy`: the open items this one waits for, as `dependsOn` names them (DependencyGraph);
 * a blocked item says so first and gets the paused icon, unless it is overdue (that needs acting on).
 */
export function actionItemView(item: IndexedActionItem, now: Date, blockedBy: readonly string[] = []): ActionItemView {
  const overdue = isOverdue(item, now);
  const blocked = blockedBy.length > 0;
  const when = item.status === 'done' && item.completed !== undefined ? `done ${item.completed}`
    : item.due === undefined ? undefined : overdue ? `overdue ${item.due}` : `due ${item.due}`;
  const description = [blocked ? 'blocked' : undefined, item.owner ?? UNOWNED, when, item.priority].filter((part) => part !== undefined).join(' · ');
  const color = overdue ? OVERDUE_COLOR : item.status === 'done' ? DONE_COLOR : blocked ? BLOCKED_COLOR : undefined;
  const title = item.title || untitled(item);
  return {
    label: title,
    description,
    ariaLabel: `${title}, ${description}`,
    icon: { id: blocked && !overdue ? BLOCKED_ICON : STATUS_ICONS[item.status], ...(color && { color }) },
    tooltip: actionItemTooltip(item, overdue, blockedBy),
    contextValue: `pirAction.${item.status}`,
    overdue,
  };
}

function untitled(item: IndexedActionItem): string {
  return item.id ? `${item.id} (no title)` : '(no title)';
}

function actionItemTooltip(item: IndexedActionItem, overdue: boolean, blockedBy: readonly string[]): string {
  const fields: [string, string | undefined][] = [
    ['Status', humanize(item.status)],
    ['Owner', item.owner === undefined ? `*${UNOWNED}*` : markdownInline(item.owner)],
    ['Due', item.due === undefined ? undefined : `${markdownInline(item.due)}${overdue ? ' **(overdue)**' : ''}`],
    ['Completed', item.completed && markdownInline(item.completed)],
    ['Priority', item.priority],
    ['Type', item.type && humanize(item.type)],
    ['Id', item.id && markdownInline(item.id)],
    ['Tracker', item.tracker && trackerText(item.tracker)],
    ['Blocked by', blockedBy.length ? blockedBy.map((ref) => markdownInline(ref)).join(', ') : undefined],
    ['Review', markdownInline(item.reviewTitle)],
  ];
  const lines = fields.flatMap(([name, value]) => (value === undefined ? [] : [`- ${name}: ${value}`]));
  const outcome = item.outcome?.trim() ? ['', '---', '', markdownBlock(item.outcome)] : [];
  return [`**${markdownInline(item.title || untitled(item))}**`, '', ...lines, ...outcome].join('\n');
}

/** A tracker is a link or an id; only a safe URL becomes a link. */
function trackerText(tracker: string): string {
  return markdownLink(tracker, tracker);
}
