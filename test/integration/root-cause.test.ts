import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, fixture, openUntitled, pirApi, setText, waitFor } from './helpers';

const REVIEW = [
  'pir: 1',
  'title: Checkout outage',
  'severity: P2',
  'status: draft',
  'summary: Checkout failed.',
  'analysis:',
  '  fiveWhys:',
  '    problem: Checkout returned 500s',
  '    whys:',
  '      - The API threw on every request',
  '      - The flag payload was a string',
  '  fishbone:',
  '    effect: Checkout down',
  '    causes:',
  '      - category: tools',
  '        text: The flag UI checks syntax only',
  '',
].join('\n');

/** Sends `message` to the Root-Cause panel of `uri` exactly as its webview would; undefined when no panel is open. */
function send(uri: vscode.Uri, message: unknown): Thenable<string | undefined> {
  return vscode.commands.executeCommand<string | undefined>('_pir.rootCause.message', uri, message);
}

async function openWithPanel(text = REVIEW): Promise<vscode.TextDocument> {
  const { document } = await openUntitled(text);
  await vscode.commands.executeCommand('pir.openRootCause', document.uri);
  return document;
}

describe('Root-Cause panel (extension host)', () => {
  afterEach(closeAll);

  it('is a command with an editor title button for reviews', async () => {
    await pirApi(); // commands are registered when the extension activates, whichever suite runs first
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('pir.openRootCause'));
    const pkg = vscode.extensions.all.find((e) => e.packageJSON.name === 'post-incident-review')!.packageJSON;
    const button = pkg.contributes.menus['editor/title'].find((m: { command: string }) => m.command === 'pir.openRootCause');
    assert.match(button.when, /editorLangId == pir/);
    const command = pkg.contributes.commands.find((c: { command: string }) => c.command === 'pir.openRootCause');
    assert.deepStrictEqual([command.title, command.category], ['Open Root Cause Analysis', 'PIR']);
  });

  it('opens from the palette on the active review', async () => {
    const { document } = await openUntitled(REVIEW);
    await vscode.commands.executeCommand('pir.openRootCause');
    assert.strictEqual(await send(document.uri, { type: 'ready' }), 'handled');
  });

  it('applies whys and causes as edits of the document', async () => {
    const document = await openWithPanel();
    assert.strictEqual(await send(document.uri, { type: 'addWhy', baseVersion: document.version, index: 2, text: 'Nothing checks the payload shape' }), 'applied');
    assert.match(document.getText(), / {6}- The flag payload was a string\n {6}- Nothing checks the payload shape\n {2}fishbone:/);
    assert.strictEqual(await send(document.uri, {
      type: 'addCause', baseVersion: document.version, cause: { category: 'process', text: 'Flag changes skip the canary' },
    }), 'applied');
    assert.match(document.getText(), / {6}- category: process\n {8}text: Flag changes skip the canary\n$/);
    assert.strictEqual(await send(document.uri, { type: 'moveWhy', baseVersion: document.version, from: 2, to: 0 }), 'applied');
    assert.match(document.getText(), /whys:\n {6}- Nothing checks the payload shape\n/);
    assert.strictEqual(await send(document.uri, { type: 'promoteCause', baseVersion: document.version, index: 0 }), 'applied');
    assert.match(document.getText(), /\ncontributingFactors:\n {2}- text: The flag UI checks syntax only\n {4}category: tools\n$/);
    assert.strictEqual(document.isDirty, true, 'saving stays the user\'s');
  });

  it('fills an empty rootCause with the last answer', async () => {
    const document = await openWithPanel();
    assert.strictEqual(await send(document.uri, { type: 'useAsRootCause', baseVersion: document.version }), 'applied');
    assert.match(document.getText(), /\nsummary: Checkout failed\.\nrootCause: The flag payload was a string\nanalysis:/);
  });

  it('refuses an intent made on an older version and leaves the text alone', async () => {
    const document = await openWithPanel();
    await setText(document, REVIEW.replace('Checkout down', 'Checkout down for 46 minutes'));
    const before = document.getText();
    assert.strictEqual(await send(document.uri, { type: 'deleteCause', baseVersion: document.version - 1, index: 0 }), 'stale');
    assert.strictEqual(await send(document.uri, { type: 'exportSvg', baseVersion: document.version - 1 }), 'stale');
    assert.strictEqual(document.getText(), before);
  });

  it('refuses edits while the YAML does not parse', async () => {
    const document = await openWithPanel();
    await setText(document, REVIEW + 'broken: [unclosed\n');
    const before = document.getText();
    assert.strictEqual(await send(document.uri, { type: 'updateWhy', baseVersion: document.version, index: 0, text: 'x' }), 'parse-error');
    assert.strictEqual(await send(document.uri, { type: 'useAsRootCause', baseVersion: document.version }), 'parse-error');
    assert.strictEqual(document.getText(), before);
  });

  it('ignores malformed messages and refuses intents that do not fit the document', async () => {
    const document = await openWithPanel();
    for (const message of [
      { type: 'exportSvg', baseVersion: document.version, path: '/etc/passwd' },
      { type: 'addCause', baseVersion: document.version, cause: { category: '<script>', text: 'x' } },
      { type: 'useAsRootCause', baseVersion: document.version, text: 'chosen by the webview' },
    ]) {
      assert.strictEqual(await send(document.uri, message), 'ignored', JSON.stringify(message));
    }
    assert.strictEqual(await send(document.uri, { type: 'deleteWhy', baseVersion: document.version, index: 5 }), 'edit-error');
    assert.strictEqual(document.getText(), REVIEW);
  });

  it('is undone by the text editor\'s undo', async () => {
    const document = await openWithPanel();
    assert.strictEqual(await send(document.uri, { type: 'updateCause', baseVersion: document.version, index: 0, text: 'The flag UI checks JSON syntax, not shape' }), 'applied');
    assert.match(document.getText(), /text: The flag UI checks JSON syntax, not shape/);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), REVIEW);
  });

  it('exports the document\'s fishbone as a standalone SVG next to the review', async () => {
    const review = fixture('root-cause-export-test.pir.yaml');
    const svg = fixture('root-cause-export-test.fishbone.svg');
    await vscode.workspace.fs.writeFile(review, Buffer.from(REVIEW.replace('Checkout down', 'Checkout <down> & "out"')));
    try {
      await vscode.commands.executeCommand('pir.openRootCause', review);
      const document = await vscode.workspace.openTextDocument(review);
      assert.strictEqual(await send(review, { type: 'exportSvg', baseVersion: document.version }), 'handled');
      const text = Buffer.from(await vscode.workspace.fs.readFile(svg)).toString('utf8');
      assert.match(text, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      assert.match(text, />The flag UI checks syntax only</);
      assert.match(text, /Checkout &lt;down&gt; &amp; &quot;out&quot;/);
      assert.doesNotMatch(text, /<script/);
      assert.strictEqual(document.getText(), REVIEW.replace('Checkout down', 'Checkout <down> & "out"'), 'the review is not edited');
    } finally {
      for (const uri of [review, svg]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  it('asks before replacing an exported SVG, and keeps it on Cancel', async () => {
    const review = fixture('root-cause-replace-test.pir.yaml');
    const svg = fixture('root-cause-replace-test.fishbone.svg');
    await vscode.workspace.fs.writeFile(review, Buffer.from(REVIEW));
    await vscode.workspace.fs.writeFile(svg, Buffer.from('<svg>hand-edited</svg>'));
    // The modal, as the test answers it.
    const window = vscode.window as unknown as { showWarningMessage(message: string, options: vscode.MessageOptions, ...items: string[]): Thenable<string | undefined> };
    const original = window.showWarningMessage;
    const asked: { message: string; modal?: boolean; items: string[] }[] = [];
    let choice: string | undefined;
    window.showWarningMessage = async (message, options, ...items) => {
      asked.push({ message, modal: options.modal, items });
      return choice;
    };
    try {
      await vscode.commands.executeCommand('pir.openRootCause', review);
      const document = await vscode.workspace.openTextDocument(review);
      const read = async () => Buffer.from(await vscode.workspace.fs.readFile(svg)).toString('utf8');
      choice = undefined; // Cancel (or Escape)
      assert.strictEqual(await send(review, { type: 'exportSvg', baseVersion: document.version }), 'cancelled');
      assert.strictEqual(await read(), '<svg>hand-edited</svg>');
      assert.deepStrictEqual(asked, [{ message: `${vscode.workspace.asRelativePath(svg)} already exists. Replace it?`, modal: true, items: ['Replace'] }]);
      choice = 'Replace';
      assert.strictEqual(await send(review, { type: 'exportSvg', baseVersion: document.version }), 'handled');
      assert.match(await read(), />The flag UI checks syntax only</);
    } finally {
      window.showWarningMessage = original;
      for (const uri of [review, svg]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  it('opens one panel per review, titled after it', async () => {
    const document = await openWithPanel();
    await vscode.commands.executeCommand('pir.openRootCause', document.uri);
    const panels = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs)
      .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('pir.rootCause'));
    await waitFor(vscode.window.tabGroups.onDidChangeTabs, panels, (tabs) => tabs.length > 0, 'the Root-Cause panel tab');
    assert.deepStrictEqual(panels().map((tab) => tab.label), [`Root Cause · ${document.uri.path.split('/').pop()}`]);
  });
});
