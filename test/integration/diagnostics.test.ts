import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, diagnosticsOf, fixture, openUntitled, ruleOf, rulesOf, setText, waitFor } from './helpers';

const PROBLEMS = fixture('problems.pir.yaml');
const EXPECTED_RULES = ['action-duplicate-id', 'action-owner', 'missing-section', 'schema', 'timeline-order'];

describe('diagnostics', () => {
  afterEach(closeAll);

  it('opens *.pir.yaml as the pir language', async () => {
    const document = await vscode.workspace.openTextDocument(PROBLEMS);
    assert.strictEqual(document.languageId, 'pir');
  });

  it('reports the known problems of a review, with rule ids linked to their docs', async () => {
    await vscode.window.showTextDocument(PROBLEMS);
    const diagnostics = await diagnosticsOf(PROBLEMS, (d) => d.length > 0, 'diagnostics of problems.pir.yaml');
    assert.deepStrictEqual(rulesOf(diagnostics), EXPECTED_RULES);
    const owner = diagnostics.find((d) => ruleOf(d) === 'action-owner')!;
    assert.strictEqual(owner.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(owner.source, 'pir');
    assert.strictEqual(owner.range.start.line, 34); // `title:` of the second action item (0-based)
    const target = (owner.code as { target: vscode.Uri }).target.toString();
    // Offline: a command that opens the rule's section of the docs/rules.md the extension ships.
    assert.strictEqual(target, `command:pir.openRuleDoc?${encodeURIComponent(JSON.stringify(['action-owner']))}`);
    assert.strictEqual(diagnostics.find((d) => ruleOf(d) === 'schema')!.severity, vscode.DiagnosticSeverity.Error);
  });

  it('opens a rule\'s documentation from the shipped docs in the Markdown preview', async () => {
    await vscode.commands.executeCommand('pir.openRuleDoc', 'action-owner');
    const preview = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs)
      .find((tab) => tab.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(tab.input.viewType) && tab.label.includes('rules.md'));
    await waitFor(vscode.window.tabGroups.onDidChangeTabs, preview, (tab) => tab !== undefined, 'a Markdown preview of rules.md');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('clears a review\'s diagnostics when it is closed', async () => {
    // An unsaved document closes with its editor; a file's document may outlive its editor.
    const { document } = await openUntitled('pir: 1\ntitle: T\nseverity: P9\nstatus: draft\n');
    await diagnosticsOf(document.uri, (d) => d.length > 0, 'diagnostics after opening');
    const closed = waitFor(vscode.workspace.onDidCloseTextDocument, () => document.isClosed, (isClosed) => isClosed, 'the document to close');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closed;
    await diagnosticsOf(document.uri, (d) => d.length === 0, 'no diagnostics after closing');
  });

  it('follows typing and ends with the diagnostics of the latest text', async () => {
    const editor = await openUntitled('pir: 1\ntitle: T\nseverity: P2\nstatus: draft\n');
    const { uri } = editor.document;
    await diagnosticsOf(uri, (d) => d.some((x) => ruleOf(x) === 'missing-section'), 'first lint');
    // Several edits inside one debounce window: only the last text counts.
    for (const severity of ['P9', 'P8', 'P1']) await setText(editor.document, `pir: 1\ntitle: T\nseverity: ${severity}\nstatus: draft\n`);
    await setText(editor.document, 'pir: 1\ntitle: T\nseverity: P7\nstatus: draft\n');
    const onP7 = (d: vscode.Diagnostic) => ruleOf(d) === 'schema' && editor.document.getText(d.range) === 'P7';
    const final = await diagnosticsOf(uri, (d) => d.some(onP7), 'the schema error of the last text');
    assert.deepStrictEqual(final.filter((d) => ruleOf(d) === 'schema').map((d) => d.range.start.line), [2]);
  });

  it('applies a changed pir.rules setting without a reload', async () => {
    await vscode.window.showTextDocument(PROBLEMS);
    await diagnosticsOf(PROBLEMS, (d) => d.some((x) => ruleOf(x) === 'action-owner'), 'action-owner before');
    const settings = vscode.workspace.getConfiguration('pir');
    try {
      await settings.update('rules', { 'action-owner': 'off', schema: 'hint' }, vscode.ConfigurationTarget.Global);
      const after = await diagnosticsOf(PROBLEMS, (d) => d.length > 0 && !d.some((x) => ruleOf(x) === 'action-owner'), 'action-owner off');
      assert.strictEqual(after.find((d) => ruleOf(d) === 'schema')!.severity, vscode.DiagnosticSeverity.Hint);
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Global);
    }
    await diagnosticsOf(PROBLEMS, (d) => d.some((x) => ruleOf(x) === 'action-owner'), 'action-owner back after the reset');
  });

  it('reads .pirrc.yaml, shows its errors on it, and follows its changes', async () => {
    const configFile = fixture('.pirrc.yaml');
    await vscode.window.showTextDocument(PROBLEMS);
    await diagnosticsOf(PROBLEMS, (d) => d.some((x) => ruleOf(x) === 'timeline-order'), 'timeline-order before');
    try {
      await vscode.workspace.fs.writeFile(configFile, new TextEncoder().encode('rules:\n  timeline-order: off\nbogus: 1\n'));
      await diagnosticsOf(PROBLEMS, (d) => d.length > 0 && !d.some((x) => ruleOf(x) === 'timeline-order'), 'timeline-order off by .pirrc.yaml');
      const problems = await waitFor(vscode.languages.onDidChangeDiagnostics, () => vscode.languages.getDiagnostics(configFile), (d) => d.length > 0, 'config file errors');
      assert.match(problems[0].message, /unknown key `bogus`/);
    } finally {
      await vscode.workspace.fs.delete(configFile);
    }
    await diagnosticsOf(PROBLEMS, (d) => d.some((x) => ruleOf(x) === 'timeline-order'), 'timeline-order back without .pirrc.yaml');
  });
});
