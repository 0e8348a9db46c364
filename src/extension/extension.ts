import type * as vscode from 'vscode';
import * as completion from './completion';
import * as config from './config';
import * as convert from './convert';
import * as dashboard from './dashboard';
import * as dependencyDiagnostics from './dependency-diagnostics';
import * as diagnostics from './diagnostics';
import * as docs from './docs';
import * as exportReview from './export-review';
import * as output from './log';
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
  const started = Date.now();
  output.register(context);
  const configService = config.register(context);
  docs.register(context);
  const linter = diagnostics.register(context, configService, docs.ruleDocLink);
  metrics.register(context, linter);
  convert.register(context, configService);
  timeline.register(context, linter);
  rootCause.register(context, linter);
  preview.register(context, configService);
  exportReview.register(context, configService);
  site.register(context, configService);
  const pirSidebar = sidebar.register(context, linter, configService);
  dashboard.register(context, pirSidebar.reviews);
  dependencyDiagnostics.register(context, pirSidebar.reviews, configService);
  // A new review's id takes the next number among the reviews the sidebar's index knows.
  newReview.register(context, configService, pirSidebar.reviews);
  // Completion and the owner quick fix offer the owners of the sidebar's workspace index.
  completion.register(context, pirSidebar.reviews, configService);
  quickFixes.register(context, linter, pirSidebar.reviews);
  output.log.info(`Activated ${context.extension.id} ${String((context.extension.packageJSON as { version?: unknown }).version)} in ${Date.now() - started} ms`);
  return { sidebar: pirSidebar, linter };
}

export function deactivate(): void {}
