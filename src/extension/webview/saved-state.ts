import * as vscode from 'vscode';

/**
 * The review a panel saved in its webview state (`SavedState.document`, webview/shared/host.ts),
 * which VS Code hands back to a panel serializer after a reload; undefined when there is none.
 */
export function savedDocumentUri(state: unknown): vscode.Uri | undefined {
  const uri = (state as { document?: { uri?: unknown } } | undefined)?.document?.uri;
  if (typeof uri !== 'string') return undefined;
  try {
    return vscode.Uri.parse(uri, true);
  } catch {
    return undefined;
  }
}
