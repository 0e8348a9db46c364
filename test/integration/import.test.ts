import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { readFileSync } from 'fs';
import type { ImportOfferMessage } from '../../src/core/protocol/panels';
import { closeAll, openUntitled } from './helpers';

// The committed fixtures of the core's import tests (the extension under test is this repository).
const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/import/own');
const REVIEW = readFileSync(path.join(FIXTURES, 'review.pir.yaml'), 'utf8');

function importEvents(uri: vscode.Uri, paths: string[]): Thenable<ImportOfferMessage | undefined> {
  return vscode.commands.executeCommand<ImportOfferMessage | undefined>('pir.importEvents', uri, { paths, slackUrl: 'https://acme.slack.com' });
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
});
