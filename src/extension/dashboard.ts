// The Reliability Dashboard: one workspace-wide webview panel charting the review index. The host
// computes every number with the core's reliabilityReport (so they match `pir metrics`) for the
// filters the panel asks for, and recomputes when reviews change.
import * as vscode from 'vscode';
import { DEFAULT_REPEAT_WINDOW_DAYS, reliabilityReport, type ReliabilityReport } from '../core/reliability';
import { isDashboardFilters, isDashboardMessage, type DashboardFilters, type DashboardHostMessage } from '../core/protocol/dashboard';
import type { WorkspaceReviews } from './review-index';
import { loadPanelPage } from './webview/load-page';

export const DASHBOARD_VIEW_TYPE = 'pir.dashboard';
const TITLE = 'Reliability Dashboard';
const REPEAT_WINDOW_SETTING = 'pir.repeatWindowDays';
/** Index changes come in bursts (a git checkout); recompute once per burst. */
const RECOMPUTE_MS = 250;
const NO_FILTERS: DashboardFilters = { services: [], severities: [], categories: [] };

/** What became of a message from the panel. */
export type DashboardOutcome = 'handled' | 'ignored';

export class Dashboard implements vscode.Disposable {
  private panel?: vscode.WebviewPanel;
  private filters: DashboardFilters = NO_FILTERS;
  private timer?: ReturnType<typeof setTimeout>;
  /** The last report sent, for the integration tests. */
  lastReport?: ReliabilityReport;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly extensionUri: vscode.Uri, private readonly reviews: WorkspaceReviews) {
    const unsubscribe = reviews.index.onDidChange(() => this.schedule());
    this.disposables.push(
      { dispose: unsubscribe },
      reviews.onDidChangeConfig(() => this.schedule()),
      vscode.workspace.onDidChangeConfiguration((event) => { if (event.affectsConfiguration(REPEAT_WINDOW_SETTING)) this.schedule(); }),
      vscode.window.registerWebviewPanelSerializer(DASHBOARD_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel: vscode.WebviewPanel, state: unknown) => {
          const saved = (state as { filters?: unknown } | undefined)?.filters;
          this.attach(panel, isDashboardFilters(saved) ? saved : NO_FILTERS);
        },
      }),
    );
  }

  /** Shows the dashboard, revealing it when it is open already. */
  show(): vscode.WebviewPanel {
    if (this.panel) {
      this.panel.reveal();
      return this.panel;
    }
    const panel = vscode.window.createWebviewPanel(DASHBOARD_VIEW_TYPE, TITLE, vscode.ViewColumn.Active, { retainContextWhenHidden: false });
    this.attach(panel, NO_FILTERS);
    return panel;
  }

  /** Handles one message from the panel. Public so the integration tests can drive it like the webview does. */
  async handle(message: unknown): Promise<DashboardOutcome> {
    if (!isDashboardMessage(message)) {
      console.warn(`[pir] dashboard: ignored a malformed message: ${JSON.stringify(message)?.slice(0, 200)}`);
      return 'ignored';
    }
    switch (message.type) {
      case 'ready':
        await this.post();
        return 'handled';
      case 'filter':
        this.filters = message.filters;
        await this.post();
        return 'handled';
      case 'openReview': {
        // Only a review the index holds: the panel must not become a way to open arbitrary uris.
        if (!this.reviews.index.get(message.uri)) {
          console.warn(`[pir] dashboard: refused to open a uri that is not an indexed review: ${message.uri.slice(0, 200)}`);
          return 'ignored';
        }
        await vscode.window.showTextDocument(vscode.Uri.parse(message.uri, true), { viewColumn: vscode.ViewColumn.Beside });
        return 'handled';
      }
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }

  private attach(panel: vscode.WebviewPanel, filters: DashboardFilters): void {
    this.panel = panel;
    this.filters = filters;
    loadPanelPage(panel, this.extensionUri, 'dashboard', TITLE);
    const webview = panel.webview;
    const subscriptions = [
      webview.onDidReceiveMessage((message: unknown) => void this.handle(message)),
      // A hidden panel gets no updates; catch up when it shows again.
      panel.onDidChangeViewState(() => { if (panel.visible) this.schedule(); }),
    ];
    panel.onDidDispose(() => {
      subscriptions.forEach((s) => s.dispose());
      if (this.panel === panel) this.panel = undefined;
    });
  }

  private schedule(): void {
    if (!this.panel?.visible) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.post(), RECOMPUTE_MS);
  }

  private async post(): Promise<void> {
    clearTimeout(this.timer);
    if (!this.panel) return;
    const { severityScale, zoneOf } = await this.reviews.scales();
    const report = reliabilityReport(this.reviews.index.entries(), {
      ...this.filters, now: new Date(), repeatWindowDays: repeatWindow(), severityScale, timeZone: zoneOf,
    });
    this.lastReport = report;
    const message: DashboardHostMessage = { type: 'report', report };
    // The user may have closed the panel while the report was computed.
    await this.panel?.webview.postMessage(message);
  }
}

function repeatWindow(): number {
  const days = vscode.workspace.getConfiguration().get<number>(REPEAT_WINDOW_SETTING, DEFAULT_REPEAT_WINDOW_DAYS);
  return Number.isFinite(days) && days >= 0 ? Math.floor(days) : DEFAULT_REPEAT_WINDOW_DAYS;
}

export function register(context: vscode.ExtensionContext, reviews: WorkspaceReviews): Dashboard {
  const dashboard = new Dashboard(context.extensionUri, reviews);
  context.subscriptions.push(
    dashboard,
    vscode.commands.registerCommand('pir.showDashboard', () => void dashboard.show()),
    // Lets the integration tests send the panel's messages and read what it was sent.
    vscode.commands.registerCommand('_pir.dashboard.message', (message: unknown) => dashboard.handle(message)),
    vscode.commands.registerCommand('_pir.dashboard.lastReport', () => dashboard.lastReport),
  );
  return dashboard;
}
