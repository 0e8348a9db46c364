import type * as vscode from 'vscode';
import * as completion from './completion';
import * as config from './config';
import * as dashboard from './dashboard';
import * as dependencyDiagnostics from './dependency-diagnostics';
import * as diagnostics from './diagnostics';
import * as exportReview from './export-review';
import * as metrics from './metrics';
import * as newReview from './new-review';
import * as preview from './preview';
import * as quickFixes from './quick-fixes';
import * as rootCause from './root-cause';
import * as timeline from './timeline';
import * as sidebar from './sidebar';
import * as site from './site';

/** What `activate` returns: the integration tests reach the extension's state through it. */
export interface PirApi {
  sidebar: sidebar.Sidebar;
  linter: diagnostics.ReviewLinter;
}

export function activate(context: vscode.ExtensionContext): PirApi {
  const configService = config.register(context);
  const linter = diagnostics.register(context, configService);
  metrics.register(context, linter);
  newReview.register(context);
  timeline.register(context, linter);
  rootCause.register(context, linter);
  preview.register(context);
  exportReview.register(context);
  site.register(context, configService);
  const pirSidebar = sidebar.register(context, linter);
  dashboard.register(context, pirSidebar.reviews);
  dependencyDiagnostics.register(context, pirSidebar.reviews, configService);
  // Completion and the owner quick fix offer the owners of the sidebar's workspace index.
  completion.register(context, pirSidebar.reviews);
  quickFixes.register(context, linter, pirSidebar.reviews);
  return { sidebar: pirSidebar, linter };
}

export function deactivate(): void {}
