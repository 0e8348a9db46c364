// The Root-Cause panel: the 5 Whys chain and the fishbone diagram of a review, beside its editor.
// The generic review panel does the syncing; this adds what needs the VS Code UI: asking before
// a root cause is replaced, and writing the diagram as an SVG file.
import { homedir } from 'os';
import * as vscode from 'vscode';
import { analysisParts, drawableCauses } from '../core/analysis';
import { fishboneFileName } from '../core/fishbone/file-name';
import { layoutFishbone } from '../core/fishbone/layout';
import { fishboneSvgFile } from '../core/fishbone/svg';
import { rootCauseEdits, rootCauseQuestion, type RootCauseEditIntent } from '../core/intents/root-cause';
import { ParsedReview } from '../core/parse';
import type { EditIntent } from '../core/protocol/panels';
import type { ResolvedConfig } from '../core/config';
import type { ConfigService } from './config';
import type { ReviewLinter } from './diagnostics';
import { reviewTarget } from './review-target';
import { ReviewPanels, type PanelKind } from './webview/review-panel';

const EDIT_INTENTS: readonly string[] = [
  'setProblem', 'addWhy', 'updateWhy', 'deleteWhy', 'moveWhy', 'useAsRootCause',
  'setEffect', 'addCause', 'updateCause', 'moveCause', 'deleteCause', 'promoteCause',
] satisfies RootCauseEditIntent['type'][];

function isRootCauseEdit(intent: EditIntent): intent is RootCauseEditIntent {
  return EDIT_INTENTS.includes(intent.type);
}

/** The panel kind; `config` gives the bones of the exported drawing (the team's `categories`). */
function rootCausePanel(config: ConfigService): PanelKind {
  return {
    viewType: 'pir.rootCause',
    bundle: 'rootcause',
    title: (name) => `Root Cause · ${name}`,
    sections: ['rootCause', 'analysis', 'contributingFactors'],
    edits: (text, intent) => (isRootCauseEdit(intent) ? rootCauseEdits(text, intent) : undefined),
    prepare: async (intent, document) => {
      if (intent.type === 'exportSvg') return (await exportFishbone(document, await config.configFor(document.uri))) ? 'done' : 'cancel';
      const question = isRootCauseEdit(intent) ? rootCauseQuestion(document.getText(), intent) : undefined;
      if (!question) return 'apply';
      // The webview cannot ask (no confirm() under its CSP), and a modal keeps the answer tied to this intent.
      const replace = 'Replace';
      const answer = await vscode.window.showWarningMessage(question.message, { modal: true, detail: question.detail }, replace);
      return answer === replace ? 'apply' : 'cancel';
    },
  };
}

/**
 * Draws the document's fishbone (never anything the webview sent) and saves it next to the review
 * when that lies in a workspace folder (asking before replacing an existing file); anywhere else
 * only where the user picks in a save dialog (which asks itself). False when the user cancelled.
 */
async function exportFishbone(document: vscode.TextDocument, team: ResolvedConfig): Promise<boolean> {
  const { effect, causes } = analysisParts(new ParsedReview(document.getText()).value);
  const categories = team.categories.map((entry) => entry.id);
  const svg = fishboneSvgFile(layoutFishbone({ effect, causes: drawableCauses(causes) }, { showEmptyCategories: true, categories }));
  const name = fishboneFileName(document.uri.path);
  const beside = vscode.Uri.joinPath(document.uri, '..', name);
  const inWorkspace = document.uri.scheme !== 'untitled' && vscode.workspace.getWorkspaceFolder(beside) !== undefined;
  const target = inWorkspace ? beside : await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(homedir()), name),
    filters: { 'SVG image': ['svg'] },
    saveLabel: 'Export',
    title: 'Export the fishbone diagram',
  });
  if (!target) return false;
  if (inWorkspace && !(await replaceExisting(target))) return false;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(svg));
  const open = 'Open';
  void vscode.window.showInformationMessage(`Exported the fishbone diagram to ${vscode.workspace.asRelativePath(target)}.`, open).then((choice) => {
    if (choice === open) void vscode.commands.executeCommand('vscode.open', target);
  });
  return true;
}

/** True when `target` does not exist yet, or the user said to replace it (modal: Replace / Cancel). */
async function replaceExisting(target: vscode.Uri): Promise<boolean> {
  const exists = await vscode.workspace.fs.stat(target).then(() => true, () => false);
  if (!exists) return true;
  const replace = 'Replace';
  const answer = await vscode.window.showWarningMessage(`${vscode.workspace.asRelativePath(target)} already exists. Replace it?`,
    { modal: true, detail: 'The exported diagram overwrites the file, including any changes made to it.' }, replace);
  return answer === replace;
}

export function register(context: vscode.ExtensionContext, linter: ReviewLinter): void {
  const panels = new ReviewPanels(context, rootCausePanel(linter.config), linter);
  context.subscriptions.push(
    panels,
    vscode.commands.registerCommand('pir.openRootCause', (uri?: unknown) => {
      const target = reviewTarget(uri, 'analyse its root cause');
      if (target) panels.open(target);
    }),
    // Lets the integration tests send the panel exactly what its webview would.
    vscode.commands.registerCommand('_pir.rootCause.message', (uri: vscode.Uri, message: unknown) => panels.find(uri)?.handle(message)),
  );
}
