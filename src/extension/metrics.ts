// MTTD · MTTA · MTTR of the review being edited: in the status bar while a review editor is
// active, and as a CodeLens above its `times:` key.
import * as vscode from 'vscode';
import { formatMetricsLine, reviewMetrics } from '../core/metrics';
import { ParsedReview } from '../core/parse';
import { LANGUAGE_ID, type ReviewLinter } from './diagnostics';

const TOOLTIP = 'Post-incident review metrics: MTTD = detected − started, MTTA = acknowledged − detected, MTTR = resolved − started (from `times`).';

function parsedOf(linter: ReviewLinter, document: vscode.TextDocument): ParsedReview {
  return linter.resultFor(document)?.parsed ?? new ParsedReview(document.getText());
}

export function register(context: vscode.ExtensionContext, linter: ReviewLinter): void {
  const item = vscode.window.createStatusBarItem('pir.metrics', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Post-Incident Review Metrics';
  item.tooltip = new vscode.MarkdownString(TOOLTIP);

  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    if (document?.languageId !== LANGUAGE_ID) return item.hide();
    item.text = `$(pulse) ${formatMetricsLine(reviewMetrics(parsedOf(linter, document).value))}`;
    item.show();
  };

  const lensesChanged = new vscode.EventEmitter<void>();
  const lenses: vscode.CodeLensProvider = {
    onDidChangeCodeLenses: lensesChanged.event,
    provideCodeLenses(document) {
      const parsed = parsedOf(linter, document);
      if (!parsed.node(['times'])) return [];
      const key = parsed.rangeOf(['times'], 'key');
      const range = new vscode.Range(document.positionAt(key.start), document.positionAt(key.end));
      // An empty command makes the lens a label rather than a link.
      return [new vscode.CodeLens(range, { title: formatMetricsLine(reviewMetrics(parsed.value)), command: '', tooltip: TOOLTIP })];
    },
  };

  context.subscriptions.push(
    item,
    lensesChanged,
    vscode.languages.registerCodeLensProvider({ language: LANGUAGE_ID }, lenses),
    vscode.window.onDidChangeActiveTextEditor(update),
    linter.onDidLint((result) => {
      lensesChanged.fire();
      if (vscode.window.activeTextEditor?.document.uri.toString() === result.uri.toString()) update();
    }),
  );
  update();
}
