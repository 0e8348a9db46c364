import * as assert from 'assert';
import * as vscode from 'vscode';
import { knownOwners } from '../../src/core/sidebar/known-owners';
import { closeAll, deleteReview, diagnosticsOf, fixture, indexChanges, openUntitled, pirApi, ruleOf, waitFor } from './helpers';

const HEAD = 'pir: 1\ntitle: Checkout outage\nseverity: P2\nstatus: draft\nsummary: x\nrootCause: y\n';

/** Opens `text`, waits for a `rule` diagnostic, applies the quick fix titled `title` and returns the new text. */
async function applyFix(text: string, rule: string, title: string | RegExp): Promise<{ text: string; titles: string[] }> {
  const editor = await openUntitled(text);
  const { uri } = editor.document;
  const [diagnostic] = (await diagnosticsOf(uri, (d) => d.some((x) => ruleOf(x) === rule), `a ${rule} diagnostic`)).filter((d) => ruleOf(d) === rule);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  const titles = actions.map((action) => action.title);
  const action = actions.find((a) => (typeof title === 'string' ? a.title === title : title.test(a.title)));
  assert.ok(action?.edit, `no quick fix ${title} among ${JSON.stringify(titles)}`);
  assert.ok(await vscode.workspace.applyEdit(action.edit));
  return { text: editor.document.getText(), titles };
}

describe('quick fixes', () => {
  afterEach(closeAll);

  it('adds a missing section skeleton', async () => {
    const { text } = await applyFix(HEAD, 'missing-section', 'Add section `timeline`');
    assert.strictEqual(text, `${HEAD}timeline:\n  - at: ""\n    text: ""\n`);
  });

  it('adds a missing owner, offering the workspace\'s most used owner first', async () => {
    const { reviews } = (await pirApi()).sidebar;
    await reviews.ready;
    // A saved review that makes `fix-owner-team` the most used owner, whatever else the workspace
    // holds: it owns more items than there are in all other reviews together.
    const owner = 'fix-owner-team';
    const times = reviews.index.actionItems().length + 1;
    const owners = fixture('quick-fix-owners.pir.yaml');
    const items = Array.from({ length: times }, (_, i) => `  - id: AI-${i + 1}\n    title: Item ${i + 1}\n    owner: ${owner}\n    due: 2099-01-01\n`);
    await vscode.workspace.fs.writeFile(owners, new TextEncoder().encode(`${HEAD}actionItems:\n${items.join('')}`));
    try {
      await waitFor(indexChanges(reviews), () => knownOwners(reviews.index.actionItems())[0], (first) => first === owner, `${owner} to rank first in the index`);
      const review = `${HEAD}actionItems:\n  - id: AI-1\n    title: Alert on the checkout error rate\n    due: 2099-01-01\n`;
      const { text } = await applyFix(review, 'action-owner', 'Add owner');
      // The fix is a snippet choosing among the index's owners; the first is inserted and selected.
      assert.strictEqual(text, review.replace('    due:', `    owner: ${owner}\n    due:`));
      const editor = vscode.window.activeTextEditor!;
      assert.strictEqual(editor.document.getText(editor.selection), owner);
    } finally {
      await closeAll();
      await deleteReview(reviews, owners);
    }
  });

  it('adds a due date, selected for overwriting', async () => {
    const review = `${HEAD}actionItems:\n  - id: AI-1\n    title: Alert on the checkout error rate\n    owner: sre\n`;
    const { text } = await applyFix(review, 'action-due', 'Add due date');
    assert.match(text, /\n {4}owner: sre\n {4}due: \d{4}-\d{2}-\d{2}\n$/);
    const editor = vscode.window.activeTextEditor!;
    assert.match(editor.document.getText(editor.selection), /^\d{4}-\d{2}-\d{2}$/);
  });

  it('sorts the timeline', async () => {
    const events = ['  - at: 2026-03-14T09:12:00Z\n    text: a\n', '  - at: 2026-03-14T09:30:00Z\n    text: b\n'];
    const { text } = await applyFix(`${HEAD}timeline:\n${events[1]}${events[0]}`, 'timeline-order', 'Sort the timeline by time');
    assert.strictEqual(text, `${HEAD}timeline:\n${events[0]}${events[1]}`);
  });

  it('replaces an invalid enum value with each allowed value', async () => {
    const { text, titles } = await applyFix(HEAD.replace('P2', 'P7'), 'schema', 'Change to `P3`');
    assert.deepStrictEqual(titles.filter((t) => t.startsWith('Change to')), ['Change to `P1`', 'Change to `P2`', 'Change to `P3`', 'Change to `P4`']);
    assert.strictEqual(text, HEAD.replace('P2', 'P3'));
  });

  it('gives a duplicate action item id the next free one', async () => {
    const items = 'actionItems:\n  - id: AI-1\n    title: a\n    owner: o\n    due: 2099-01-01\n  - id: AI-1\n    title: b\n    owner: o\n    due: 2099-01-01\n';
    const { text } = await applyFix(HEAD + items, 'action-duplicate-id', 'Use a new id: AI-2');
    assert.strictEqual(text, HEAD + items.replace(/(- id: AI-1[\s\S]*)- id: AI-1/, '$1- id: AI-2'));
  });

  it('gives an action item without an id the next free one', async () => {
    const review = `${HEAD}actionItems:\n  - title: Alert on the checkout error rate\n    due: 2099-01-01\n`;
    const { text } = await applyFix(review, 'action-owner', 'Give the action item an id: AI-1');
    assert.strictEqual(text, review.replace('  - title:', '  - id: AI-1\n    title:'));
  });
});
