// A webview panel that shows and edits one review document, generic over the panel kind (the
// timeline editor, the root-cause editor …). The text document stays the single source of truth:
// the panel gets the document's state on open and on every change, and every edit it asks for
// (an intent) is checked against the document version it was made on, turned into text edits by
// the core and applied as a WorkspaceEdit, so it lands in the editor's undo stack and saving
// stays the user's decision.
import * as vscode from 'vscode';
import { DEFAULT_SCALES, type ResolvedConfig } from '../../core/config';
import { EditError, type TextEdit } from '../../core/edit';
import { ParsedReview } from '../../core/parse';
import type { Finding } from '../../core/types';
import {
  isControlMessage, isIntent, type ControlMessage, type EditIntent, type HostMessage, type ImportOfferMessage, type PanelFinding, type RefusalReason, type StateMessage,
} from '../../core/protocol/panels';
import { isLargeReview, LARGE_REVIEW_SETTLE_MS, type LintedReview, type ReviewLinter } from '../diagnostics';
import { loadPanelPage } from './load-page';
import { savedDocumentUri } from './saved-state';

export interface PanelKind {
  /** The webview panel type; also what the serializer restores. */
  viewType: string;
  /** The browser bundle: dist/webview/<bundle>.js and .css. */
  bundle: string;
  title(documentName: string): string;
  /** Top-level review keys whose findings the panel shows next to its items. */
  sections: readonly string[];
  /** The edits for one of this panel's intents, under the review's team config; undefined for an intent it does not send. Throws EditError. */
  edits(text: string, intent: EditIntent, team: ResolvedConfig): TextEdit[] | undefined;
  /**
   * Runs first, for intents that need the VS Code UI: 'apply' goes on to the edits, 'cancel'
   * drops the intent (the user said no), 'done' means it was carried out without text edits
   * (e.g. a file was written). Absent: every intent is applied.
   */
  prepare?(intent: EditIntent, document: vscode.TextDocument): Promise<'apply' | 'cancel' | 'done'>;
  /** Carries out a panel's own request (the Timeline Editor's Import button). */
  request?(message: PanelRequest, panel: ReviewPanel): Promise<void>;
}

/** The control messages that ask a panel kind for something, beyond the ones every panel sends. */
export type PanelRequest = Exclude<ControlMessage, { type: 'ready' } | { type: 'openSource' }>;

/** What became of a message from a webview. */
export type Outcome = 'applied' | 'handled' | 'cancelled' | 'ignored' | RefusalReason;

/** Document changes are sent after this pause, so typing in the editor updates the panel live but not per keystroke. */
const CHANGE_DEBOUNCE_MS = 60;
/** How long a deleted file may take to reappear (an editor saving by rename, a git checkout) before the panel closes. */
const DELETE_GRACE_MS = 600;

/** Opens, tracks and restores the panels of one kind. */
export class ReviewPanels implements vscode.Disposable {
  private readonly panels = new Set<ReviewPanel>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly context: vscode.ExtensionContext, private readonly kind: PanelKind, private readonly linter: ReviewLinter) {
    this.disposables.push(vscode.window.registerWebviewPanelSerializer(kind.viewType, {
      deserializeWebviewPanel: async (panel: vscode.WebviewPanel, state: unknown) => {
        const uri = savedDocumentUri(state);
        if (!uri) return panel.dispose();
        this.track(new ReviewPanel(panel, uri, this.kind, this.linter, this.context.extensionUri));
      },
    }));
  }

  /** Shows the panel for `uri`, revealing an open one rather than adding a second. */
  open(uri: vscode.Uri): ReviewPanel {
    const existing = this.find(uri);
    if (existing) {
      existing.panel.reveal();
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(this.kind.viewType, this.kind.title(basename(uri)), vscode.ViewColumn.Beside, {});
    return this.track(new ReviewPanel(panel, uri, this.kind, this.linter, this.context.extensionUri));
  }

  find(uri: vscode.Uri): ReviewPanel | undefined {
    return [...this.panels].find((panel) => panel.uri.toString() === uri.toString());
  }

  dispose(): void {
    for (const panel of this.panels) panel.panel.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }

  private track(panel: ReviewPanel): ReviewPanel {
    this.panels.add(panel);
    panel.panel.onDidDispose(() => this.panels.delete(panel));
    return panel;
  }
}

