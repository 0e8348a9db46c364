// The Review Preview: the report as `pir export --format html` writes it, beside the editor,
// re-rendered while the author types and scrolled in step with the editor. Read-only: the
// webview only asks for links to be opened, and the host opens only http(s) ones.
import * as vscode from 'vscode';
import { ParsedReview } from '../core/parse';
import { renderHtml } from '../core/render/html';
import type { PreviewMessage } from '../../webview/preview/protocol';
import { isControlMessage } from '../../webview/shared/protocol';
import { isLargeReview, LARGE_REVIEW_SETTLE_MS } from './diagnostics';
import { reviewTarget } from './review-target';
import { loadPanelPage } from './webview/load-page';

export const PREVIEW_VIEW_TYPE = 'pir.preview';
/** Re-render after this pause in typing: rendering takes milliseconds, but not on every keystroke. */
const RENDER_DEBOUNCE_MS = 150;

class PreviewPanel {
  private readonly disposables: vscode.Disposable[] = [];
  private timer?: ReturnType<typeof setTimeout>;
  /** The report of the last text that parsed, kept while the YAML is broken mid-edit. */
  html = '';

  constructor(readonly panel: vscode.WebviewPanel, readonly uri: vscode.Uri, extensionUri: vscode.Uri) {
    loadPanelPage(panel, extensionUri, 'preview', panel.title);
    const webview = panel.webview;
    this.disposables.push(
      webview.onDidReceiveMessage((message: unknown) => void this.handle(message)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.isMine(event.document.uri) && event.contentChanges.length > 0) this.schedule(event.document);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor, visibleRanges }) => {
        if (this.isMine(textEditor.document.uri) && visibleRanges.length) this.scrollTo(visibleRanges[0].start.line + 1);
      }),
    );
    panel.onDidDispose(() => {
      clearTimeout(this.timer);
      for (const disposable of this.disposables) disposable.dispose();
    });
  }

  private async handle(message: unknown): Promise<void> {
    // isControlMessage lets through only `ready` and `openSource` with an http(s) URL.
    if (!isControlMessage(message)) return console.warn('[pir] preview: ignored a message from the webview');
    if (message.type === 'openSource') return void vscode.env.openExternal(vscode.Uri.parse(message.url, true));
    await this.render();
    const editor = vscode.window.visibleTextEditors.find((e) => this.isMine(e.document.uri));
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
      this.html = renderHtml(parsed.value, { standalone: false, lineOf });
    }
    const notice = syntax
      ? `The YAML has an error at line ${parsed.position(syntax.range.start).line}: ${syntax.message} The preview shows the last version that parsed.`
      : undefined;
    await this.post({ type: 'render', html: this.html, notice });
  }

  private scrollTo(line: number): void {
    void this.post({ type: 'scroll', line });
  }

  private async post(message: PreviewMessage): Promise<void> {
    await this.panel.webview.postMessage(message);
  }

  private isMine(uri: vscode.Uri): boolean {
    return uri.toString() === this.uri.toString();
  }
}

export function register(context: vscode.ExtensionContext): void {
  const previews = new Map<string, PreviewPanel>();
  context.subscriptions.push(
    vscode.commands.registerCommand('pir.openPreview', (uri?: unknown) => {
      const target = reviewTarget(uri, 'preview it');
      if (!target) return;
      const key = target.toString();
      const open = previews.get(key);
      if (open) return open.panel.reveal(undefined, true);
      const name = target.path.slice(target.path.lastIndexOf('/') + 1);
      const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, `Preview · ${name}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
      panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'pir-file-light.svg');
      previews.set(key, new PreviewPanel(panel, target, context.extensionUri));
      panel.onDidDispose(() => previews.delete(key));
    }),
    // Lets the integration tests see what the webview was last sent.
    vscode.commands.registerCommand('_pir.preview.html', (uri: vscode.Uri) => previews.get(uri.toString())?.html),
    { dispose: () => previews.forEach((preview) => preview.panel.dispose()) },
  );
}
