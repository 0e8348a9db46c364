import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, deleteReview, fixture, indexChanges, openUntitled, pirApi, waitFor } from './helpers';

async function completionsAt(text: string, line: number, character: number): Promise<vscode.CompletionItem[]> {
  const editor = await openUntitled(text);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(line, character));
  // Only ours: word-based and snippet proposals come from other providers.
  return list.items.filter((item) => item.kind !== vscode.CompletionItemKind.Text && item.kind !== vscode.CompletionItemKind.Snippet);
}

const label = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

describe('completion and hover', () => {
  afterEach(closeAll);

  it('proposes the keys a review does not have yet, at a key position', async () => {
    const items = await completionsAt('pir: 1\ntitle: Outage\n\n', 2, 0);
    const labels = items.map(label);
    assert.ok(labels.includes('severity') && labels.includes('timeline'), JSON.stringify(labels));
    assert.ok(!labels.includes('title'));
    const severity = items.find((item) => label(item) === 'severity')!;
    assert.strictEqual((severity.insertText as vscode.SnippetString).value, 'severity: ${1|P1,P2,P3,P4|}');
    assert.match((severity.documentation as vscode.MarkdownString).value, /Incident severity/);
  });

  it('proposes enum values with their meanings, at a value position', async () => {
    const items = await completionsAt('pir: 1\nseverity: \n', 1, 10);
    assert.deepStrictEqual(items.map(label), ['P1', 'P2', 'P3', 'P4']);
    assert.match((items[0].documentation as vscode.MarkdownString).value, /full outage/);
  });

  it('proposes the owners of the workspace\'s reviews for an action item owner, as the files change', async () => {
    const { reviews } = (await pirApi()).sidebar;
    const file = fixture('completion-owners.pir.yaml');
    const ownersAt = async () => (await completionsAt('pir: 1\nactionItems:\n  - title: y\n    owner: \n', 3, 11))
      .filter((item) => item.kind === vscode.CompletionItemKind.User).map(label);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('pir: 1\ntitle: Owners\nactionItems:\n  - title: x\n    owner: completion-team\n'));
    try {
      await waitFor(indexChanges(reviews), () => reviews.index.get(file.toString()), (entry) => entry !== undefined, 'the new review in the index');
      const owners = await ownersAt();
      for (const owner of ['platform-team', 'search-team', 'auth-team', 'completion-team']) assert.ok(owners.includes(owner), JSON.stringify(owners));
    } finally {
      await closeAll();
      await deleteReview(reviews, file);
    }
    assert.ok(!(await ownersAt()).includes('completion-team'), 'the owner of a deleted review is no longer proposed');
  });

  it('proposes `now` in a lifecycle time, as a local time with its offset', async () => {
    const items = await completionsAt('times:\n  detected: \n', 1, 12);
    const now = items.find((item) => label(item) === 'now');
    assert.ok(now, JSON.stringify(items.map(label)));
    const inserted = String(now.insertText);
    assert.match(inserted, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[+-]\d{2}:\d{2}$/);
    assert.ok(Math.abs(Date.parse(inserted) - Date.now()) < 120_000);
  });

  it('shows the description and allowed values of the key under the cursor', async () => {
    const editor = await openUntitled('pir: 1\nstatus: draft\n');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(1, 2));
    const text = hovers.flatMap((hover) => hover.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\*\*status\*\*/);
    assert.match(text, /Where the review is in its workflow/);
    assert.match(text, /`in-review` — The team is discussing it/);
  });

  it('shows MTTD · MTTA · MTTR as a CodeLens on `times:`', async () => {
    const editor = await openUntitled('pir: 1\ntimes:\n  started: 2026-03-14T09:12:00Z\n  detected: 2026-03-14T09:19:00Z\n  acknowledged: 2026-03-14T09:21:00Z\n');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
    const ours = lenses.filter((lens) => lens.command?.title.startsWith('MTTD'));
    assert.strictEqual(ours.length, 1);
    assert.strictEqual(ours[0].range.start.line, 1);
    assert.strictEqual(ours[0].command!.title, 'MTTD 7m · MTTA 2m · MTTR — (no resolved)');
  });
});