export class ReviewPanel {
  private readonly disposables: vscode.Disposable[] = [];
  /** The last review value that parsed, shown (read-only) while the text does not. */
  private lastGood: unknown;
  /** The latest lint of the document; kept while the linter catches up with a newer version. */
  private lint?: LintedReview;
  private lastPosted?: { version: number; lint?: LintedReview };
  /** The state last sent to the webview, for the integration tests. */
  lastState?: StateMessage;
  /** The parse of the version last read: a new lint of the same text needs no new parse. */
  private read?: { version: number; parseError?: string };
  private timer?: ReturnType<typeof setTimeout>;
  private disposed = false;
  /** Messages are handled one at a time, so two intents never race for the same version. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly panel: vscode.WebviewPanel,
    public uri: vscode.Uri,
    private readonly kind: PanelKind,
    private readonly linter: ReviewLinter,
    extensionUri: vscode.Uri,
  ) {
    loadPanelPage(panel, extensionUri, kind.bundle, kind.title(basename(uri)));
    panel.title = kind.title(basename(uri));
    const webview = panel.webview;

    const watcher = this.watch();
    this.disposables.push(
      watcher,
      webview.onDidReceiveMessage((message: unknown) => void this.handle(message)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.isMine(event.document.uri) && event.contentChanges.length > 0) this.schedule();
      }),
      // VS Code may drop the model of a document no editor shows; reading it again reloads it.
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (!this.isMine(document.uri)) return;
        this.read = undefined; // a reopened document starts its versions again
        this.schedule();
      }),
      this.linter.onDidLint((result) => { if (this.isMine(result.uri)) this.schedule(); }),
      // The team's scales and zone (.pirrc.yaml) are part of what the panel shows.
      this.linter.config.onDidChange(() => void this.postState(true)),
      vscode.workspace.onDidRenameFiles(({ files }) => this.renamed(files)),
      vscode.workspace.onDidDeleteFiles(({ files }) => {
        if (files.some((file) => contains(file, this.uri))) this.panel.dispose();
      }),
      panel.onDidChangeViewState(() => { if (panel.visible) this.schedule(); }),
    );
    panel.onDidDispose(() => {
      this.disposed = true;
      clearTimeout(this.timer);
      for (const disposable of this.disposables) disposable.dispose();
    });
    void this.postState();
  }

  /**
   * Handles one message from the webview: control messages, or an edit intent checked against
   * the document. Public so the integration tests can drive it like the webview does.
   */
  handle(message: unknown): Promise<Outcome> {
    const outcome = this.queue.then(() => this.process(message));
    this.queue = outcome.catch(() => undefined);
    return outcome;
  }

  private async process(message: unknown): Promise<Outcome> {
    if (isControlMessage(message)) {
      if (message.type === 'ready') await this.postState(true);
      // isControlMessage let only http(s) URLs through.
      else if (message.type === 'openSource') await vscode.env.openExternal(vscode.Uri.parse(message.url, true));
      // Not awaited: a request asks the user questions, and the panel's edits must not wait for them.
      else void this.kind.request?.(message, this);
      return 'handled';
    }
    if (!isIntent(message)) {
      console.warn(`[pir] ${this.kind.viewType}: ignored a malformed message from the webview: ${preview(message)}`);
      return 'ignored';
    }
    const document = await this.document();
    const stale = () => this.refuse(message, 'stale', `The document changed (version ${document.version}, the panel had ${message.baseVersion}).`);
    if (message.baseVersion !== document.version) return stale();
    if (new ParsedReview(document.getText()).value === undefined) {
      return this.refuse(message, 'parse-error', 'The YAML does not parse; fix it in the text editor first.');
    }
    const prepared = (await this.kind.prepare?.(message, document)) ?? 'apply';
    if (prepared !== 'apply') return prepared === 'done' ? 'handled' : 'cancelled';
    const team = await this.linter.config.configFor(this.uri);
    // A question to the user (or reading the config) takes time, and the text may change meanwhile.
    if (message.baseVersion !== document.version) return stale();
    const text = document.getText();
    let edits: TextEdit[] | undefined;
    try {
      edits = this.kind.edits(text, message, team);
    } catch (error) {
      if (error instanceof EditError) return this.refuse(message, 'edit-error', error.message);
      throw error;
    }
    if (!edits) {
      console.warn(`[pir] ${this.kind.viewType}: ignored an intent this panel does not send: ${message.type}`);
      return 'ignored';
    }
    const edit = new vscode.WorkspaceEdit();
    for (const { start, end, newText } of edits) {
      edit.replace(document.uri, new vscode.Range(document.positionAt(start), document.positionAt(end)), newText);
    }
    if (!(await vscode.workspace.applyEdit(edit))) return this.refuse(message, 'edit-error', 'VS Code did not apply the edit.');
    await this.postState();
    return 'applied';
  }

  /** Shows what an import found, for the user to choose from. */
  async offer(message: ImportOfferMessage): Promise<void> {
    this.panel.reveal();
    await this.post(message);
  }

  private async refuse(intent: EditIntent, reason: RefusalReason, text: string): Promise<Outcome> {
    await this.post({ type: 'refused', intent: intent.type, baseVersion: intent.baseVersion, reason, message: text });
    await this.postState(true);
    return reason;
  }

