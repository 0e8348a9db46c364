// The sidebar's Action Items and Reviews views in the real extension host, read through the
// trees' own getChildren/getTreeItem (the extension's API hands them out).
import * as assert from 'assert';
import * as vscode from 'vscode';
import * as pkg from '../../package.json';
import type { ActionNode } from '../../src/extension/action-tree';
import type { PirApi } from '../../src/extension/extension';
import { closeAll, fixture, setText } from './helpers';

const A = fixture('reviews/a.pir.yaml');
const B = fixture('reviews/b.pir.yaml');
const SCRATCH = fixture('reviews/scratch-tree.pir.yaml');
const SCRATCH_TEXT = 'pir: 1\ntitle: Scratch review\nactionItems:\n  - id: AI-1\n    title: Scratch item\n    owner: scratch-team\n    due: 2099-01-01\n';

interface Row {
  group: string;
  label: string;
  description: string;
  node: ActionNode & { kind: 'item' };
  item: vscode.TreeItem;
}

describe('sidebar: action items and reviews', () => {
  let api: PirApi;
  const tree = () => api.sidebar.actionItems;

  /** The items shown, with their group, from the reviews under reviews/ (other suites add files elsewhere). */
  async function rows(): Promise<Row[]> {
    const result: Row[] = [];
    for (const group of await tree().getChildren()) {
      for (const node of await tree().getChildren(group)) {
        if (node.kind !== 'item' || !node.item.reviewUri.includes('/reviews/')) continue;
        const item = tree().getTreeItem(node);
        // owner · due · priority is the item's second line, a child row.
        const [facts] = await tree().getChildren(node);
        result.push({ group: String(tree().getTreeItem(group).label), label: String(item.label), description: String(tree().getTreeItem(facts).label), node, item });
      }
    }
    return result;
  }

  /** Resolves with the rows once `done` accepts them, re-reading whenever the tree says it changed. */
  function waitForRows(done: (rows: Row[]) => boolean, what: string, ms = 10_000): Promise<Row[]> {
    return new Promise((resolve, reject) => {
      let last: Row[] = [];
      const check = async () => {
        last = await rows();
        if (!done(last)) return;
        clearTimeout(timer);
        subscription.dispose();
        resolve(last);
      };
      const subscription = tree().onDidChangeTreeData(() => void check());
      const timer = setTimeout(() => {
        subscription.dispose();
        reject(new Error(`timed out waiting for ${what}; last rows: ${JSON.stringify(last.map((r) => [r.group, r.label, r.description]))}`));
      }, ms);
      void check();
    });
  }

  const row = (rows: Row[], label: string) => rows.find((r) => r.label === label);

  before(async () => {
    api = (await vscode.extensions.getExtension(`${pkg.publisher}.${pkg.name}`)!.activate()) as PirApi;
    await api.sidebar.reviews.ready;
  });
  beforeEach(() => tree().setOptions({ groupBy: 'review', hideClosed: true, onlyMine: false, onlyOverdue: false }));
  afterEach(closeAll);

  it('lists the open action items of every review, grouped by review', async () => {
    const shown = await waitForRows((r) => r.length === 4, 'the fixture items');
    assert.deepStrictEqual(shown.map((r) => [r.group, r.label]), [
      ['Search latency spike after index rebuild', 'Throttle index rebuilds during business hours'],
      ['Search latency spike after index rebuild', 'Alert on search p99 latency per cluster'],
      ['Login failures during certificate rotation', 'Automate certificate rotation'],
      ['Login failures during certificate rotation', 'Monitor expiry of internal certificates'],
    ]);
    const overdue = row(shown, 'Throttle index rebuilds during business hours')!;
    assert.strictEqual(overdue.description, 'platform-team · overdue 2020-01-15 · P2');
    assert.strictEqual(overdue.item.id, `${A.toString()}#AI-1`);
    const icon = overdue.item.iconPath as vscode.ThemeIcon;
    assert.strictEqual(icon.id, 'circle-large-outline');
    assert.strictEqual(icon.color?.id, 'list.errorForeground');
    assert.strictEqual(row(shown, 'Monitor expiry of internal certificates')!.description, 'no owner · due 2099-02-01 · P2');
    const tooltip = overdue.item.tooltip as vscode.MarkdownString;
    assert.strictEqual(tooltip.isTrusted, false);
    assert.match(tooltip.value, /- Review: Search latency spike after index rebuild/);
    // Only the fixture's AI-1 is overdue in this workspace.
    assert.strictEqual(tree().view.badge?.value, 1);
  });

  it('groups by owner, shows closed items and only mine when asked', async () => {
    await tree().setOptions({ groupBy: 'owner', hideClosed: false });
    const shown = await waitForRows((r) => r.length === 6 && r[0].group === 'auth-team', 'grouped by owner with closed items');
    assert.deepStrictEqual(shown.map((r) => [r.group, r.label]), [
      ['auth-team', 'Rewrite the auth service'],
      ['platform-team', 'Throttle index rebuilds during business hours'],
      ['platform-team', 'Document the rebuild runbook'],
      ['platform-team', 'Automate certificate rotation'],
      ['search-team', 'Alert on search p99 latency per cluster'],
      ['No owner', 'Monitor expiry of internal certificates'],
    ]);
    const settings = vscode.workspace.getConfiguration('pir');
    await settings.update('me', 'Search-Team', vscode.ConfigurationTarget.Global);
    try {
      await tree().setOptions({ onlyMine: true });
      const mine = await waitForRows((r) => r.length === 1, 'only the items of pir.me');
      assert.strictEqual(mine[0].label, 'Alert on search p99 latency per cluster');
    } finally {
      await settings.update('me', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('marks an item done in a review that is not open: the file changes and the item leaves the list', async () => {
    await vscode.workspace.fs.writeFile(SCRATCH, new TextEncoder().encode(SCRATCH_TEXT));
    try {
      const before = await waitForRows((r) => row(r, 'Scratch item') !== undefined, 'the new scratch review');
      assert.strictEqual(await vscode.commands.executeCommand('pir.actions.markDone', row(before, 'Scratch item')!.node), true);
      const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(SCRATCH));
      assert.match(written.slice(SCRATCH_TEXT.length), /^ {4}status: done\n {4}completed: \d{4}-\d{2}-\d{2}\n$/);
      assert.strictEqual(written.slice(0, SCRATCH_TEXT.length), SCRATCH_TEXT);
      await waitForRows((r) => row(r, 'Scratch item') === undefined, 'the done item to be hidden');
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(SCRATCH);
    }
    await waitForRows((r) => !r.some((x) => x.node.item.reviewUri === SCRATCH.toString()), 'the deleted review to leave the list');
  });

  it('shows unsaved edits of an open review, and edits its buffer without saving', async () => {
    const document = await vscode.workspace.openTextDocument(B);
    await vscode.window.showTextDocument(document);
    const onDisk = document.getText();
    await setText(document, onDisk.replace('title: Automate certificate rotation', 'title: Automate certificate rotation end to end'));
    const edited = await waitForRows((r) => row(r, 'Automate certificate rotation end to end') !== undefined, 'the unsaved title');
    assert.strictEqual(row(edited, 'Automate certificate rotation'), undefined, 'the title on disk is not shown as well');

    assert.strictEqual(await vscode.commands.executeCommand('pir.actions.markDone', row(edited, 'Automate certificate rotation end to end')!.node), true);
    assert.match(document.getText(), /title: Automate certificate rotation end to end\n(.*\n)*? {4}status: done\n {4}completed: \d{4}-\d{2}-\d{2}\n(.*\n)*? {2}- id: AI-2/);
    assert.strictEqual(document.isDirty, true);
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(B)), onDisk);
    await waitForRows((r) => row(r, 'Automate certificate rotation end to end') === undefined, 'the done item to be hidden');

    // Closing without saving: the disk's version is what counts again.
    await closeAll();
    await waitForRows((r) => row(r, 'Automate certificate rotation') !== undefined, 'the title from disk after closing');
  });

  it('refuses to edit an item that is no longer where the list saw it', async () => {
    const shown = await waitForRows((r) => r.length === 4, 'the fixture items');
    const node = row(shown, 'Alert on search p99 latency per cluster')!.node;
    const stale = { ...node, item: { ...node.item, title: 'A title the file does not have' } };
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(A));
    assert.strictEqual(await vscode.commands.executeCommand('pir.actions.markDone', stale), false);
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(A)), text);
  });

  it('copies an action item as issue text', async () => {
    const shown = await waitForRows((r) => r.length === 4, 'the fixture items');
    await vscode.commands.executeCommand('pir.actions.copyAsIssue', row(shown, 'Alert on search p99 latency per cluster')!.node);
    assert.strictEqual(await vscode.env.clipboard.readText(), [
      '## Alert on search p99 latency per cluster',
      '',
      '- Review: Search latency spike after index rebuild (reviews/a.pir.yaml)',
      '- Due: 2099-06-30',
      '- Owner: search-team',
      '- Priority: P3',
      '',
    ].join('\n'));
  });

  it('opens the review at the item when it is clicked', async () => {
    const shown = await waitForRows((r) => r.length === 4, 'the fixture items');
    const command = row(shown, 'Alert on search p99 latency per cluster')!.item.command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.uri.toString(), A.toString());
    assert.strictEqual(editor.document.lineAt(editor.selection.active.line).text, '  - id: AI-2');
    assert.match(editor.document.getText(editor.selection), /^id: AI-2\n(.*\n)* {4}status: in-progress$/);
  });

  it('lists the reviews by status with severity, status and MTTR, and flags invalid ones', async () => {
    const reviews = api.sidebar.reviewList;
    const groups = await reviews.getChildren();
    const listed = new Map<string, { group: string; item: vscode.TreeItem }>();
    for (const group of groups) {
      for (const node of await reviews.getChildren(group)) {
        if (node.kind === 'review') listed.set(node.entry.uri, { group: String(reviews.getTreeItem(group).label), item: reviews.getTreeItem(node) });
      }
    }
    const a = listed.get(A.toString())!;
    assert.strictEqual(a.group, 'Final');
    assert.strictEqual(a.item.label, 'Search latency spike after index rebuild');
    // Final, with AI-1 open and due 2020-01-15: the reminder shows.
    assert.strictEqual(a.item.description, 'P2 · Final · MTTR 1h 15m · 1 overdue');
    assert.strictEqual((a.item.iconPath as vscode.ThemeIcon).id, 'bell-dot');
    assert.strictEqual(listed.get(B.toString())!.group, 'Draft');
    // problems.pir.yaml has severity P5, which the schema rejects.
    assert.strictEqual((listed.get(fixture('problems.pir.yaml').toString())!.item.iconPath as vscode.ThemeIcon).id, 'warning');
  });
});
