// Shared by the integration suites: open reviews and wait for what the extension does, with
// timeouts instead of sleeps.
import * as vscode from 'vscode';
import * as pkg from '../../package.json';
import type { PirApi } from '../../src/extension/extension';
import type { WorkspaceReviews } from '../../src/extension/review-index';

/**
 * The folder the runner opened: a fresh copy of test/fixtures/workspace for this run
 * (scripts/vscode/server.mjs freshWorkspace), so tests may write into it.
 */
export const WORKSPACE = workspaceFolder();

function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) throw new Error('no workspace folder is open: run the integration tests through scripts/vscode/run-integration.mjs');
  return folder;
}

/** A file in the run's workspace (a fixture, or a scratch file a test writes). */
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

/** The extension's API, activating the extension if it is not yet. */
export async function pirApi(): Promise<PirApi> {
  return (await vscode.extensions.getExtension(`${pkg.publisher}.${pkg.name}`)!.activate()) as PirApi;
}

/** The workspace index's change notifications as an Event, to `waitFor` what the index holds. */
export function indexChanges(reviews: WorkspaceReviews): vscode.Event<unknown> {
  return (listener: (uris: readonly string[]) => unknown) => {
    const unsubscribe = reviews.index.onDidChange(listener);
    return { dispose: () => void unsubscribe() };
  };
}

/** Deletes `uri` and waits until the workspace index no longer lists it, so it cannot show up in later tests. */
export async function deleteReview(reviews: WorkspaceReviews, uri: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
  await waitFor(indexChanges(reviews), () => reviews.index.get(uri.toString()), (entry) => entry === undefined, `${uri.path} to leave the index`);
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
