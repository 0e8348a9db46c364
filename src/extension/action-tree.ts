// The "Action Items" view: every action item of the workspace's reviews, grouped and filtered
// from the view's title bar. The view's choices live in workspaceState and in context keys, so
// the title-bar menu shows which filters are on.
import * as vscode from 'vscode';
import { isOverdue } from '../core/action-items';
import { DependencyGraph } from '../core/dependencies/workspace';
import { actionItemView } from '../core/sidebar/action-item-view';
import { filterActions, groupActions, type ActionGroup, type ActionGrouping } from '../core/action-groups';
import { plural } from '../core/labels';
import type { IndexedActionItem } from '../core/workspace-index';
import type { Me } from './me';
import { leafTreeItem } from './tree-item';
import type { WorkspaceReviews } from './review-index';

export const ACTION_ITEMS_VIEW = 'pirActionItems';
export const OPEN_ACTION_COMMAND = 'pir.actions.open';

/** What the title bar sets; saved per workspace. */
export interface ActionViewOptions {
  groupBy: ActionGrouping;
  /** Leave out done and won't-do items. */
  hideClosed: boolean;
  onlyMine: boolean;
  onlyOverdue: boolean;
}

const DEFAULT_OPTIONS: ActionViewOptions = { groupBy: 'review', hideClosed: true, onlyMine: false, onlyOverdue: false };
const OPTIONS_KEY = 'pir.actions.options';
/** The boolean options, each with its context key (`pir.actions.<name>`) and the commands that turn it on and off. */
const TOGGLES = {
  hideClosed: { on: 'pir.actions.hideClosed', off: 'pir.actions.showClosed' },
  onlyMine: { on: 'pir.actions.onlyMine', off: 'pir.actions.allOwners' },
  onlyOverdue: { on: 'pir.actions.onlyOverdue', off: 'pir.actions.allDueDates' },
} as const;

const GROUPINGS: { grouping: ActionGrouping; label: string }[] = [
  { grouping: 'review', label: 'Review' },
  { grouping: 'owner', label: 'Owner' },
  { grouping: 'status', label: 'Status' },
  { grouping: 'due', label: 'Due date' },
];

/**
 * A group, an action item, or the item's second line: owner · due · priority. The second line is
 * its own row because VS Code cuts a row's description first, so beside a long title it was
 * hidden at the sidebar's default width.
 */
export type ActionNode =
  | { kind: 'group'; id: string; group: ActionGroup }
  | { kind: 'item'; item: IndexedActionItem; parent: ActionNode }
  | { kind: 'facts'; item: IndexedActionItem; parent: ActionNode & { kind: 'item' } };

