import type * as vscode from 'vscode';
import * as completion from './completion';
import * as config from './config';
import * as dashboard from './dashboard';
import * as diagnostics from './diagnostics';
import * as exportReview from './export-review';
import * as metrics from './metrics';
import * as newReview from './new-review';
import * as owners from './owners';
import * as preview from './preview';
import * as quickFixes from './quick-fixes';
import * as rootCause from './root-cause';
import * as timeline from './timeline';
import * as sidebar from './sidebar';

/** What `activate` returns: the integration tests reach the extension's state through it. */
export interface PirApi {
  sidebar: sidebar.Sidebar;
}

export function activate(context: vscode.ExtensionContext): PirApi {
  const configService = config.register(context);
  const linter = diagnostics.register(context, configService);
  const ownerDirectory = owners.register(context);
  completion.register(context, ownerDirectory);
  quickFixes.register(context, linter, ownerDirectory);
  metrics.register(context, linter);
  newReview.register(context);
  timeline.register(context, linter);
  rootCause.register(context, linter);
  preview.register(context);
  exportReview.register(context);
  const pirSidebar = sidebar.register(context);
  dashboard.register(context, pirSidebar.reviews);
  return { sidebar: pirSidebar };
}

export function deactivate(): void {}
