// "PIR: Build Knowledge Base": writes the static site (src/core/site/) of the workspace's reviews
// to the folder of the `pir.site.outputFolder` setting, or one the user picks, in a worker thread
// with progress and a Cancel button, then offers to open it in the browser.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { publishSiteInWorker, SiteBuildCancelled } from '../core/site/in-worker';
import type { PublishProgress } from '../core/site/write-site';
import type { ConfigService } from './config';

const REVIEW_GLOB = '**/*.{pir.yaml,pir.yml}';

export function register(context: vscode.ExtensionContext, config: ConfigService): void {
  context.subscriptions.push(vscode.commands.registerCommand('pir.buildKnowledgeBase', (out?: vscode.Uri, cancel?: vscode.CancellationToken) => build(context, config, out, cancel)));
}

/**
 * Builds the site; returns its index page (undefined when cancelled or failed). `out` skips the
 * prompts and `cancel` stands for the Cancel button (tests).
 */
async function build(context: vscode.ExtensionContext, config: ConfigService, given?: vscode.Uri, cancel?: vscode.CancellationToken): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file');
  if (!folder) return void vscode.window.showErrorMessage('Build Knowledge Base needs a workspace folder on this computer.');
  const out = given ?? (await outputFolder(folder));
  if (!out) return undefined;
  const files = await vscode.workspace.findFiles(REVIEW_GLOB, `{**/node_modules/**,${vscode.workspace.asRelativePath(out, false)}/**}`);
  if (files.length === 0) return void vscode.window.showInformationMessage('No *.pir.yaml in the workspace to publish.');
  const dist = vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview');
  const read = async (name: string) => new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dist, name)));
  const { tracker } = await config.configFor(folder.uri);

  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'site-worker.js').fsPath;
  const options = {
    files: files.map((f) => f.fsPath), base: folder.uri.fsPath, out: out.fsPath, now: new Date(),
    scripts: { site: await read('site.js'), dashboard: await read('site-dashboard.js') }, tracker,
  };
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Building the knowledge base of ${files.length} reviews`, cancellable: true },
    (progress, token) => {
      const abort = new AbortController();
      token.onCancellationRequested(() => abort.abort());
      cancel?.onCancellationRequested(() => abort.abort());
      return publishSiteInWorker(script, options, { signal: abort.signal, onProgress: (p) => progress.report({ message: progressMessage(p) }) });
    },
  ).then(undefined, (error: unknown) => {
    if (!(error instanceof SiteBuildCancelled)) void vscode.window.showErrorMessage(`Build Knowledge Base failed: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  });
  if (!result) return undefined;
  const index = vscode.Uri.joinPath(out, 'index.html');
  const left = [...result.unreadable, ...result.problems];
  const summary = `Knowledge base: ${files.length - left.length} reviews, ${files.length - left.length - result.kept.length} pages rendered.` +
    (left.length ? ` Left out: ${left.map((p) => `${p.path} (${p.message})`).join('; ')}` : '');
  if (!given) {
    void (left.length ? vscode.window.showWarningMessage : vscode.window.showInformationMessage)(summary, 'Open in Browser').then((choice) => {
      if (choice) void vscode.env.openExternal(index);
    });
  }
  return index;
}

function progressMessage(progress: PublishProgress): string | undefined {
  switch (progress.step) {
    case 'reading': return `reading ${progress.total} files…`;
    case 'building': return `${progress.message}…`;
    case 'writing': return `writing ${progress.files} files…`;
    case 'committing': return 'moving them into place…';
    default: return undefined;
  }
}

/** The setting's folder (relative to the workspace folder), else one the user picks and may save as the setting. */
async function outputFolder(folder: vscode.WorkspaceFolder): Promise<vscode.Uri | undefined> {
  const setting = vscode.workspace.getConfiguration('pir', folder.uri).get<string>('site.outputFolder', '').trim();
  if (setting) return vscode.Uri.file(path.resolve(folder.uri.fsPath, setting));
  const [picked] = (await vscode.window.showOpenDialog({
    canSelectFolders: true, canSelectFiles: false, canSelectMany: false, defaultUri: folder.uri, openLabel: 'Build Here', title: 'Knowledge base folder',
  })) ?? [];
  if (!picked) return undefined;
  const relative = path.relative(folder.uri.fsPath, picked.fsPath);
  const inside = !relative.startsWith('..') && !path.isAbsolute(relative);
  if (inside && relative) {
    void vscode.window.showInformationMessage(`Build to ${relative} every time?`, 'Save as Setting').then((choice) => {
      if (choice) void vscode.workspace.getConfiguration('pir', folder.uri).update('site.outputFolder', relative, vscode.ConfigurationTarget.WorkspaceFolder);
    });
  }
  return picked;
}
