import * as assert from 'assert';
import Mocha from 'mocha';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { buildGitRepository } from '../../src/core/import/testing';
import { MAX_IMPORTED_EVENTS, type ImportOfferMessage } from '../../src/core/protocol/panels';
import { closeAll, openUntitled } from './helpers';

// The committed fixtures of the core's import tests (the extension under test is this repository).
const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/import/own');
const REVIEW = readFileSync(path.join(FIXTURES, 'review.pir.yaml'), 'utf8');

function importEvents(uri: vscode.Uri, paths: string[]): Thenable<ImportOfferMessage | undefined> {
  return vscode.commands.executeCommand<ImportOfferMessage | undefined>('pir.importEvents', uri, { paths, slackUrl: 'https://acme.slack.com' });
}

/**
 * Runs `work`, measuring the extension host's longest stall meanwhile with a 10 ms ticker, and
 * checks it is a small part of the whole: a host-side read would block for all of it. Not a
 * timing threshold; the figures are printed.
 */
async function offHost<T>(what: string, work: () => Thenable<T>): Promise<T> {
  let longest = 0;
  let last = Date.now();
  const ticker = setInterval(() => {
    const now = Date.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  const start = Date.now();
  let result: T;
  try {
    result = await work();
  } finally {
    clearInterval(ticker);
  }
  const elapsed = Date.now() - start;
  Mocha.reporters.Base.consoleLog(`      ${what}: read in ${elapsed} ms; the extension host's longest stall meanwhile ${longest} ms`);
  assert.ok(longest < elapsed / 2, `the host stalled ${longest} ms of ${elapsed} ms`);
  return result;
}

describe('Import Timeline Events (extension host)', () => {
  afterEach(closeAll);

  it('reads a Slack export and a PagerDuty log in the worker; the chosen events go in as one edit that one Undo removes', async () => {
    const { document } = await openUntitled(REVIEW);
    const offer = await importEvents(document.uri, [path.join(FIXTURES, 'slack-export'), path.join(FIXTURES, 'pagerduty-log-entries.json')]);
    assert.ok(offer, 'the import offered events');
    assert.deepEqual(offer.formats.map((f) => f.from).sort(), ['pagerduty', 'slack']);
    assert.ok(offer.candidates.some((c) => c.source?.startsWith('https://acme.slack.com/archives/')), 'Slack messages link to the workspace');
    const fresh = offer.candidates.filter((c) => !c.duplicateOf);
    assert.ok(fresh.length >= 3 && fresh.length < offer.candidates.length, 'some events are new, some already in the timeline');

    // What the Timeline Editor sends after the user unticked the first new event.
    const events = fresh.slice(1).map(({ at, kind, text, actor, source }) => ({ at, text, ...(kind && { kind }), ...(actor && { actor }), ...(source && { source }) }));
    const times = offer.lifecycle.filter((s) => s.action === 'fill').map(({ key, value }) => ({ key, value }));
    const outcome = await vscode.commands.executeCommand('_pir.timeline.message', document.uri, { type: 'importEvents', baseVersion: document.version, events, times });
    assert.strictEqual(outcome, 'applied');
    const text = document.getText();
    for (const event of events) assert.ok(text.includes(`at: ${event.at}`), `${event.at} is in the timeline`);
    assert.ok(!text.includes(fresh[0].text.slice(0, 30)) || REVIEW.includes(fresh[0].text.slice(0, 30)), 'the unticked event stayed out');
    // Comments and untouched lines survive byte for byte.
    assert.ok(text.includes('  # Typed from memory before the import.\n'));
    assert.ok(text.includes('    text: Error rate starts to climb   # first customer reports later\n'));

    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), REVIEW, 'one Undo removes every imported event');
  });

  it('refuses a file it cannot read, naming it, and changes nothing', async () => {
    const { document } = await openUntitled(REVIEW);
    const offer = await importEvents(document.uri, [path.join(FIXTURES, 'bad-truncated.json')]);
    assert.strictEqual(offer, undefined);
    assert.strictEqual(document.getText(), REVIEW);
  });

  it('reads a 100,000-entry PagerDuty log off the extension host (measured: the host\'s longest stall)', async function () {
    this.timeout(120_000);
    const folder = mkdtempSync(path.join(os.tmpdir(), 'pir-import-'));
    const file = path.join(folder, 'log-entries.json');
    const types = ['trigger_log_entry', 'acknowledge_log_entry', 'annotate_log_entry', 'escalate_log_entry', 'resolve_log_entry'];
    const entries = Array.from({ length: 100_000 }, (_, i) => ({
      id: `R${i}`,
      type: types[i % types.length],
      summary: `Entry ${i} of a long incident`,
      created_at: new Date(Date.parse('2026-03-14T06:00:00Z') + i * 100).toISOString().replace('.000Z', '+00:00').replace(/\.\d+Z$/, '+00:00'),
      incident: { id: 'Q1', type: 'incident_reference', html_url: 'https://acme.pagerduty.com/incidents/Q1' },
      agent: { id: 'P1', type: 'user_reference', summary: 'Dev Patel' },
      ...(i % types.length === 2 && { channel: { type: 'note', summary: `note ${i}` } }),
    }));
    writeFileSync(file, JSON.stringify({ log_entries: entries }));
    const { document } = await openUntitled(REVIEW);
    try {
      const offer = await offHost('100,000 PagerDuty log entries', () => importEvents(document.uri, [file]));
      assert.ok(offer, 'the import offered events');
      // The window (2 h before the start to 1 h after the resolution) holds most of the 2.8 hours of entries.
      assert.ok(offer.totalCandidates > 50_000, `${offer.totalCandidates} entries in the window`);
      assert.strictEqual(offer.candidates.length, MAX_IMPORTED_EVENTS, 'the panel is offered the earliest ones, not all');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("reads a 50,000-commit git history of the review's folder off the extension host: git runs in the worker", async function () {
    this.timeout(120_000);
    const folder = mkdtempSync(path.join(os.tmpdir(), 'pir-import-git-'));
    try {
      buildGitRepository(folder, 50_000, Date.parse('2026-03-14T06:00:00Z') / 1000);
      const file = path.join(folder, 'review.pir.yaml');
      writeFileSync(file, 'pir: 1\ntitle: Checkout errors\ntimes:\n  started: 2026-03-14T06:50:00Z\n  resolved: 2026-03-14T08:40:00Z\ntimeline: []\n');
      const document = await vscode.workspace.openTextDocument(file);
      const offer = await offHost('50,000 commits', () =>
        vscode.commands.executeCommand<ImportOfferMessage | undefined>('pir.importEvents', document.uri, { git: true }));
      assert.ok(offer, 'the import offered events');
      assert.strictEqual(offer.totalCandidates, 50_000, 'every commit (06:00Z to 09:00Z) is in the window');
      assert.deepEqual(offer.formats, [{ file: `${folder} (git history)`, from: 'git' }]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
