// Lints open reviews as they are typed and shows the findings as diagnostics. Keeps each
// document's latest lint, with the facts (review-facts.ts) the metrics and the workspace index
// use instead of parsing again: typing in a large review then parses it only in the worker.
import * as vscode from 'vscode';
import { lint } from '../core/lint';
import type { ParsedReview } from '../core/parse';
import { reviewFacts, type ReviewFacts } from '../core/review-facts';
import type { Finding, Severity } from '../core/types';
import { WorkerLinter } from '../core/worker-linter';
import { readReviewText, type ReviewReading } from '../core/workspace-index';
import type { ResolvedConfig } from '../core/config';
import type { ConfigService } from './config';
import { log } from './log';

export const LANGUAGE_ID = 'pir';

/** One lint of one document version. */
export interface LintedReview {
  uri: vscode.Uri;
  version: number;
  /** Undefined when the review was linted in the worker (a large review) or not at all (too large). */
  parsed?: ParsedReview;
  /** Undefined when the review was not linted (too large). */
  readonly facts?: ReviewFacts;
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
/** Smaller reviews lint in-process: sending the text to the worker costs more than it saves. */
const DEFAULT_WORKER_THRESHOLD_BYTES = 200_000;
const DEFAULT_MAX_LINT_BYTES = 20_000_000;

export class ReviewLinter implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('pir');
  private readonly results = new Map<string, LintedReview>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly linted = new vscode.EventEmitter<LintedReview>();
  /** Fires after a document's diagnostics were updated. */
  readonly onDidLint = this.linted.event;
  private readonly disposables: vscode.Disposable[] = [this.collection, this.linted];
  private readonly worker: WorkerLinter;

  constructor(readonly config: ConfigService, private readonly ruleDocLink: RuleDocLink, workerScript: string) {
    this.worker = new WorkerLinter(workerScript);
    this.disposables.push({ dispose: () => this.worker.dispose() });
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

  /**
   * The workspace index's reading of a review file's text (after a save, a git checkout): a large
   * one is read in the worker, so that never blocks the extension host either. Undefined when a
   * newer text of the same file superseded it.
   */
  async readFile(uri: vscode.Uri, text: string): Promise<ReviewReading | undefined> {
    const config = await this.config.configFor(uri);
    const here = () => readReviewText(uri.toString(), text, config);
    if (text.length < workerThreshold(uri)) return here();
    return this.worker.read(uri.toString(), text).catch((error: unknown) => {
      log.error(`The lint worker failed to read ${uri.toString(true)}; reading it here: ${String(error)}`);
      return here();
    });
  }

  /**
   * The lint of `document`'s current version, once done. Undefined when it is not a review,
   * when a newer version or closing superseded it, or when `token` cancelled the wait.
   */
  lintOf(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<LintedReview | undefined> {
    const current = this.resultFor(document);
    if (current || document.languageId !== LANGUAGE_ID || document.isClosed) return Promise.resolve(current);
    const key = document.uri.toString();
    const version = document.version;
    return new Promise((resolve) => {
      const waits: vscode.Disposable[] = [];
      const done = (result: LintedReview | undefined) => {
        waits.forEach((wait) => wait.dispose());
        resolve(result);
      };
      waits.push(
        this.onDidLint((result) => {
          if (result.uri.toString() === key) done(result.version === version ? result : undefined);
        }),
        vscode.workspace.onDidCloseTextDocument((closed) => { if (closed.uri.toString() === key) done(undefined); }),
      );
      if (token) waits.push(token.onCancellationRequested(() => done(undefined)));
    });
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
    const text = document.getText();
    const settings = vscode.workspace.getConfiguration('pir', document.uri);
    // Sizes are in characters (UTF-16 units): bytes for ASCII text, and free to measure.
    const maxBytes = settings.get<number>('maxLintBytes', DEFAULT_MAX_LINT_BYTES);
    if (text.length > maxBytes) return this.show(document, { uri: document.uri, version, entries: [] }, [tooLarge(text.length, maxBytes)]);
    const entriesOf = (findings: Finding[]) => findings.map((finding) => ({ finding, diagnostic: this.toDiagnostic(document, finding, config) }));
    let result: LintedReview;
    if (text.length >= workerThreshold(document.uri)) {
      const started = Date.now();
      const linted = await this.worker.lint(key, text, { now: new Date(), config }).catch((error: unknown) => {
        log.error(`The lint worker failed on ${document.uri.toString(true)}: ${String(error)}`);
        return undefined;
      });
      // Undefined: a newer version's lint superseded this one.
      if (!linted || document.isClosed || document.version !== version) return;
      log.info(`Linted ${vscode.workspace.asRelativePath(document.uri)} (${text.length} characters) in the worker in ${Date.now() - started} ms: ${linted.findings.length} findings`);
      result = { uri: document.uri, version, entries: entriesOf(linted.findings), facts: linted.facts };
    } else {
      const { parsed, findings } = lint(text, { config });
      let facts: ReviewFacts | undefined;
      // Read on first use: a small review's features may never ask.
      result = { uri: document.uri, version, parsed, entries: entriesOf(findings), get facts() { return (facts ??= reviewFacts(key, parsed, config)); } };
    }
    this.show(document, result, result.entries.map((entry) => entry.diagnostic));
  }

  private show(document: vscode.TextDocument, result: LintedReview, diagnostics: vscode.Diagnostic[]): void {
    this.results.set(document.uri.toString(), result);
    this.collection.set(document.uri, diagnostics);
    this.linted.fire(result);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.worker.cancel(key);
    this.results.delete(key);
    this.collection.delete(uri);
  }

  private toDiagnostic(document: vscode.TextDocument, finding: Finding, config: ResolvedConfig): vscode.Diagnostic {
    const range = new vscode.Range(document.positionAt(finding.range.start), document.positionAt(finding.range.end));
    return findingDiagnostic(range, finding, this.ruleDocLink(config, finding.rule, document.uri));
  }
}

/** A finding as VS Code shows it: source `pir`, the rule id as the code, linked to `doc` (its documentation). */
export function findingDiagnostic(range: vscode.Range, finding: Finding, doc: vscode.Uri): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITIES[finding.severity]);
  diagnostic.source = 'pir';
  diagnostic.code = { value: finding.rule, target: doc };
  return diagnostic;
}

