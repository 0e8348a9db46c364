import * as vscode from 'vscode';
import { LANGUAGE_ID } from './diagnostics';

/** A file the editor can open as a review: the pir language, or a *.pir.yaml name whatever the language. */
export function isReview(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID || /\.pir\.ya?ml$/.test(document.uri.path);
}

/**
 * The review a command is about. From the editor title bar or the explorer VS Code passes the
 * file; from the palette there is none, so the active editor's review. When there is neither,
 * tells the user what to open first, ending "… to <purpose>".
 */
export function reviewTarget(uri: unknown, purpose: string): vscode.Uri | undefined {
  if (uri instanceof vscode.Uri) return uri;
  const document = vscode.window.activeTextEditor?.document;
  if (document && isReview(document)) return document.uri;
  void vscode.window.showInformationMessage(`Open a post-incident review (*.pir.yaml) to ${purpose}.`);
  return undefined;
}
