// The Timeline Editor's built bundle (dist/webview/timeline.js) in Chromium, under the panel's
// real CSP, against a fake host. Run `npm run build` first.
import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { StateMessage } from '../../src/core/protocol/panels';
import { launch, openPanel, SCREENSHOTS, shutdown, type PanelPage, type ThemeName } from './harness';

const XSS = '<img src=x onerror=alert(1)>';

function review(overrides: { timeline?: unknown[] } = {}): Record<string, unknown> {
  return {
    pir: 1,
    title: 'Checkout outage after the cache migration',
    severity: 'P1',
    status: 'draft',
    times: {
      started: '2026-03-14T09:00:00Z', detected: '2026-03-14T09:07:00Z', acknowledged: '2026-03-14T09:10:00Z',
      mitigated: '2026-03-14T09:52:00Z', resolved: '2026-03-14T10:18:00Z',
    },
    timeline: overrides.timeline ?? [
      { at: '2026-03-14T09:00:00Z', kind: 'trigger', text: 'Cache cluster migration starts', actor: 'deploy-bot' },
      { at: '2026-03-14T09:07:00Z', kind: 'detection', text: 'Checkout error-rate alert fires', actor: 'Alertmanager', source: 'https://alerts.example.com/a/991' },
      { at: '2026-03-14T09:10:00Z', kind: 'response', text: 'On-call acknowledges and opens #inc-checkout', actor: 'Dana (on-call)' },
      { at: '2026-03-14T09:48:00Z', kind: 'decision', text: 'Decide to roll the migration back', actor: 'Incident commander' },
      { at: '2026-03-14T09:52:00Z', kind: 'mitigation', text: 'Rollback complete; errors back to baseline', source: 'javascript:alert(1)' },
      { at: '2026-03-14T10:18:00Z', kind: 'resolution', text: XSS, actor: '<script>alert(2)</script>' },
    ],
  };
}

function state(version: number, value: Record<string, unknown> = review(), extra: Partial<StateMessage> = {}): StateMessage {
  return {
    type: 'state', version, review: value, document: { uri: 'file:///w/checkout.pir.yaml', name: 'checkout.pir.yaml' },
    findings: [{ rule: 'timeline-order', severity: 'warning', message: 'This event is earlier than the event before it.', path: ['timeline', 3, 'at'] }],
    ...extra,
  };
}

const ACTIVE_IS_ROW = "document.activeElement.classList.contains('row')";
const rowTexts = (p: PanelPage) => p.page.locator('li.event .text').allTextContents();

