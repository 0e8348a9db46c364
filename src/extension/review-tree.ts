// The "Reviews" view: every review of the workspace with severity, status and MTTR, grouped by
// status or severity; reviews that are not valid show a warning icon.
import * as vscode from 'vscode';
import { groupReviews, type ReviewGroup, type ReviewGrouping } from '../core/sidebar/review-groups';
import { reviewView } from '../core/sidebar/review-view';
import type { ReviewEntry } from '../core/workspace-index';
import type { WorkspaceReviews } from './review-index';
import { leafTreeItem } from './tree-item';

export const REVIEWS_VIEW = 'pirReviews';
const GROUPING_KEY = 'pir.reviews.groupBy';

export type ReviewNode = { kind: 'group'; group: ReviewGroup } | { kind: 'review'; entry: ReviewEntry };

export class ReviewsTree implements vscode.TreeDataProvider<ReviewNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private grouping: ReviewGrouping;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly reviews: WorkspaceReviews, private readonly state: vscode.Memento) {
    this.grouping = state.get<ReviewGrouping>(GROUPING_KEY) ?? 'status';
    const unsubscribe = reviews.index.onDidChange(() => this.changed.fire());
    this.disposables.push(
      reviews.onDidChangeConfig(() => this.changed.fire()),
      vscode.window.createTreeView(REVIEWS_VIEW, { treeDataProvider: this, showCollapseAll: true }),
      { dispose: unsubscribe },
    );
  }

  async pickGrouping(): Promise<void> {
    const picks = (['status', 'severity'] as const).map((grouping) => ({
      label: grouping === 'status' ? 'Status' : 'Severity',
      description: grouping === this.grouping ? 'current' : undefined,
      grouping,
    }));
    const pick = await vscode.window.showQuickPick(picks, { title: 'Group Reviews By' });
    if (pick) await this.groupBy(pick.grouping);
  }

  async groupBy(grouping: ReviewGrouping): Promise<void> {
    this.grouping = grouping;
    await this.state.update(GROUPING_KEY, grouping);
    this.changed.fire();
  }

  getTreeItem(node: ReviewNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.group.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `${this.grouping}:${node.group.key}`;
      item.description = String(node.group.entries.length);
      return item;
    }
    const uri = vscode.Uri.parse(node.entry.uri);
    const view = reviewView(node.entry, vscode.workspace.asRelativePath(uri));
    const item = leafTreeItem(view, node.entry.uri);
    item.resourceUri = uri;
    item.contextValue = 'pirReview';
    item.command = { command: 'vscode.open', title: 'Open Review', arguments: [uri] };
    return item;
  }

  async getChildren(node?: ReviewNode): Promise<ReviewNode[]> {
    if (node?.kind === 'review') return [];
    if (node) return node.group.entries.map((entry) => ({ kind: 'review', entry }));
    await this.reviews.ready;
    const { severityScale } = await this.reviews.scales();
    return groupReviews(this.reviews.index.entries(), this.grouping, severityScale).map((group) => ({ kind: 'group', group }));
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

export function register(context: vscode.ExtensionContext, reviews: WorkspaceReviews): ReviewsTree {
  const tree = new ReviewsTree(reviews, context.workspaceState);
  context.subscriptions.push(tree, vscode.commands.registerCommand('pir.reviews.groupBy', () => tree.pickGrouping()));
  return tree;
}
