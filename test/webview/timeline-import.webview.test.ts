// The import's choice in the Timeline Editor (dist/webview/timeline.js) in Chromium, under the
// panel's real CSP: the offer is what the core reads from the committed fixtures (a Slack export
// and a PagerDuty log), so the panel is tested on the shapes the host really sends.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { planImport } from '../../src/core/import';
import type { ImportEventsIntent, ImportOfferMessage, StateMessage } from '../../src/core/protocol/panels';
import { ParsedReview } from '../../src/core/parse';
import { launch, openPanel, SCREENSHOTS, shutdown, type PanelPage } from './harness';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/import/own');
const REVIEW_TEXT = readFileSync(path.join(FIXTURES, 'review.pir.yaml'), 'utf8');

function state(version: number): StateMessage {
  return { type: 'state', version, review: new ParsedReview(REVIEW_TEXT).value, findings: [], document: { uri: 'file:///w/review.pir.yaml', name: 'review.pir.yaml' } };
}

async function offer(): Promise<ImportOfferMessage> {
  const result = await planImport(REVIEW_TEXT, [{ path: path.join(FIXTURES, 'slack-export') }, { path: path.join(FIXTURES, 'pagerduty-log-entries.json') }]);
  return { type: 'importOffer', candidates: result.candidates, totalCandidates: result.candidates.length, lifecycle: result.lifecycle, counts: result.counts, formats: result.formats };
}

describe('Timeline Editor: choosing imported events (Chromium)', function () {
  this.timeout(30_000);
  let panel: PanelPage;
  let offered: ImportOfferMessage;

  before(async () => {
    await launch();
    offered = await offer();
  });
  after(shutdown);
  beforeEach(async () => {
    panel = await openPanel('timeline');
    await panel.send(state(7));
    await panel.page.locator('li.event').first().waitFor();
  });
  afterEach(async () => {
    await panel.close();
  });

  it('asks the host for an import from its Import button', async () => {
    await panel.page.locator('#import-events').click();
    assert.deepEqual((await panel.posted()).at(-1), { type: 'importRequest' });
  });

  it('lists every candidate, greys duplicates, and sends the ticked ones as one intent', async () => {
    assert.ok(offered.candidates.length >= 5, 'the fixtures offer several events');
    assert.ok(offered.candidates.some((c) => c.duplicateOf), 'the fixtures hold an event the timeline already has');
    await panel.send(offered);
    const rows = panel.page.locator('li.candidate');
    await rows.first().waitFor();
    assert.equal(await rows.count(), offered.candidates.length);
    assert.equal(await panel.page.locator('li.candidate.duplicate').count(), offered.candidates.filter((c) => c.duplicateOf).length);
    assert.equal(await panel.page.locator('li.candidate.duplicate vscode-checkbox[disabled]').count(), await panel.page.locator('li.candidate.duplicate').count());

    // Filter to PagerDuty, untick its first entry, clear the filter, add.
    await panel.page.locator('#import-filter-from').click();
    await panel.page.locator('#import-filter-from li[role="option"]', { hasText: 'pagerduty' }).click();
    const pagerRows = panel.page.locator('li.candidate');
    assert.equal(await pagerRows.count(), offered.candidates.filter((c) => c.from === 'pagerduty').length);
    const unticked = offered.candidates.find((c) => c.from === 'pagerduty' && !c.duplicateOf)!;
    await panel.page.locator(`li.candidate[data-origin="${unticked.origin}"] vscode-checkbox`).click();
    await panel.page.screenshot({ path: path.join(SCREENSHOTS, 'timeline-import-webview.png'), fullPage: true });
    await panel.page.locator('#import-add').click();

    const intent = (await panel.posted()).at(-1) as ImportEventsIntent;
    assert.equal(intent.type, 'importEvents');
    assert.equal(intent.baseVersion, 7);
    const chosen = offered.candidates.filter((c) => !c.duplicateOf && c !== unticked && (c.from !== 'slack' || c.keyMoment));
    assert.deepEqual(intent.events.map((e) => e.at), chosen.map((c) => c.at));
    assert.ok(!intent.events.some((e) => e.text === unticked.text && e.at === unticked.at), 'the unticked event is not sent');
    assert.deepEqual(intent.times, offered.lifecycle.filter((s) => s.action === 'fill').map(({ key, value }) => ({ key, value })));
    // The choice closes; the panel says how to undo.
    assert.equal(await panel.page.locator('section.import').count(), 0);
    assert.match(await panel.page.locator('.banner.notice').innerText(), /Undo them all/);
    assert.deepEqual(await panel.violations(), []);
  });

  it('filters by text, and None / All act on what the filter shows', async () => {
    await panel.send(offered);
    await panel.page.locator('li.candidate').first().waitFor();
    await panel.page.locator('#import-none').click();
    assert.match(await panel.page.locator('#import-add').innerText(), /Add 0 events/);
    const word = offered.candidates.find((c) => !c.duplicateOf)!.text.split(/\s+/).find((w) => w.length > 4)!;
    await panel.page.locator('#import-filter-text input').fill(word);
    const shown = offered.candidates.filter((c) => `${c.text} ${c.actor ?? ''}`.toLowerCase().includes(word.toLowerCase()));
    assert.equal(await panel.page.locator('li.candidate').count(), shown.length);
    await panel.page.locator('#import-all').click();
    assert.match(await panel.page.locator('#import-add').innerText(), new RegExp(`Add ${shown.filter((c) => !c.duplicateOf).length} event`));
    await panel.page.locator('#import-cancel').click();
    assert.equal(await panel.page.locator('section.import').count(), 0);
  });
});
