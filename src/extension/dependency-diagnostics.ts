// `dependsOn` references between reviews, checked over the whole workspace index (every folder
// of a multi-root workspace): a reference to a review or item that does not exist, or a cycle
// through other reviews. Within one review the `action-depends-on` rule reports the rest.
import * as vscode from 'vscode';
import { DependencyGraph, dependencyFindings } from '../core/dependencies/workspace';
import { ParsedReview } from '../core/parse';
import { findingDiagnostic } from './diagnostics';
import { ruleDocLink } from './docs';
import type { ConfigService } from './config';
import type { WorkspaceReviews } from './review-index';

/** The index changes on every keystroke in a review: check once typing pauses. */
const DEBOUNCE_MS = 300;

export class DependencyDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('pir-dependencies');
  private readonly disposables: vscode.Disposable[] = [this.collection];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped per check, so a slow check cannot overwrite a newer one. */
  private generation = 0;

  constructor(private readonly reviews: WorkspaceReviews, private readonly config: ConfigService) {
    const unsubscribe = reviews.index.onDidChange(() => this.schedule());
    this.disposables.push({ dispose: unsubscribe });
    void reviews.ready.then(() => this.check());
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.disposables.forEach((d) => d.dispose());
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(), DEBOUNCE_MS);
  }

  /** Finds the problems and shows each at its `dependsOn` entry, read from the buffer or the file. */
  async check(): Promise<void> {
    const generation = ++this.generation;
    const graph = new DependencyGraph(this.reviews.index.entries());
    const diagnostics = new Map<string, vscode.Diagnostic[]>();
    for (const uri of new Set(graph.problems().map((problem) => problem.item.reviewUri))) {
      const reviewUri = vscode.Uri.parse(uri);
      const text = await textOf(reviewUri);
      if (text === undefined) continue;
      const parsed = new ParsedReview(text);
      const position = (offset: number) => {
        const { line, column } = parsed.position(offset);
        return new vscode.Position(line - 1, column - 1);
      };
      const config = await this.config.configFor(reviewUri);
      const findings = dependencyFindings(graph, config, (problem) =>
        problem.item.reviewUri === uri ? parsed.rangeOf(['actionItems', problem.item.index, 'dependsOn', problem.refIndex]) : undefined);
      diagnostics.set(uri, (findings.get(uri) ?? []).map((finding) =>
        findingDiagnostic(new vscode.Range(position(finding.range.start), position(finding.range.end)), finding, ruleDocLink(config, finding.rule, reviewUri))));
    }
    if (generation !== this.generation) return;
    this.collection.clear();
    for (const [uri, list] of diagnostics) this.collection.set(vscode.Uri.parse(uri), list);
  }
}

/** The open buffer's text (it may be unsaved), else the file's; undefined when it is gone. */
async function textOf(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined; // deleted meanwhile: the index change that follows checks again
  }
}

export function register(context: vscode.ExtensionContext, reviews: WorkspaceReviews, config: ConfigService): DependencyDiagnostics {
  const diagnostics = new DependencyDiagnostics(reviews, config);
  context.subscriptions.push(diagnostics);
  return diagnostics;
}