export class ActionItemsTree implements vscode.TreeDataProvider<ActionNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private options: ActionViewOptions;
  readonly view: vscode.TreeView<ActionNode>;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Which items wait for which, across every folder; rebuilt on first use after a change. */
  private dependencies: DependencyGraph | undefined;

  constructor(private readonly reviews: WorkspaceReviews, private readonly me: Me, private readonly state: vscode.Memento) {
    this.options = { ...DEFAULT_OPTIONS, ...state.get<Partial<ActionViewOptions>>(OPTIONS_KEY) };
    this.view = vscode.window.createTreeView(ACTION_ITEMS_VIEW, { treeDataProvider: this, showCollapseAll: true });
    const unsubscribe = reviews.index.onDidChange(() => this.refresh());
    this.disposables.push(
      this.view,
      { dispose: unsubscribe },
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('pir.me') && this.options.onlyMine) this.refresh();
      }),
    );
    void this.setContextKeys();
    this.refresh();
  }

  /** The current view options (read by tests and the commands). */
  get viewOptions(): Readonly<ActionViewOptions> {
    return this.options;
  }

  async setOptions(change: Partial<ActionViewOptions>): Promise<void> {
    this.options = { ...this.options, ...change };
    await this.state.update(OPTIONS_KEY, this.options);
    await this.setContextKeys();
    this.refresh();
  }

  async pickGrouping(): Promise<void> {
    const picks = GROUPINGS.map(({ grouping, label }) => ({ label, grouping, description: grouping === this.options.groupBy ? 'current' : undefined }));
    const pick = await vscode.window.showQuickPick(picks, { title: 'Group Action Items By' });
    if (pick) await this.setOptions({ groupBy: pick.grouping });
  }

  refresh(): void {
    this.dependencies = undefined;
    this.updateBadge();
    this.changed.fire();
  }

  getTreeItem(node: ActionNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.group.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.description = String(node.group.items.length);
      item.contextValue = 'pirActionGroup';
      return item;
    }
    this.dependencies ??= new DependencyGraph(this.reviews.index.entries());
    const graph = this.dependencies;
    const view = actionItemView(node.item, new Date(), graph.blockedBy(node.item).map((target) => graph.refName(node.item, target)));
    const item = node.kind === 'item'
      ? leafTreeItem({ ...view, description: '' }, node.item.key)
      : leafTreeItem({ ...view, label: view.description, description: '', ariaLabel: undefined }, `${node.item.key}#facts`);
    if (node.kind === 'item') item.collapsibleState = vscode.TreeItemCollapsibleState.Expanded;
    else item.iconPath = undefined;
    // The same menus on both lines: Mark Done sits right beside the due date.
    item.contextValue = view.contextValue;
    item.command = { command: OPEN_ACTION_COMMAND, title: 'Open Action Item', arguments: [node] };
    return item;
  }

  async getChildren(node?: ActionNode): Promise<ActionNode[]> {
    if (node?.kind === 'item') return [{ kind: 'facts', item: node.item, parent: node }];
    if (node?.kind === 'facts') return [];
    if (node) return node.group.items.map((item) => ({ kind: 'item', item, parent: node }));
    await this.reviews.ready;
    const me = this.options.onlyMine ? await this.me.name() : undefined;
    const now = new Date();
    const all = this.reviews.index.actionItems();
    const shown = filterActions(all, {
      hideClosed: this.options.hideClosed,
      overdueOnly: this.options.onlyOverdue,
      owner: this.options.onlyMine ? (me ?? '') : undefined,
      now,
    });
    this.view.message = this.emptyMessage(all.length, shown.length, me);
    return groupActions(shown, this.options.groupBy, now).map((group) => ({ kind: 'group', id: `${this.options.groupBy}:${group.key}`, group }));
  }

  getParent(node: ActionNode): ActionNode | undefined {
    return node.kind === 'group' ? undefined : node.parent;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private emptyMessage(total: number, shown: number, me: string | undefined): string | undefined {
    if (total === 0 || shown > 0) return undefined; // no reviews: the welcome view explains
    if (this.options.onlyMine && !me) return 'Set `pir.me` (or git\'s user.name) to see the action items you own.';
    return 'No action item matches the filters.';
  }

  private updateBadge(): void {
    const now = new Date();
    const overdue = this.reviews.index.actionItems().filter((item) => isOverdue(item, now)).length;
    this.view.badge = overdue ? { value: overdue, tooltip: plural(overdue, 'overdue action item') } : undefined;
    this.view.description = this.describeOptions();
  }

  /** Next to the view title: how the list is cut, so an empty or short list is not a surprise. */
  private describeOptions(): string {
    const { groupBy, onlyMine, onlyOverdue, hideClosed } = this.options;
    const label = GROUPINGS.find((g) => g.grouping === groupBy)?.label.toLowerCase() ?? groupBy;
    return [`by ${label}`, onlyMine && 'mine', onlyOverdue && 'overdue', !hideClosed && 'with closed'].filter(Boolean).join(' · ');
  }

  private async setContextKeys(): Promise<void> {
    for (const name of Object.keys(TOGGLES) as (keyof typeof TOGGLES)[]) {
      await vscode.commands.executeCommand('setContext', `pir.actions.${name}`, this.options[name]);
    }
  }
}

export function register(context: vscode.ExtensionContext, reviews: WorkspaceReviews, me: Me): ActionItemsTree {
  const tree = new ActionItemsTree(reviews, me, context.workspaceState);
  context.subscriptions.push(
    tree,
    vscode.commands.registerCommand('pir.actions.groupBy', () => tree.pickGrouping()),
    ...Object.entries(TOGGLES).flatMap(([name, { on, off }]) => [
      vscode.commands.registerCommand(on, () => tree.setOptions({ [name]: true })),
      vscode.commands.registerCommand(off, () => tree.setOptions({ [name]: false })),
    ]),
  );
  return tree;
}