/** Whether `document` is a large review, linted in the worker: over `pir.workerThresholdBytes`. */
export function isLargeReview(document: vscode.TextDocument): boolean {
  // The offset of the end, without copying the text out as getText() would.
  const length = document.offsetAt(new vscode.Position(document.lineCount, 0));
  return length >= workerThreshold(document.uri);
}

/** `pir.workerThresholdBytes`: from this size (in characters) a review is read in the worker. */
function workerThreshold(uri: vscode.Uri): number {
  return vscode.workspace.getConfiguration('pir', uri).get<number>('workerThresholdBytes', DEFAULT_WORKER_THRESHOLD_BYTES);
}

/**
 * How long typing must pause before a review panel reads a large review again: the panels need
 * the whole parse (to show and to edit the review), and parsing a large review blocks the
 * extension host, so they catch up when the user stops typing rather than after each keystroke.
 */
export const LARGE_REVIEW_SETTLE_MS = 500;

/** Why a review has no other diagnostics: it is over `pir.maxLintBytes`. */
function tooLarge(length: number, maxBytes: number): vscode.Diagnostic {
  const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(0, 0, 0, 0),
    `This review is ${mb(length)}, over the ${mb(maxBytes)} that pir checks (setting pir.maxLintBytes): it is not checked. Split it, or raise the setting.`,
    vscode.DiagnosticSeverity.Warning,
  );
  diagnostic.source = 'pir';
  diagnostic.code = 'max-lint-bytes';
  return diagnostic;
}

/** The finding behind a diagnostic VS Code hands back (a copy, so matched by rule, range and message). */
export function findingOf(result: LintedReview, diagnostic: vscode.Diagnostic): Finding | undefined {
  const rule = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return result.entries.find(({ diagnostic: shown }) =>
    shown.range.isEqual(diagnostic.range) && shown.message === diagnostic.message && (shown.code as { value: unknown }).value === rule,
  )?.finding;
}

/** Where a diagnostic's rule code links to (src/extension/docs.ts). */
export type RuleDocLink = (config: ResolvedConfig, ruleId: string, review: vscode.Uri) => vscode.Uri;

export function register(context: vscode.ExtensionContext, config: ConfigService, ruleDocLink: RuleDocLink): ReviewLinter {
  const linter = new ReviewLinter(config, ruleDocLink, vscode.Uri.joinPath(context.extensionUri, 'dist', 'lint-worker.js').fsPath);
  context.subscriptions.push(linter);
  return linter;
}
