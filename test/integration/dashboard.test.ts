// The Reliability Dashboard in the real extension host: the command opens one webview panel, the
// host answers the panel's messages with the core's report, and opens only indexed reviews.
import * as assert from 'assert';
import * as vscode from 'vscode';
import * as pkg from '../../package.json';
import { reliabilityReport, type ReliabilityReport } from '../../src/core/reliability';
import type { PirApi } from '../../src/extension/extension';
import { closeAll, fixture, waitFor } from './helpers';

/** What the panel's webview would send, handled by the host exactly as from the webview. */
function send(message: unknown): Thenable<string> {
  return vscode.commands.executeCommand<string>('_pir.dashboard.message', message);
}

function lastReport(): Thenable<ReliabilityReport | undefined> {
  return vscode.commands.executeCommand<ReliabilityReport | undefined>('_pir.dashboard.lastReport');
}

function dashboardTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('pir.dashboard'));
}

/** Polls `read` until `done` accepts its value; the host posts reports asynchronously. */
async function eventually<T>(read: () => Thenable<T>, done: (value: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('Reliability Dashboard (extension host)', () => {
  let api: PirApi;

  before(async () => {
    api = (await vscode.extensions.getExtension(`${pkg.publisher}.${pkg.name}`)!.activate()) as PirApi;
    await api.sidebar.reviews.ready;
  });
  after(async () => {
    await vscode.workspace.getConfiguration('pir').update('repeatWindowDays', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAll();
  });

  it('is a palette command with a button on the Reviews view', async () => {
    assert.ok((await vscode.commands.getCommands(true)).includes('pir.showDashboard'));
    const command = pkg.contributes.commands.find((c) => c.command === 'pir.showDashboard');
    assert.deepEqual([command?.title, command?.category], ['Show Reliability Dashboard', 'PIR']);
    const button = pkg.contributes.menus['view/title'].find((m) => m.command === 'pir.showDashboard');
    assert.strictEqual(button?.when, 'view == pirReviews');
  });

  it('opens one webview panel, however often it is run', async () => {
    await vscode.commands.executeCommand('pir.showDashboard');
    await waitFor(vscode.window.tabGroups.onDidChangeTabs, dashboardTabs, (tabs) => tabs.length === 1, 'the dashboard tab');
    await vscode.commands.executeCommand('pir.showDashboard');
    assert.strictEqual(dashboardTabs().length, 1);
    assert.strictEqual(dashboardTabs()[0].label, 'Reliability Dashboard');
  });

  it('answers the panel with the core report of the workspace index, the numbers of pir metrics', async () => {
    assert.strictEqual(await send({ type: 'ready' }), 'handled');
    const report = (await lastReport())!;
    assert.ok(report.reviewCount >= 2, `reviews in the fixture workspace: ${report.reviewCount}`);
    const expected = reliabilityReport(api.sidebar.reviews.index.entries(), { now: new Date(report.now), repeatWindowDays: 90 });
    assert.deepStrictEqual(JSON.parse(JSON.stringify(report)), JSON.parse(JSON.stringify(expected)));
  });

  it('recomputes for the filters the panel sends', async () => {
    const filters = { services: ['search'], severities: ['P2'], categories: [], since: '2026-01-01' };
    assert.strictEqual(await send({ type: 'filter', filters }), 'handled');
    const report = (await lastReport())!;
    assert.deepStrictEqual(report.filters, { ...filters, repeatWindowDays: 90 });
    const uris = report.months.flatMap((m) => m.reviews.map((r) => r.uri));
    assert.deepStrictEqual(uris, [fixture('reviews/a.pir.yaml').toString()]);
    await send({ type: 'filter', filters: { services: [], severities: [], categories: [] } });
  });

  it('takes the repeat window from the pir.repeatWindowDays setting', async () => {
    await vscode.workspace.getConfiguration('pir').update('repeatWindowDays', 30, vscode.ConfigurationTarget.Workspace);
    await eventually(lastReport, (report) => report?.filters.repeatWindowDays === 30, 'a report with a 30-day window');
  });

  it('opens an indexed review, and nothing else', async () => {
    const a = fixture('reviews/a.pir.yaml');
    assert.strictEqual(await send({ type: 'openReview', uri: a.toString() }), 'handled');
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), a.toString());

    await closeAll();
    for (const uri of [fixture('README.md').toString(), 'file:///etc/passwd', 'command:workbench.action.quit']) {
      assert.strictEqual(await send({ type: 'openReview', uri }), 'ignored', uri);
    }
    assert.strictEqual(vscode.window.activeTextEditor, undefined);
  });

  it('ignores malformed messages', async () => {
    for (const message of [undefined, 'ready', { type: 'filter', filters: { services: 'all' } }, { type: 'openReview' }, { type: 'eval', code: '1' }]) {
      assert.strictEqual(await send(message), 'ignored', JSON.stringify(message));
    }
  });
});
