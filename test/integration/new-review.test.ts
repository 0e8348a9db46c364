import * as assert from 'assert';
import * as vscode from 'vscode';
import { DEFAULT_ID_FORMAT } from '../../src/core/config';
import { nextReviewId } from '../../src/core/review-id';
import { newReview, reviewFileName } from '../../src/core/template';
import { closeAll, fixture, pirApi } from './helpers';

/** The two prompts the command uses, as the test replaces them. */
interface Prompts {
  showInputBox(options?: vscode.InputBoxOptions): Thenable<string | undefined>;
  showQuickPick(items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>): Thenable<vscode.QuickPickItem | undefined>;
}

/** Answers the command's title box and severity picker, recording what they were asked. */
function answer(title: string | undefined, severity: string): { restore: () => void; asked: { prompts: vscode.InputBoxOptions[]; picks: string[][] } } {
  const window = vscode.window as unknown as Prompts;
  const original = { showInputBox: window.showInputBox, showQuickPick: window.showQuickPick };
  const asked = { prompts: [] as vscode.InputBoxOptions[], picks: [] as string[][] };
  window.showInputBox = async (options?: vscode.InputBoxOptions) => {
    asked.prompts.push(options ?? {});
    return title;
  };
  window.showQuickPick = async (items) => {
    const list = await items;
    asked.picks.push(list.map((item) => `${item.label} ${item.description ?? ''}`.trim()));
    return list.find((item) => item.label === severity);
  };
  return { asked, restore: () => Object.assign(window, original) };
}

describe('New Post-Incident Review', () => {
  const folder = fixture('docs');

  afterEach(async () => {
    await closeAll();
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('is a palette command in the PIR category', async () => {
    await pirApi(); // commands are registered when the extension activates, whichever suite runs first
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('pir.newReview'));
  });

  it('asks for a title and a severity, writes the review and opens it at the summary', async () => {
    const { asked, restore } = answer('Checkout outage after config rollout', 'P2');
    try {
      await vscode.commands.executeCommand('pir.newReview');
    } finally {
      restore();
    }
    assert.strictEqual(asked.prompts[0].validateInput?.('   '), 'The title cannot be empty.');
    assert.deepStrictEqual(asked.picks[0], ['P1 Critical: full outage or data loss', 'P2 Major: significant degradation', 'P3 Minor: limited impact', 'P4 Low: no customer impact']);

    const date = new Date();
    const uri = fixture(`docs/incidents/${reviewFileName(date, 'Checkout outage after config rollout')}`);
    // The fixture workspace's reviews are PIR-2026-001, -014 and -021: the new one comes next.
    const id = nextReviewId(DEFAULT_ID_FORMAT, date, ['PIR-2026-001', 'PIR-2026-014', 'PIR-2026-021']);
    const expected = newReview({ title: 'Checkout outage after config rollout', severity: 'P2', date, id });
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), expected.text);
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.uri.toString(), uri.toString());
    assert.strictEqual(editor.document.languageId, 'pir');
    assert.strictEqual(editor.document.offsetAt(editor.selection.active), expected.summaryOffset);
    // A pinned tab, not a preview that the next file opened would replace.
    assert.strictEqual(vscode.window.tabGroups.activeTabGroup.activeTab?.isPreview, false);
  });

  it('never overwrites: a second review with the same title gets a -2 suffix', async () => {
    const name = reviewFileName(new Date(), 'Same title');
    const first = fixture(`docs/incidents/${name}`);
    for (let i = 0; i < 2; i++) {
      const { restore } = answer('Same title', 'P4');
      try {
        await vscode.commands.executeCommand('pir.newReview');
      } finally {
        restore();
      }
    }
    const second = fixture(`docs/incidents/${name.replace('.pir.yaml', '-2.pir.yaml')}`);
    assert.strictEqual(vscode.window.activeTextEditor!.document.uri.toString(), second.toString());
    await vscode.workspace.fs.stat(first);
  });

  it('creates nothing when the title is cancelled', async () => {
    const { restore } = answer(undefined, 'P1');
    try {
      await vscode.commands.executeCommand('pir.newReview');
    } finally {
      restore();
    }
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(folder)));
  });
});
