// One clock across the product: a review written in CET (+01:00), read by someone in New York,
// shows 09:12 where it says 09:12 (the editor, the Timeline Editor, the Preview and the
// Markdown export), and each view says which zone that is.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import type { FrameLocator } from 'playwright-core';
import { useWorkbench } from './workbench';

const FILE = 'cet-outage.pir.yaml';

const REVIEW = `pir: 1
title: Checkout outage, times written in CET
severity: P2
status: draft
times:
  started: 2026-03-14T09:12:00+01:00
  detected: 2026-03-14T09:17:00+01:00
  resolved: 2026-03-14T10:30:00+01:00
timeline:
  - at: 2026-03-14T09:12:00+01:00
    kind: trigger
    text: Flag payload published
  - at: 2026-03-14T09:17:00+01:00
    kind: detection
    text: Burn-rate alert fires
`;

describe('one clock: a review written in +01:00 (e2e)', () => {
  // The reader is in New York (UTC-05:00 on that day): their own zone must not leak into any view.
  const workbench = useWorkbench({ files: { [FILE]: REVIEW }, timezoneId: 'America/New_York' });
  const panel = (): FrameLocator => workbench().page.frameLocator('iframe.webview.ready:visible').frameLocator('iframe#active-frame');

  it('shows 09:12 in the editor and the Timeline Editor, which says the zone', async () => {
    const wb = workbench();
    await wb.openFile(FILE);
    await wb.waitForEditorText('- at: 2026-03-14T09:12:00+01:00');
    await wb.runCommand('PIR: Open Timeline Editor');
    await panel().locator('li.event').first().waitFor({ timeout: 30_000 });
    assert.strictEqual(await panel().locator('.zone').innerText(), 'Times in UTC+01:00, as the review writes them. Hover a time for UTC.');
    const first = panel().locator('li.event', { hasText: 'Flag payload published' }).locator('time.time');
    assert.match(await first.innerText(), /^Sat,? (14 Mar|Mar 14)\s+09:12$/);
    assert.strictEqual(await first.getAttribute('title'), '2026-03-14 08:12:00 UTC');
    await wb.screenshot('clock-timeline');

    // Add event starts at the last event's time, in the review's offset.
    await panel().locator('#add-event').click();
    assert.match(await panel().locator('#add-at input').inputValue(), /^2026-03-14T09:17(:00)?$/);
    assert.match(await panel().locator('#add-at').getAttribute('label') ?? '', /UTC\+01:00/);
    await panel().locator('#add-text input').fill('Rollback started');
    await panel().locator('#add-text input').press('Enter');
    await wb.waitForEditorText(/- at: 2026-03-14T09:17:00\+01:00\s+text: Rollback started/);
  });

  it('shows 09:12 UTC+01:00 in the Preview', async () => {
    const wb = workbench();
    await wb.page.locator('.editor-group-container .monaco-editor .view-lines').first().click();
    await wb.runCommand('PIR: Open Review Preview');
    await panel().locator('h1', { hasText: 'Checkout outage, times written in CET' }).waitFor({ timeout: 30_000 });
    const article = await panel().locator('article').innerText();
    assert.match(article, /Started:?\s*2026-03-14 09:12 UTC\+01:00/);
    assert.match(article, /Time \(UTC\+01:00\)/i); // the heading is upper-cased by CSS
    assert.match(await panel().locator('table.pir-timeline tbody tr').first().innerText(), /^2026-03-14 09:12\b/);
    assert.doesNotMatch(article, /08:12|03:12/, 'neither UTC nor the reader\'s zone');
    await wb.screenshot('clock-preview');
  });

  it('writes 09:12 UTC+01:00 in the Markdown export', async () => {
    const wb = workbench();
    await wb.page.locator(`.tabs-container .tab[aria-label="${FILE}"]`).click();
    await wb.runCommand('PIR: Export Review…');
    await wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Markdown' }).click();
    await wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'next to the review' }).click();
    const file = join(wb.folder, 'cet-outage.md');
    const deadline = Date.now() + 10_000;
    let text = '';
    while (Date.now() < deadline) {
      try {
        text = readFileSync(file, 'utf8');
        break;
      } catch {
        await wb.page.waitForTimeout(100);
      }
    }
    assert.match(text, /\*\*Started:\*\* 2026-03-14 09:12 UTC\+01:00/);
    assert.match(text, /\| Time \(UTC\+01:00\) \|/);
    assert.match(text, /\| 2026-03-14 09:12 \| Trigger \|/);
  });
});
