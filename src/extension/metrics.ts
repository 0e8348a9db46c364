// MTTD · MTTA · MTTR of the review being edited: in the status bar while a review editor is
// active, and as a CodeLens above its `times:` key. Both read the facts of the document's lint
// (ReviewLinter), never the text: a large review is parsed only in the lint worker.
import * as vscode from 'vscode';
import { formatMetricsLine } from '../core/metrics';
import { LANGUAGE_ID, type ReviewLinter } from './diagnostics';

const TOOLTIP = 'Post-incident review metrics: MTTD = detected − started, MTTA = acknowledged − detected, MTTR = resolved − started (from `times`).';

export function register(context: vscode.ExtensionContext, linter: ReviewLinter): void {
  const item = vscode.window.createStatusBarItem('pir.metrics', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Post-Incident Review Metrics';
  item.tooltip = new vscode.MarkdownString(TOOLTIP);

  const update = async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (document?.languageId !== LANGUAGE_ID) return item.hide();
    const result = await linter.lintOf(document);
    // Superseded: the newer lint updates the item. Switched away: that editor's update counts.
    if (!result || vscode.window.activeTextEditor?.document !== document) return;
    if (!result.facts) return item.hide(); // too large to lint
    item.text = `$(pulse) ${formatMetricsLine(result.facts.metrics)}`;
    item.show();
  };

  const lensesChanged = new vscode.EventEmitter<void>();
  const lenses: vscode.CodeLensProvider = {
    onDidChangeCodeLenses: lensesChanged.event,
    // Waits for the lint of this version; VS Code keeps the lens shown meanwhile.
    async provideCodeLenses(document, token) {
      const facts = (await linter.lintOf(document, token))?.facts;
      if (!facts?.timesKey) return [];
      const range = new vscode.Range(document.positionAt(facts.timesKey.start), document.positionAt(facts.timesKey.end));
      // An empty command makes the lens a label rather than a link.
      return [new vscode.CodeLens(range, { title: formatMetricsLine(facts.metrics), command: '', tooltip: TOOLTIP })];
    },
  };

  context.subscriptions.push(
    item,
    lensesChanged,
    vscode.languages.registerCodeLensProvider({ language: LANGUAGE_ID }, lenses),
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    linter.onDidLint((result) => {
      lensesChanged.fire();
      if (vscode.window.activeTextEditor?.document.uri.toString() === result.uri.toString()) void update();
    }),
  );
  void update();
}