describe('Timeline Editor webview (Chromium)', function () {
  this.timeout(30_000);
  let panel: PanelPage;

  before(launch);
  after(shutdown);
  beforeEach(async () => {
    panel = await openPanel('timeline');
  });
  afterEach(async () => {
    await panel.close();
  });

  it('says ready, then renders events, lifecycle markers and findings under the CSP', async () => {
    assert.deepEqual(await panel.posted(), [{ type: 'ready' }]);
    await panel.send(state(3));
    await panel.page.locator('li.event').first().waitFor();
    assert.equal(await panel.page.locator('li.event').count(), 6);
    assert.equal((await rowTexts(panel))[1], 'Checkout error-rate alert fires');
    assert.deepEqual(await panel.page.locator('li.marker .marker-name').allTextContents(),
      ['Started', 'Detected', 'Acknowledged', 'Mitigated', 'Resolved']);
    assert.match(await panel.page.locator('li.marker.lifecycle-detected .span').innerText(), /time to detect 7m/);
    assert.match(await panel.page.locator('.gap.silence').innerText(), /Longest silence: 38m/);
    assert.match(await panel.page.locator('li.event').nth(3).locator('.finding').innerText(), /earlier than the event before it/);
    assert.match(await panel.page.locator('.metrics').innerText(), /MTTD 7m · MTTA 3m · MTTR 1h 18m/);
    // Lit components styled themselves (adoptedStyleSheets) and the codicon font loaded, all under the CSP.
    const styled = await panel.page.evaluate<{ sheets: number; codicon: boolean }>(`document.fonts.ready.then(() => ({
      sheets: document.querySelector('vscode-button').shadowRoot.adoptedStyleSheets.length,
      codicon: document.fonts.check('16px codicon'),
    }))`);
    assert.ok(styled.sheets > 0);
    assert.equal(styled.codicon, true);
    assert.deepEqual(await panel.violations(), []);
  });

  it('shows hostile document text as text: no markup, no dialog, no script link', async () => {
    await panel.send(state(3));
    await panel.page.locator('li.event').first().waitFor();
    assert.equal((await rowTexts(panel))[5], XSS);
    assert.equal(await panel.page.locator('li.event img, li.event script').count(), 0);
    assert.match(await panel.page.locator('li.event').nth(5).locator('.actor').innerText(), /<script>alert\(2\)<\/script>/);
    // http(s) sources are links; a javascript: source is plain text.
    assert.deepEqual(await panel.page.locator('.source a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
      ['https://alerts.example.com/a/991']);
    assert.match(await panel.page.locator('li.event').nth(4).locator('.source').innerText(), /javascript:alert\(1\)/);
    await panel.page.waitForTimeout(200);
    assert.deepEqual(panel.dialogs, []);
    assert.deepEqual(await panel.violations(), []);
  });

  it('opens sources through the host', async () => {
    await panel.send(state(3));
    await panel.page.locator('.source a').click();
    assert.deepEqual((await panel.posted()).at(-1), { type: 'openSource', url: 'https://alerts.example.com/a/991' });
  });

  it('edits a field from the keyboard and posts updateEvent against the current version', async () => {
    await panel.send(state(7));
    const row = panel.page.locator('li.event').nth(2);
    await row.focus();
    await panel.page.keyboard.press('Enter');
    const text = row.locator('vscode-textarea[data-field="text"] textarea');
    await text.waitFor();
    await text.fill('On-call acknowledges, opens #inc-checkout and pages the DB team');
    await panel.page.keyboard.press('Enter');
    assert.deepEqual((await panel.posted()).at(-1), {
      type: 'updateEvent', baseVersion: 7, index: 2, field: 'text', value: 'On-call acknowledges, opens #inc-checkout and pages the DB team',
    });
    // Until the document shows it, the row shows what was typed, and focus is back on the row.
    assert.equal((await rowTexts(panel))[2], 'On-call acknowledges, opens #inc-checkout and pages the DB team');
    assert.equal(await panel.page.evaluate(ACTIVE_IS_ROW), true);
  });

  it('never clobbers a field being typed when a new state arrives', async () => {
    await panel.send(state(7));
    // Rows are keyed by event identity, which survives the insertion above.
    const key = await panel.page.locator('li.event').nth(1).getAttribute('data-key');
    const row = panel.page.locator(`li[data-key="${key}"]`);
    await row.focus();
    await panel.page.keyboard.press('Enter');
    const input = row.locator('vscode-textarea[data-field="text"] textarea');
    await input.waitFor();
    await input.fill('');
    await panel.page.keyboard.type('Half typ');
    // Meanwhile the text editor inserts an event above and changes this very field.
    const changed = review();
    const events = changed.timeline as Record<string, unknown>[];
    events[1] = { ...events[1], text: 'Changed in the text editor' };
    events.unshift({ at: '2026-03-14T08:55:00Z', kind: 'note', text: 'Inserted above' });
    await panel.send(state(8, changed));
    await panel.page.keyboard.type('ed');
    assert.equal(await input.inputValue(), 'Half typed');
    assert.equal(await panel.page.evaluate('document.activeElement.tagName'), 'VSCODE-TEXTAREA');
    assert.match(await row.locator('.field-note').innerText(), /Changed in the text editor/);
    await panel.page.keyboard.press('Enter');
    assert.deepEqual((await panel.posted()).at(-1), { type: 'updateEvent', baseVersion: 8, index: 2, field: 'text', value: 'Half typed' });
  });

  it('resends a commit the host refused as stale, against the new version', async () => {
    await panel.send(state(7));
    const row = panel.page.locator('li.event').nth(0);
    await row.focus();
    await panel.page.keyboard.press('Enter');
    await row.locator('textarea').fill('Cache migration starts (batch 1)');
    await panel.page.keyboard.press('Enter');
    await panel.send({ type: 'refused', intent: 'updateEvent', baseVersion: 7, reason: 'stale', message: 'The document changed.' });
    await panel.send(state(9));
    assert.deepEqual((await panel.posted()).at(-1), { type: 'updateEvent', baseVersion: 9, index: 0, field: 'text', value: 'Cache migration starts (batch 1)' });
  });

  it('moves between rows with the arrow keys and deletes with Delete, offering Undo', async () => {
    await panel.send(state(4));
    await panel.page.locator('li.row').first().focus();
    await panel.page.keyboard.press('ArrowDown'); // Started marker
    await panel.page.keyboard.press('ArrowDown'); // event 1
    assert.match(await panel.page.evaluate<string>('document.activeElement.textContent'), /alert fires/);
    await panel.page.keyboard.press('Delete');
    assert.deepEqual((await panel.posted()).at(-1), { type: 'deleteEvent', baseVersion: 4, index: 1 });
    await panel.page.locator('.banner.notice vscode-button').click();
    const undo = (await panel.posted()).at(-1) as Record<string, unknown>;
    assert.equal(undo.type, 'addEvent');
    assert.equal(undo.index, 1);
    assert.equal((undo.event as Record<string, unknown>).text, 'Checkout error-rate alert fires');
  });

  it('moves an event with Alt+Arrow', async () => {
    await panel.send(state(4));
    await panel.page.locator('li.event').nth(2).focus();
    await panel.page.keyboard.press('Alt+ArrowUp');
    assert.deepEqual((await panel.posted()).at(-1), { type: 'moveEvent', baseVersion: 4, from: 2, to: 1 });
  });

  it('adds an event at a chosen time, in chronological position', async () => {
    await panel.send(state(5));
    await panel.page.locator('#add-event').click();
    // The form starts at the last event's time, in the review's offset (UTC here), not the viewer's (Berlin).
    assert.match(await panel.page.locator('#add-at input').inputValue(), /^2026-03-14T10:18(:00)?$/);
    await panel.page.locator('#add-at input').fill('2026-03-14T09:30');
    await panel.page.locator('#add-text input').fill('Status page updated');
    await panel.page.keyboard.press('Enter');
    assert.deepEqual((await panel.posted()).at(-1), {
      type: 'addEvent', baseVersion: 5, index: 3, event: { at: '2026-03-14T09:30:00Z', text: 'Status page updated' },
    });
  });

  it('shows times in the offset the review is written in, says so, and edits them in it', async () => {
    // Written in New York time (-04:00 in August), viewed in Berlin: the rows show the written clock.
    const timeline = [
      { at: '2026-08-19T10:03:00-04:00', kind: 'trigger', text: 'Primary volume stalls' },
      { at: '2026-08-19T10:04:00-04:00', kind: 'detection', text: 'Failover alert pages on-call' },
      { at: '2026-08-19T23:30:00-04:00', kind: 'note', text: 'Late-night rebuild' },
    ];
    const value = { ...review({ timeline }), times: { started: '2026-08-19T10:03:00-04:00' } };
    await panel.send(state(7, value, { findings: [] }));
    await panel.page.locator('li.event').first().waitFor();
    assert.equal(await panel.page.locator('.zone').innerText(), 'Times in UTC-04:00, as the review writes them. Hover a time for UTC.');
    const times = panel.page.locator('li.event time.time');
    assert.deepEqual(await times.allInnerTexts(), ['Wed 19 Aug 10:03', '10:04', '23:30']); // en-GB dates
    assert.equal(await times.first().getAttribute('title'), '2026-08-19 14:03:00 UTC');
    await panel.page.screenshot({ path: path.join(SCREENSHOTS, 'timeline-webview-offset.png'), fullPage: true });

    // Editing a time: the field shows the written clock, labelled with its offset, and writes it back in that offset.
    await panel.page.locator('li.event').nth(1).focus();
    await panel.page.keyboard.press('Enter');
    const at = panel.page.locator('li.event').nth(1).locator('[data-field="at"]');
    assert.match(await at.locator('input').inputValue(), /^2026-08-19T10:04(:00)?$/);
    assert.match(await at.getAttribute('label') ?? '', /UTC-04:00/);
    await at.locator('input').fill('2026-08-19T10:05');
    await at.locator('input').press('Enter');
    assert.deepEqual((await panel.posted()).at(-1), { type: 'updateEvent', baseVersion: 7, index: 1, field: 'at', value: '2026-08-19T10:05:00-04:00' });

    // Mixed offsets: each row names its own zone.
    await panel.send(state(8, { ...value, timeline: [timeline[0], { ...timeline[1], at: '2026-08-19T14:04:00Z' }] }, { findings: [] }));
    await panel.page.locator('.zone', { hasText: 'each in its own offset' }).waitFor();
    assert.deepEqual(await panel.page.locator('li.event time.time .zone-label').allInnerTexts(), ['UTC-04:00', 'UTC']);
  });

  it("offers the team's timeline kinds, with their descriptions, and shows a kind of the team's own", async () => {
    const timelineKinds = [
      { id: 'trigger' }, { id: 'page', description: 'Someone was paged' }, { id: 'status-update', description: 'The status page changed' },
      { id: 'detection' }, { id: 'mitigation' }, { id: 'resolution' },
    ];
    const timeline = [
      { at: '2026-03-14T09:00:00Z', kind: 'trigger', text: 'Cache cluster migration starts' },
      { at: '2026-03-14T09:07:00Z', kind: 'page', text: 'Primary on-call paged' },
    ];
    await panel.send(state(4, review({ timeline }), { findings: [], timelineKinds }));
    const row = panel.page.locator('li.event').nth(1);
    await row.waitFor();
    assert.equal(await row.locator('.kind').innerText(), 'page');
    assert.equal(await row.locator('.kind').getAttribute('title'), 'Someone was paged');
    await row.focus();
    await panel.page.keyboard.press('Enter');
    const select = row.locator('vscode-single-select[data-field="kind"]');
    assert.deepEqual(await select.locator('vscode-option').evaluateAll((options) => options.map((o) => [o.getAttribute('value'), o.getAttribute('description')])),
      [['', null], ['trigger', ''], ['page', 'Someone was paged'], ['status-update', 'The status page changed'],
        ['detection', ''], ['mitigation', ''], ['resolution', '']]);
    await select.click();
    await select.locator('li[role="option"]', { hasText: 'status-update' }).click();
    assert.deepEqual((await panel.posted()).at(-1), { type: 'updateEvent', baseVersion: 4, index: 1, field: 'kind', value: 'status-update' });
    await panel.page.keyboard.press('Escape');
    await panel.page.locator('#add-event').click();
    assert.deepEqual(await panel.page.locator('#add-kind vscode-option').evaluateAll((options) => options.map((o) => o.getAttribute('value'))),
      ['', 'trigger', 'page', 'status-update', 'detection', 'mitigation', 'resolution']);
    // The dropdown shows the description of the option under the pointer.
    await panel.page.locator('#add-kind').click();
    await panel.page.locator('#add-kind li[role="option"]', { hasText: 'page' }).hover();
    assert.equal(await panel.page.locator('#add-kind .description').innerText(), 'Someone was paged');
    await panel.page.screenshot({ path: path.join(SCREENSHOTS, 'timeline-webview-team-kinds.png'), fullPage: true });
  });

  it("shows each time in UTC and in the team's zone, edits a time written without an offset in that zone, and a day alone as a day", async () => {
    // Times written as a team in Los Angeles writes them (timeZone in .pirrc.yaml), one with an offset, and a day alone.
    const timeline = [
      { at: '2026-03-02', kind: 'trigger', text: 'The cache client upgrade ships' },
      { at: '2026-03-14 02:12', kind: 'detection', text: 'Checkout error-rate alert fires' },
      { at: '2026-03-14T09:30:00Z', kind: 'mitigation', text: 'Rollback complete' },
    ];
    const value = { ...review({ timeline }), times: { started: '2026-03-14 02:00', resolved: '2026-03-14T10:00:00Z' } };
    await panel.send(state(6, value, { findings: [], timeZone: 'America/Los_Angeles' }));
    await panel.page.locator('li.event').first().waitFor();
    assert.equal(await panel.page.locator('.zone').innerText(),
      "Times in UTC, as the review writes them, and in the team's zone, America/Los_Angeles. Hover a time for UTC.");
    const times = panel.page.locator('li.event time.time');
    // The day alone: no clock, no team time; it sorts first, at the start of its day.
    assert.equal(await times.nth(0).innerText(), 'Mon 2 Mar');
    assert.equal(await panel.page.locator('li.event').nth(0).locator('.finding').count(), 0, 'a day alone is no moment of the incident window');
    assert.match(await panel.page.locator('.metrics').innerText(), /MTTR 1h/);
    assert.match(await times.nth(0).getAttribute('title') ?? '', /only by its day/);
    // Daylight saving time began on 8 March: Los Angeles is at -07:00. The Started marker above shows the day.
    assert.equal(await times.nth(1).innerText(), '09:12 02:12 America/Los_Angeles');
    assert.equal(await times.nth(1).getAttribute('title'), '2026-03-14 09:12:00 UTC');
    assert.equal(await times.nth(2).innerText(), '09:30 02:30 America/Los_Angeles');
    assert.equal(await panel.page.locator('li.marker time.time').first().innerText(), 'Sat 14 Mar 09:00 02:00 America/Los_Angeles');
    assert.deepEqual(await panel.page.locator('li.marker .marker-name').allTextContents(), ['Started', 'Resolved']);
    await panel.page.screenshot({ path: path.join(SCREENSHOTS, 'timeline-webview-team-zone.png'), fullPage: true });

    // An offset-less time is edited as the team's wall time and written back without an offset.
    await panel.page.locator('li.event').nth(1).focus();
    await panel.page.keyboard.press('Enter');
    const at = panel.page.locator('li.event').nth(1).locator('[data-field="at"]');
    assert.match(await at.locator('input').inputValue(), /^2026-03-14T02:12(:00)?$/);
    assert.equal(await at.getAttribute('label'), 'Time (America/Los_Angeles)');
    await at.locator('input').fill('2026-03-14T02:15');
    await at.locator('input').press('Enter');
    assert.deepEqual((await panel.posted()).at(-1), { type: 'updateEvent', baseVersion: 6, index: 1, field: 'at', value: '2026-03-14T02:15:00' });

    // The day alone is edited as a day.
    await panel.page.locator('li.event').nth(0).focus();
    await panel.page.keyboard.press('Enter');
    const day = panel.page.locator('li.event').nth(0).locator('[data-field="at"]');
    assert.equal(await day.getAttribute('type'), 'date');
    assert.equal(await day.locator('input').inputValue(), '2026-03-02');
    await day.locator('input').fill('2026-03-03');
    await day.locator('input').press('Enter');
    assert.deepEqual((await panel.posted()).at(-1), { type: 'updateEvent', baseVersion: 6, index: 0, field: 'at', value: '2026-03-03' });
  });

  it('starts a new event at times.started when there are no events', async () => {
    await panel.send(state(9, { ...review({ timeline: [] }), times: { started: '2026-03-14T09:12:00+01:00' } }, { findings: [] }));
    await panel.page.locator('#add-event').click();
    assert.match(await panel.page.locator('#add-at input').inputValue(), /^2026-03-14T09:12(:00)?$/);
    assert.match(await panel.page.locator('#add-at').getAttribute('label') ?? '', /UTC\+01:00/);
  });

  it('marks a lifecycle time from an event', async () => {
    await panel.send(state(5));
    const row = panel.page.locator('li.event').nth(3);
    await row.focus();
    await panel.page.keyboard.press('Enter'); // the row's editing tools include "Mark as…"
    await row.locator('vscode-single-select.mark-as').click();
    await row.locator('vscode-single-select.mark-as li[role="option"]', { hasText: 'Mitigated' }).click();
    assert.deepEqual((await panel.posted()).at(-1), { type: 'setLifecycle', baseVersion: 5, key: 'mitigated', value: '2026-03-14T09:48:00Z' });
  });

  it('goes read-only with a banner while the YAML does not parse', async () => {
    await panel.send(state(5));
    await panel.send(state(6, review(), { parseError: 'Nested mappings are not allowed in compact mappings (line 12)' }));
    await panel.page.locator('#parse-error').waitFor();
    assert.match(await panel.page.locator('#parse-error').innerText(), /Nested mappings/);
    assert.equal(await panel.page.locator('li.event').count(), 6, 'the last good state stays visible');
    assert.equal(await panel.page.locator('#add-event').getAttribute('disabled'), '');
    const before = (await panel.posted()).length;
    await panel.page.locator('li.event').first().focus();
    await panel.page.keyboard.press('Enter');
    await panel.page.keyboard.press('Delete');
    assert.equal(await panel.page.locator('li.row.editing').count(), 0);
    assert.equal((await panel.posted()).length, before);
  });

  for (const theme of ['dark', 'light'] as ThemeName[]) {
    it(`looks right in the ${theme} theme (screenshot)`, async () => {
      const themed = await openPanel('timeline', theme);
      try {
        await themed.send(state(3));
        await themed.page.locator('li.event').first().waitFor();
        await themed.page.evaluate('document.fonts.ready.then(() => true)');
        mkdirSync(SCREENSHOTS, { recursive: true });
        await themed.page.screenshot({ path: path.join(SCREENSHOTS, `timeline-webview-${theme}.png`), fullPage: true });
        assert.deepEqual(await themed.violations(), []);
      } finally {
        await themed.close();
      }
    });
  }
});
