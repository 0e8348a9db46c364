// Lints open reviews as they are typed and shows the findings as diagnostics. Keeps each
// document's latest findings so quick fixes and the metrics can use them without re-parsing.
import * as vscode from 'vscode';
import { lint } from '../core/lint';
import type { ParsedReview } from '../core/parse';
import type { Finding, Severity } from '../core/types';
import type { ConfigService } from './config';

export const LANGUAGE_ID = 'pir';

/** One lint of one document version. */
export interface LintedReview {
  uri: vscode.Uri;
  version: number;
  parsed: ParsedReview;
  /** Each diagnostic shown, with the finding it came from. */
  entries: { diagnostic: vscode.Diagnostic; finding: Finding }[];
}

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

const DEFAULT_DEBOUNCE_MS = 150;

export class ReviewLinter implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('pir');
  private readonly results = new Map<string, LintedReview>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly linted = new vscode.EventEmitter<LintedReview>();
  /** Fires after a document's diagnostics were updated. */
  readonly onDidLint = this.linted.event;
  private readonly disposables: vscode.Disposable[] = [this.collection, this.linted];

  constructor(private readonly config: ConfigService, private readonly rulesDocs: (ruleId: string) => vscode.Uri) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.lintNow(document)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.schedule(event.document);
      }),
      // Also fires when a document's language changes away from pir (VS Code closes and reopens it).
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      config.onDidChange(() => vscode.workspace.textDocuments.forEach((document) => this.lintNow(document))),
    );
    vscode.workspace.textDocuments.forEach((document) => this.lintNow(document));
  }

  /** The latest lint of `document`, only if it is of its current version. */
  resultFor(document: vscode.TextDocument): LintedReview | undefined {
    const result = this.results.get(document.uri.toString());
    return result?.version === document.version ? result : undefined;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }

  private schedule(document: vscode.TextDocument): void {
    if (document.languageId !== LANGUAGE_ID) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    const delay = vscode.workspace.getConfiguration('pir', document.uri).get<number>('lintDebounceMs', DEFAULT_DEBOUNCE_MS);
    this.timers.set(key, setTimeout(() => this.lintNow(document), delay));
  }

  private async lintNow(document: vscode.TextDocument): Promise<void> {
    if (document.languageId !== LANGUAGE_ID) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const version = document.version;
    const config = await this.config.configFor(document.uri);
    // The document may have changed or closed while the config was read: that lint is not wanted.
    if (document.isClosed || document.version !== version) return;
    const { parsed, findings } = lint(document.getText(), { config });
    const entries = findings.map((finding) => ({ finding, diagnostic: this.toDiagnostic(document, finding) }));
    const result: LintedReview = { uri: document.uri, version, parsed, entries };
    this.results.set(key, result);
    this.collection.set(document.uri, entries.map((entry) => entry.diagnostic));
    this.linted.fire(result);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.results.delete(key);
    this.collection.delete(uri);
  }

  private toDiagnostic(document: vscode.TextDocument, finding: Finding): vscode.Diagnostic {
    const range = new vscode.Range(document.positionAt(finding.range.start), document.positionAt(finding.range.end));
    const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITIES[finding.severity]);
    diagnostic.source = 'pir';
    diagnostic.code = { value: finding.rule, target: this.rulesDocs(finding.rule) };
    return diagnostic;
  }
}

/** The finding behind a diagnostic VS Code hands back (a copy, so matched by rule, range and message). */
export function findingOf(result: LintedReview, diagnostic: vscode.Diagnostic): Finding | undefined {
  const rule = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return result.entries.find(({ diagnostic: shown }) =>
    shown.range.isEqual(diagnostic.range) && shown.message === diagnostic.message && (shown.code as { value: unknown }).value === rule,
  )?.finding;
}

/** `<repository>/blob/main/docs/rules.md#<rule-id>`, from package.json's `repository`. */
function rulesDocsLink(context: vscode.ExtensionContext): (ruleId: string) => vscode.Uri {
  const repository = (context.extension.packageJSON as { repository?: { url?: string } }).repository?.url ?? '';
  const base = repository.replace(/^git\+/, '').replace(/\.git$/, '');
  return (ruleId) => vscode.Uri.parse(`${base}/blob/main/docs/rules.md#${ruleId}`);
}

export function register(context: vscode.ExtensionContext, config: ConfigService): ReviewLinter {
  const linter = new ReviewLinter(config, rulesDocsLink(context));
  context.subscriptions.push(linter);
  return linter;
}
