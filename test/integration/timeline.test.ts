import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, fixture, openUntitled, pirApi, setText } from './helpers';

const REVIEW = [
  'pir: 1',
  'title: Checkout outage',
  'severity: P2',
  'status: draft',
  'times:',
  '  started: 2026-03-14T09:00:00Z',
  'timeline:',
  '  - at: 2026-03-14T09:00:00Z',
  '    kind: trigger',
  '    text: Migration starts',
  '  - at: 2026-03-14T09:07:00Z',
  '    text: Alert fires',
  '',
].join('\n');

/** Sends `message` to the Timeline Editor of `uri` exactly as its webview would; undefined when no panel is open. */
function send(uri: vscode.Uri, message: unknown): Thenable<string | undefined> {
  return vscode.commands.executeCommand<string | undefined>('_pir.timeline.message', uri, message);
}

async function openWithTimeline(text = REVIEW): Promise<vscode.TextDocument> {
  const { document } = await openUntitled(text);
  await vscode.commands.executeCommand('pir.openTimeline', document.uri);
  return document;
}

describe('Timeline Editor (extension host)', () => {
  afterEach(closeAll);

  it('is a command with an editor title button for reviews', async () => {
    await pirApi(); // commands are registered when the extension activates, whichever suite runs first
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('pir.openTimeline'));
    const pkg = vscode.extensions.all.find((e) => e.packageJSON.name === 'post-incident-review')!.packageJSON;
    const button = pkg.contributes.menus['editor/title'].find((m: { command: string }) => m.command === 'pir.openTimeline');
    assert.match(button.when, /editorLangId == pir/);
  });

  it('applies an intent made on the current version as an edit of the document', async () => {
    const document = await openWithTimeline();
    const outcome = await send(document.uri, {
      type: 'addEvent', baseVersion: document.version, index: 1,
      event: { at: '2026-03-14T09:05:00Z', kind: 'escalation', text: 'Paged the DB team' },
    });
    assert.strictEqual(outcome, 'applied');
    assert.match(document.getText(), /text: Migration starts\n {2}- at: 2026-03-14T09:05:00Z\n {4}kind: escalation\n {4}text: Paged the DB team\n {2}- at: 2026-03-14T09:07:00Z/);
    assert.strictEqual(document.isDirty, true, 'saving stays the user\'s');

    assert.strictEqual(await send(document.uri, { type: 'setLifecycle', baseVersion: document.version, key: 'detected', value: '2026-03-14T09:07:00Z' }), 'applied');
    assert.match(document.getText(), /started: 2026-03-14T09:00:00Z\n {2}detected: 2026-03-14T09:07:00Z/);
  });

  it('refuses an intent made on an older version and leaves the text alone', async () => {
    const document = await openWithTimeline();
    await setText(document, REVIEW.replace('Alert fires', 'Alert fires (typed in the editor)'));
    const before = document.getText();
    const outcome = await send(document.uri, { type: 'deleteEvent', baseVersion: document.version - 1, index: 1 });
    assert.strictEqual(outcome, 'stale');
    assert.strictEqual(document.getText(), before);
  });

  it('refuses edits while the YAML does not parse', async () => {
    const document = await openWithTimeline();
    await setText(document, REVIEW + 'broken: [unclosed\n');
    const before = document.getText();
    const outcome = await send(document.uri, { type: 'updateEvent', baseVersion: document.version, index: 0, field: 'text', value: 'x' });
    assert.strictEqual(outcome, 'parse-error');
    assert.strictEqual(document.getText(), before);
  });

  it('ignores malformed messages and refuses intents that do not fit the document', async () => {
    const document = await openWithTimeline();
    for (const message of [
      { type: 'deleteEvent', baseVersion: document.version, index: 0, extra: true },
      { type: 'updateEvent', baseVersion: document.version, index: 0, field: '__proto__', value: 'x' },
      { type: 'openSource', url: 'command:workbench.action.terminal.new' },
      'deleteEvent',
    ]) {
      assert.strictEqual(await send(document.uri, message), 'ignored', JSON.stringify(message));
    }
    assert.strictEqual(await send(document.uri, { type: 'deleteEvent', baseVersion: document.version, index: 7 }), 'edit-error');
    assert.strictEqual(document.getText(), REVIEW);
  });

  it('is undone by the text editor\'s undo', async () => {
    const document = await openWithTimeline();
    assert.strictEqual(await send(document.uri, { type: 'updateEvent', baseVersion: document.version, index: 1, field: 'text', value: 'Error-rate alert fires' }), 'applied');
    assert.match(document.getText(), /text: Error-rate alert fires/);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), REVIEW);
  });

  it('follows its file when renamed and closes when it is deleted', async () => {
    const original = fixture('timeline-panel-test.pir.yaml');
    const renamed = fixture('timeline-panel-renamed.pir.yaml');
    await vscode.workspace.fs.writeFile(original, Buffer.from(REVIEW));
    try {
      await vscode.commands.executeCommand('pir.openTimeline', original);
      assert.strictEqual(await send(original, { type: 'ready' }), 'handled');

      const rename = new vscode.WorkspaceEdit();
      rename.renameFile(original, renamed);
      assert.ok(await vscode.workspace.applyEdit(rename));
      assert.strictEqual(await send(original, { type: 'ready' }), undefined);
      assert.strictEqual(await send(renamed, { type: 'ready' }), 'handled');

      const remove = new vscode.WorkspaceEdit();
      remove.deleteFile(renamed);
      assert.ok(await vscode.workspace.applyEdit(remove));
      assert.strictEqual(await send(renamed, { type: 'ready' }), undefined);
    } finally {
      for (const uri of [original, renamed]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });
});
