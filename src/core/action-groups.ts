// Filtering and grouping of indexed action items, shared by the Action Items view and `pir actions`.
import { isClosed, isOverdue } from './action-items';
import type { ActionStatus } from './review';
import { DAY, parseDate, startOfUtcDay } from './time';
import type { IndexedActionItem } from './workspace-index';

export interface ActionFilter {
  /** Leave out done and won't-do items. */
  hideClosed?: boolean;
  /** Only items of this owner, compared case-insensitively; an empty name matches nothing. */
  owner?: string;
  overdueOnly?: boolean;
  now: Date;
}

export function filterActions(items: readonly IndexedActionItem[], filter: ActionFilter): IndexedActionItem[] {
  const owner = filter.owner?.trim().toLowerCase();
  return items.filter((item) =>
    !(filter.hideClosed && isClosed(item.status)) &&
    !(owner !== undefined && item.owner?.trim().toLowerCase() !== owner) &&
    !(filter.overdueOnly && !isOverdue(item, filter.now)));
}

export type ActionGrouping = 'review' | 'owner' | 'status' | 'due';

export interface ActionGroup {
  /** Stable within a grouping, for tree ids and expansion state. */
  key: string;
  label: string;
  items: IndexedActionItem[];
}

/**
 * Groups in a fixed, meaningful order; empty groups are left out. Items keep their order,
 * except in due groups, which are sorted by due date (soonest first).
 */
export function groupActions(items: readonly IndexedActionItem[], by: ActionGrouping, now: Date): ActionGroup[] {
  switch (by) {
    case 'review':
      return groupBy(items, (item) => ({ key: item.reviewUri, label: item.reviewTitle }));
    case 'owner': {
      // Owners alphabetically, as written the first time; items without an owner last.
      const groups = groupBy(items, (item) => (item.owner ? { key: item.owner.trim().toLowerCase(), label: item.owner.trim() } : NO_OWNER));
      return groups.sort((a, b) => rank(a, NO_OWNER) - rank(b, NO_OWNER) || a.label.localeCompare(b.label));
    }
    case 'status':
      return inOrder(groupBy(items, (item) => STATUS_GROUPS[item.status]), Object.values(STATUS_GROUPS));
    case 'due': {
      const groups = groupBy(items, (item) => dueGroup(item, now));
      for (const group of groups) group.items.sort((a, b) => (parseDate(a.due) ?? Infinity) - (parseDate(b.due) ?? Infinity));
      return inOrder(groups, Object.values(DUE_GROUPS));
    }
  }
}

type GroupName = Omit<ActionGroup, 'items'>;

const NO_OWNER: GroupName = { key: '', label: 'No owner' };

/** In workflow order, which is the order the groups are shown in. */
const STATUS_GROUPS: Record<ActionStatus, GroupName> = {
  open: { key: 'open', label: 'Open' },
  'in-progress': { key: 'in-progress', label: 'In progress' },
  done: { key: 'done', label: 'Done' },
  'wont-do': { key: 'wont-do', label: "Won't do" },
};

const DUE_GROUPS = {
  overdue: { key: 'overdue', label: 'Overdue' },
  soon: { key: 'soon', label: 'Next 7 days' },
  later: { key: 'later', label: 'Later' },
  none: { key: 'none', label: 'No due date' },
  // Once closed, the due date no longer matters.
  closed: { key: 'closed', label: 'Closed' },
} satisfies Record<string, GroupName>;

function dueGroup(item: IndexedActionItem, now: Date): GroupName {
  if (isClosed(item.status)) return DUE_GROUPS.closed;
  const due = parseDate(item.due);
  if (due === undefined) return DUE_GROUPS.none;
  if (isOverdue(item, now)) return DUE_GROUPS.overdue;
  return due < startOfUtcDay(now.getTime()) + 7 * DAY ? DUE_GROUPS.soon : DUE_GROUPS.later;
}

/** Groups in order of their first item. */
function groupBy(items: readonly IndexedActionItem[], nameOf: (item: IndexedActionItem) => GroupName): ActionGroup[] {
  const groups = new Map<string, ActionGroup>();
  for (const item of items) {
    const name = nameOf(item);
    const group = groups.get(name.key);
    if (group) group.items.push(item);
    else groups.set(name.key, { ...name, items: [item] });
  }
  return [...groups.values()];
}

function inOrder(groups: ActionGroup[], order: readonly GroupName[]): ActionGroup[] {
  return groups.sort((a, b) => order.findIndex((g) => g.key === a.key) - order.findIndex((g) => g.key === b.key));
}

function rank(group: ActionGroup, last: GroupName): number {
  return group.key === last.key ? 1 : 0;
}
