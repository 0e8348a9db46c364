// The lint configuration of a review: defaults, then the workspace folder's `.pirrc.yaml`, then
// the `pir.rules` / `pir.requiredSections` settings. Changes to either take effect at once.
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, parseConfig, readConfig, resolveConfig, type PirConfig, type ResolvedConfig } from '../core/config';
import { RULE_IDS } from '../core/rules';

export class ConfigService implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when a config file or a setting changed: open reviews need linting again. */
  readonly onDidChange = this.changed.event;
  /** The parsed `.pirrc.yaml` per workspace folder URI, read once until it changes. */
  private readonly files = new Map<string, Promise<PirConfig | undefined>>();
  private readonly fileProblems = vscode.languages.createDiagnosticCollection('pir-config');
  private readonly disposables: vscode.Disposable[] = [this.changed, this.fileProblems];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const fileChanged = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (!folder || !sameUri(vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME), uri)) return;
      this.files.delete(folder.uri.toString());
      this.changed.fire();
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(fileChanged),
      watcher.onDidChange(fileChanged),
      watcher.onDidDelete(fileChanged),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('pir.rules') || event.affectsConfiguration('pir.requiredSections')) this.changed.fire();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.files.clear();
        this.changed.fire();
      }),
    );
  }

  /** The configuration for a review, from the workspace folder it is in (multi-root aware). */
  async configFor(uri: vscode.Uri): Promise<ResolvedConfig> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    let file: Promise<PirConfig | undefined> | undefined;
    if (folder) {
      const key = folder.uri.toString();
      file = this.files.get(key);
      if (!file) this.files.set(key, (file = this.readFile(vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME))));
    }
    return resolveConfig(await file, settingsFor(uri));
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private async readFile(uri: vscode.Uri): Promise<PirConfig | undefined> {
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      this.fileProblems.delete(uri); // no config file: the defaults apply
      return undefined;
    }
    const { config, problems } = parseConfig(text, RULE_IDS);
    const lines = text.split('\n');
    this.fileProblems.set(uri, problems.map(({ message, line = 1 }) => {
      // The whole line the problem is on (the first when the file gives none).
      const range = new vscode.Range(line - 1, 0, line - 1, (lines[line - 1] ?? '').length);
      const diagnostic = new vscode.Diagnostic(range, `${CONFIG_FILE_NAME}: ${message}`, vscode.DiagnosticSeverity.Error);
      diagnostic.source = 'pir';
      return diagnostic;
    }));
    return config;
  }
}

/** The settings layer; entries that are not valid are left out, as in a config file. */
function settingsFor(uri: vscode.Uri): PirConfig {
  const settings = vscode.workspace.getConfiguration('pir', uri);
  const raw: Record<string, unknown> = {};
  const rules = settings.get<unknown>('rules');
  const requiredSections = settings.get<unknown>('requiredSections');
  if (rules && typeof rules === 'object' && Object.keys(rules).length > 0) raw.rules = rules;
  if (requiredSections !== null && requiredSections !== undefined) raw.requiredSections = requiredSections;
  return readConfig(raw, RULE_IDS, []);
}

function sameUri(a: vscode.Uri, b: vscode.Uri): boolean {
  return a.toString() === b.toString();
}

export function register(context: vscode.ExtensionContext): ConfigService {
  const service = new ConfigService();
  context.subscriptions.push(service);
  return service;
}
