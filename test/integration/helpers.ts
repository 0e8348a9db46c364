// Shared by the integration suites: open reviews and wait for what the extension does, with
// timeouts instead of sleeps.
import * as path from 'path';
import * as vscode from 'vscode';

export const WORKSPACE = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(path.resolve(__dirname, '../../../test/fixtures/workspace'));

export function fixture(name: string): vscode.Uri {
  return vscode.Uri.joinPath(WORKSPACE, name);
}

/** Resolves with the first value `read` returns that `done` accepts, re-reading on `event`; rejects after `ms`. */
export function waitFor<T>(event: vscode.Event<unknown>, read: () => T, done: (value: T) => boolean, what: string, ms = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const value = read();
      if (!done(value)) return false;
      clearTimeout(timer);
      subscription.dispose();
      resolve(value);
      return true;
    };
    const subscription = event(check);
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}; last value: ${JSON.stringify(read())}`));
    }, ms);
    check();
  });
}

/** The pir diagnostics of `uri` once `done` accepts them. */
export function diagnosticsOf(uri: vscode.Uri, done: (diagnostics: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  const read = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'pir');
  return waitFor(vscode.languages.onDidChangeDiagnostics, read, done, what);
}

export function ruleOf(diagnostic: vscode.Diagnostic): string {
  return typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
}

export function rulesOf(diagnostics: vscode.Diagnostic[]): string[] {
  return diagnostics.map(ruleOf).sort();
}

let untitledCount = 0;

/**
 * An unsaved review in an editor: tests may edit it freely, nothing touches the disk. Each has
 * its own name, so diagnostics of a closed one can never be mistaken for the next one's.
 */
export async function openUntitled(content: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `${WORKSPACE.path}/untitled-${++untitledCount}.pir.yaml` });
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), content));
  // The lint of the empty document may have set diagnostics already; wait for those of the content.
  let updates = 0;
  const counted = vscode.languages.onDidChangeDiagnostics((event) => {
    if (event.uris.some((changed) => changed.toString() === uri.toString())) updates++;
  });
  try {
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => updates, (n) => n > 0, `diagnostics of ${uri.path}`);
  } finally {
    counted.dispose();
  }
  return editor;
}

/** Closes every editor, discarding unsaved changes. */
export async function closeAll(): Promise<void> {
  for (let i = 0; i < 50 && vscode.window.tabGroups.all.some((group) => group.tabs.length > 0); i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

/** Replaces `document`'s whole text. */
export async function setText(document: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), text);
  await vscode.workspace.applyEdit(edit);
}