  /** A large review is read once typing pauses (see LARGE_REVIEW_SETTLE_MS), a small one live. */
  private schedule(): void {
    clearTimeout(this.timer);
    const open = vscode.workspace.textDocuments.find((document) => this.isMine(document.uri));
    const delay = open && isLargeReview(open) ? LARGE_REVIEW_SETTLE_MS : CHANGE_DEBOUNCE_MS;
    this.timer = setTimeout(() => void this.postState(), delay);
  }

  /** Sends the document's state, unless this exact state was the last one sent (`force` sends anyway). */
  private async postState(force = false): Promise<void> {
    clearTimeout(this.timer);
    const document = await this.document();
    // Until the linter catches up with this version, keep showing the previous findings.
    this.lint = this.linter.resultFor(document) ?? this.lint;
    if (!force && this.lastPosted?.version === document.version && this.lastPosted.lint === this.lint) return;
    const findings = (this.lint?.entries ?? []).map((entry) => entry.finding);
    const { parseError } = this.readDocument(document);
    const state: StateMessage = {
      type: 'state',
      version: document.version,
      review: this.lastGood,
      findings: findings.filter((finding) => this.kind.sections.includes(String(finding.path?.[0]))).map(toPanelFinding),
      document: { uri: this.uri.toString(), name: basename(this.uri) },
    };
    if (parseError) state.parseError = parseError;
    Object.assign(state, teamState(await this.linter.config.configFor(this.uri)));
    this.lastPosted = { version: document.version, lint: this.lint };
    this.lastState = state;
    await this.post(state);
  }

  /** Parses `document` if this version was not read yet, updating the last good review. */
  private readDocument(document: vscode.TextDocument): { parseError?: string } {
    if (this.read?.version === document.version) return this.read;
    const parsed = new ParsedReview(document.getText());
    const syntax = parsed.syntaxFindings[0];
    if (!syntax) this.lastGood = parsed.value;
    this.read = { version: document.version, parseError: syntax && `${syntax.message} (line ${parsed.position(syntax.range.start).line})` };
    return this.read;
  }

  private async post(message: HostMessage): Promise<void> {
    // Work started before the user closed the panel (a state read, an import) ends here.
    if (!this.disposed) await this.panel.webview.postMessage(message);
  }

  private document(): Thenable<vscode.TextDocument> {
    return vscode.workspace.openTextDocument(this.uri);
  }

  private isMine(uri: vscode.Uri): boolean {
    return uri.toString() === this.uri.toString();
  }

  /** The panel follows its file (or a folder holding it) when renamed in VS Code. */
  private renamed(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): void {
    for (const { oldUri, newUri } of files) {
      if (!contains(oldUri, this.uri)) continue;
      const rest = this.uri.path.slice(oldUri.path.length);
      this.uri = newUri.with({ path: newUri.path + rest });
      this.panel.title = this.kind.title(basename(this.uri));
      this.lastPosted = undefined;
      this.read = undefined;
      this.schedule();
    }
  }

  /** Deleted outside VS Code (or by git): close once the file stays gone. */
  private watch(): vscode.Disposable {
    if (this.uri.scheme !== 'file') return new vscode.Disposable(() => undefined);
    const folder = vscode.Uri.joinPath(this.uri, '..');
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, basename(this.uri)), true, true, false);
    watcher.onDidDelete(() => setTimeout(async () => {
      const exists = await vscode.workspace.fs.stat(this.uri).then(() => true, () => false);
      if (!exists) this.panel.dispose();
    }, DELETE_GRACE_MS));
    return watcher;
  }
}

/** What of the team's config (.pirrc.yaml) a panel follows; only what differs from the format's defaults. */
function teamState(team: ResolvedConfig): Pick<StateMessage, 'categories' | 'timelineKinds' | 'timeZone'> {
  return {
    ...(team.categories !== DEFAULT_SCALES.categories && { categories: team.categories.map((entry) => entry.id) }),
    ...(team.timelineKinds !== DEFAULT_SCALES.timelineKinds && { timelineKinds: team.timelineKinds.map((entry) => ({ ...entry })) }),
    ...(team.timeZone && { timeZone: team.timeZone }),
  };
}

function toPanelFinding({ rule, severity, message, path }: Finding): PanelFinding {
  return { rule, severity, message, path: path ?? [] };
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** `uri` is `container` or lies inside it. */
function contains(container: vscode.Uri, uri: vscode.Uri): boolean {
  if (container.scheme !== uri.scheme || container.authority !== uri.authority) return false;
  return uri.path === container.path || uri.path.startsWith(container.path.endsWith('/') ? container.path : `${container.path}/`);
}

function preview(message: unknown): string {
  const text = JSON.stringify(message) ?? String(message);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
