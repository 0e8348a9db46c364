// The "Post-Incident Reviews" activity-bar container: the workspace index behind it, its two
// views and their commands.
import * as vscode from 'vscode';
import * as actionCommands from './action-commands';
import * as actionTree from './action-tree';
import type { ConfigService } from './config';
import type { ReviewLinter } from './diagnostics';
import { Me } from './me';
import * as reviewIndex from './review-index';
import * as reviewTree from './review-tree';

/** What the sidebar exposes to tests through the extension's API. */
export interface Sidebar {
  reviews: reviewIndex.WorkspaceReviews;
  actionItems: actionTree.ActionItemsTree;
  reviewList: reviewTree.ReviewsTree;
}

export function register(context: vscode.ExtensionContext, linter: ReviewLinter, config: ConfigService): Sidebar {
  const reviews = reviewIndex.register(context, linter);
  const sidebar: Sidebar = {
    reviews,
    actionItems: actionTree.register(context, reviews, new Me()),
    reviewList: reviewTree.register(context, reviews),
  };
  actionCommands.register(context, reviews, config);
  // The welcome view ("no reviews yet") shows only once the scan found none.
  const countReviews = () => vscode.commands.executeCommand('setContext', 'pir.reviewCount', reviews.index.entries().length);
  const unsubscribe = reviews.index.onDidChange(() => void countReviews());
  context.subscriptions.push(
    { dispose: unsubscribe },
    vscode.commands.registerCommand('pir.refreshReviews', () => reviews.refresh()),
  );
  void reviews.ready.then(countReviews);
  return sidebar;
}
