import * as assert from 'assert';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAll, fixture, openUntitled, pirApi, setText } from './helpers';

const REVIEW = [
  'pir: 1',
  'title: Checkout outage',
  'severity: P2',
  'status: draft',
  'summary: Config rollout broke **checkout**.',
  'timeline:',
  '  - at: 2026-03-14T09:00:00Z',
  '    kind: trigger',
  '    text: Migration starts',
  '',
].join('\n');

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('pir.preview'));
}

/** Polls `read` until `done` accepts its value; the preview's webview has no event the tests can wait on. */
async function poll<T>(read: () => Thenable<T> | T, done: (value: T) => boolean, what: string, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; last value: ${String(value).slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const htmlOf = (uri: vscode.Uri) => vscode.commands.executeCommand<string | undefined>('_pir.preview.html', uri);

describe('Review Preview and Export (extension host)', () => {
  afterEach(closeAll);

  it('contributes both commands, and a title button for the preview', async () => {
    await pirApi(); // commands are registered when the extension activates, whichever suite runs first
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('pir.openPreview') && commands.includes('pir.exportReview'));
    const pkg = vscode.extensions.all.find((e) => e.packageJSON.name === 'post-incident-review')!.packageJSON;
    const button = pkg.contributes.menus['editor/title'].find((m: { command: string }) => m.command === 'pir.openPreview');
    assert.match(button.when, /editorLangId == pir/);
  });

  it('opens one preview beside the review, keeps the editor focused, and follows typing', async () => {
    const editor = await openUntitled(REVIEW);
    await vscode.commands.executeCommand('pir.openPreview');
    await poll(() => previewTabs().length, (n) => n === 1, 'a preview tab');
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());
    assert.notStrictEqual(previewTabs()[0].group.viewColumn, vscode.window.tabGroups.all.find((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText))?.viewColumn);

    const html = await poll(() => htmlOf(editor.document.uri), (h) => !!h && h.includes('<h1>Checkout outage</h1>'), 'the first render');
    assert.match(html!, /<strong>checkout<\/strong>/);
    assert.match(html!, /<section id="timeline" data-line="6">/);

    await setText(editor.document, REVIEW.replace('title: Checkout outage', 'title: Checkout outage, retitled'));
    await poll(() => htmlOf(editor.document.uri), (h) => !!h?.includes('<h1>Checkout outage, retitled</h1>'), 'a render of the edit');

    await vscode.commands.executeCommand('pir.openPreview', editor.document.uri);
    assert.strictEqual(previewTabs().length, 1, 'a second command reveals the open preview');
  });

  it('moves the editor to the line the user scrolled the preview to, and ignores a malformed request', async () => {
    // Long enough that the editor can put line 60 at its top.
    const long = REVIEW + Array.from({ length: 80 }, (_, i) => `  - at: 2026-03-14T10:${String(i % 60).padStart(2, '0')}:00Z\n    text: Event ${i}\n`).join('');
    const editor = await openUntitled(long);
    await vscode.commands.executeCommand('pir.openPreview');
    await poll(() => htmlOf(editor.document.uri), (h) => !!h?.includes('Event 79'), 'the first render');
    const message = (m: unknown) => vscode.commands.executeCommand('_pir.preview.message', editor.document.uri, m);

    // Line 60 (index 59) at the top, below the few lines of context VS Code keeps above a revealed line.
    await message({ type: 'revealLine', line: 60 });
    const top = await poll(() => editor.visibleRanges[0].start.line, (line) => line >= 52 && line <= 59, 'the editor scrolled to line 60');
    await message({ type: 'revealLine', line: '1; rm -rf /' });
    await message({ type: 'revealLine', line: 0 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.strictEqual(editor.visibleRanges[0].start.line, top, 'malformed requests move nothing');
  });

  it('exports Markdown next to a review in the workspace, and HTML to a chosen file', async () => {
    const folder = fixture('export-test');
    const review = vscode.Uri.joinPath(folder, '2026-03-14-checkout.pir.yaml');
    await vscode.workspace.fs.writeFile(review, new TextEncoder().encode(REVIEW));
    const chosen = vscode.Uri.file(path.join(os.tmpdir(), `pir-export-${Date.now()}.html`));
    try {
      await vscode.window.showTextDocument(review);
      const markdown = await vscode.commands.executeCommand<vscode.Uri>('pir.exportReview', review, { format: 'md', target: 'beside' });
      assert.strictEqual(markdown?.toString(), vscode.Uri.joinPath(folder, '2026-03-14-checkout.md').toString());
      assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(markdown)), /^# Checkout outage\n[\s\S]*## Summary\n\nConfig rollout broke \*\*checkout\*\*\./);

      const html = await vscode.commands.executeCommand<vscode.Uri>('pir.exportReview', undefined, { format: 'html', target: chosen });
      assert.strictEqual(html?.toString(), chosen.toString());
      const page = new TextDecoder().decode(await vscode.workspace.fs.readFile(chosen));
      assert.match(page, /^<!DOCTYPE html>[\s\S]*Content-Security-Policy[\s\S]*<h1>Checkout outage<\/h1>/);
      assert.doesNotMatch(page, /<script/);
    } finally {
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
      await vscode.workspace.fs.delete(chosen).then(undefined, () => undefined);
    }
  });

  it('refuses to export over the review itself', async () => {
    const editor = await openUntitled(REVIEW);
    const result = await vscode.commands.executeCommand('pir.exportReview', editor.document.uri, { format: 'md', target: editor.document.uri });
    assert.strictEqual(result, undefined);
  });
});
