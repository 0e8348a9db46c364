// The Review Preview: the report as `pir export --format html` writes it, beside the editor,
// re-rendered while the author types and scrolled in step with the editor, both ways. Read-only:
// the webview only asks for links to be opened (the host opens only http(s) ones) and for the
// editor to show a line. VS Code restores it after a reload.
import * as vscode from 'vscode';
import type { ConfigService } from './config';
import { ParsedReview } from '../core/parse';
import { renderHtml } from '../core/render/html';
import { isPreviewWebviewMessage, type PreviewMessage } from '../core/protocol/preview';
import { isLargeReview, LARGE_REVIEW_SETTLE_MS } from './diagnostics';
import { reviewTarget } from './review-target';
import { loadPanelPage } from './webview/load-page';
import { savedDocumentUri } from './webview/saved-state';

export const PREVIEW_VIEW_TYPE = 'pir.preview';
/** Re-render after this pause in typing: rendering takes milliseconds, but not on every keystroke. */
const RENDER_DEBOUNCE_MS = 150;
/**
 * After the preview moves the editor, the editor's scroll events are that move, not the user's:
 * sending them back would snap the preview to the start of the part it was scrolled into.
 */
const FOLLOW_QUIET_MS = 300;

class PreviewPanel {
  private readonly disposables: vscode.Disposable[] = [];
  private timer?: ReturnType<typeof setTimeout>;
  /** The report of the last text that parsed, kept while the YAML is broken mid-edit. */
  html = '';
  private editorFollowedAt = 0;
  private disposed = false;

  constructor(readonly panel: vscode.WebviewPanel, readonly uri: vscode.Uri, extensionUri: vscode.Uri, private readonly config: ConfigService) {
    loadPanelPage(panel, extensionUri, 'preview', panel.title);
    const webview = panel.webview;
    this.disposables.push(
      webview.onDidReceiveMessage((message: unknown) => void this.handle(message)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.isMine(event.document.uri) && event.contentChanges.length > 0) this.schedule(event.document);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor, visibleRanges }) => {
        if (!this.isMine(textEditor.document.uri) || !visibleRanges.length) return;
        if (Date.now() - this.editorFollowedAt < FOLLOW_QUIET_MS) return;
        this.scrollTo(visibleRanges[0].start.line + 1);
      }),
      // The team's sections, zone and scales (.pirrc.yaml) are part of the report.
      config.onDidChange(() => void this.render()),
    );
    panel.onDidDispose(() => {
      this.disposed = true;
      clearTimeout(this.timer);
      for (const disposable of this.disposables) disposable.dispose();
    });
  }

  async handle(message: unknown): Promise<void> {
    // The check lets through `ready`, `openSource` with an http(s) URL, and `revealLine` with a line number.
    if (!isPreviewWebviewMessage(message)) return console.warn('[pir] preview: ignored a message from the webview');
    if (message.type === 'openSource') return void vscode.env.openExternal(vscode.Uri.parse(message.url, true));
    const editor = vscode.window.visibleTextEditors.find((e) => this.isMine(e.document.uri));
    if (message.type === 'revealLine') {
      if (!editor) return;
      this.editorFollowedAt = Date.now();
      const line = Math.min(message.line, editor.document.lineCount) - 1;
      return editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
    }
    await this.render();
    if (editor?.visibleRanges.length) this.scrollTo(editor.visibleRanges[0].start.line + 1);
  }

  /** A large review is rendered once typing pauses (see LARGE_REVIEW_SETTLE_MS). */
  private schedule(document: vscode.TextDocument): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.render(), isLargeReview(document) ? LARGE_REVIEW_SETTLE_MS : RENDER_DEBOUNCE_MS);
  }

  async render(): Promise<void> {
    clearTimeout(this.timer);
    const document = await vscode.workspace.openTextDocument(this.uri);
    const parsed = new ParsedReview(document.getText());
    const [syntax] = parsed.syntaxFindings;
    if (!syntax) {
      // Sections and rows carry the line they start on, for scrolling with the editor.
      const lineOf = (path: readonly (string | number)[]) =>
        parsed.node(path) ? parsed.position(parsed.rangeOf(path, 'key').start).line : undefined;
      // The team's sections, zone and scales: the preview shows times in UTC and in the team's zone.
      const config = await this.config.configFor(this.uri);
      this.html = renderHtml(parsed.value, { standalone: false, lineOf, config, purpose: 'panel' });
    }
    const notice = syntax
      ? `The YAML has an error at line ${parsed.position(syntax.range.start).line}: ${syntax.message} The preview shows the last version that parsed.`
      : undefined;
    await this.post({ type: 'render', html: this.html, uri: this.uri.toString(), notice });
  }

  private scrollTo(line: number): void {
    void this.post({ type: 'scroll', line });
  }

  private async post(message: PreviewMessage): Promise<void> {
    // A render started before the user closed the preview ends here: posting to a closed webview throws.
    if (!this.disposed) await this.panel.webview.postMessage(message);
  }

  private isMine(uri: vscode.Uri): boolean {
    return uri.toString() === this.uri.toString();
  }
}

export function register(context: vscode.ExtensionContext, config: ConfigService): void {
  const previews = new Map<string, PreviewPanel>();
  const track = (panel: vscode.WebviewPanel, uri: vscode.Uri) => {
    const key = uri.toString();
    previews.set(key, new PreviewPanel(panel, uri, context.extensionUri, config));
    panel.onDidDispose(() => previews.delete(key));
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('pir.openPreview', (uri?: unknown) => {
      const target = reviewTarget(uri, 'preview it');
      if (!target) return;
      const key = target.toString();
      const open = previews.get(key);
      if (open) return open.panel.reveal(undefined, true);
      const name = target.path.slice(target.path.lastIndexOf('/') + 1);
      const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, `Preview · ${name}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
      track(panel, target);
    }),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel: vscode.WebviewPanel, state: unknown) => {
        const uri = savedDocumentUri(state);
        if (uri && !previews.has(uri.toString())) track(panel, uri);
        else panel.dispose();
      },
    }),
    // Lets the integration tests hand the preview a message as if its webview had sent it.
    vscode.commands.registerCommand('_pir.preview.message', (uri: vscode.Uri, message: unknown) => previews.get(uri.toString())?.handle(message)),
    // Lets the integration tests see what the webview was last sent.
    vscode.commands.registerCommand('_pir.preview.html', (uri: vscode.Uri) => previews.get(uri.toString())?.html),
    { dispose: () => previews.forEach((preview) => preview.panel.dispose()) },
  );
}
