// The Timeline Editor in the real workbench: opened from the editor title button, edits flowing
// panel -> YAML and YAML -> panel, how it looks in the dark and light themes, and how it and the
// Review Preview come back after a window reload.
import * as assert from 'assert';
import type { FrameLocator } from 'playwright-core';
import { useWorkbench } from './workbench';

const FILE = 'checkout-outage.pir.yaml';

const REVIEW = `pir: 1
title: Checkout outage after the cache migration
severity: P1
status: draft
times:
  started: 2026-03-14T09:00:00Z
  detected: 2026-03-14T09:07:00Z
  acknowledged: 2026-03-14T09:10:00Z
  mitigated: 2026-03-14T09:52:00Z
  resolved: 2026-03-14T10:18:00Z
timeline:
  - at: 2026-03-14T09:00:00Z
    kind: trigger
    text: Cache cluster migration starts
    actor: deploy-bot
  - at: 2026-03-14T09:07:00Z
    kind: detection
    text: Checkout error-rate alert fires
    actor: Alertmanager
    source: https://alerts.example.com/a/991
  - at: 2026-03-14T09:10:00Z
    kind: response
    text: On-call acknowledges and opens the incident channel
    actor: Dana (on-call)
  - at: 2026-03-14T09:48:00Z
    kind: decision
    text: Decide to roll the migration back
  - at: 2026-03-14T09:52:00Z
    kind: mitigation
    text: Rollback complete; errors back to baseline
  - at: 2026-03-14T10:18:00Z
    kind: resolution
    text: Cache cluster healthy on the old version
`;

describe('Timeline Editor in the workbench', () => {
  const workbench = useWorkbench({ files: { [FILE]: REVIEW } });

  /** The shown panel's document inside the webview's two iframes. */
  const panel = (): FrameLocator => workbench().page.frameLocator('iframe.webview.ready:visible').frameLocator('iframe#active-frame');

  it('opens from the editor title button', async () => {
    const wb = workbench();
    await wb.openFile(FILE);
    await wb.page.locator('.editor-actions .action-label[aria-label^="Open Timeline Editor"]').click();
    await panel().locator('li.event').first().waitFor({ timeout: 30_000 });
    assert.strictEqual(await panel().locator('li.event').count(), 6);
    assert.match(await panel().locator('.metrics').innerText(), /MTTD 7m · MTTA 3m · MTTR 1h 18m/);
    await wb.screenshot('timeline-e2e-dark');
  });

  it('adds an event in the panel and the YAML changes', async () => {
    await panel().locator('#add-event').click();
    await panel().locator('#add-text input').fill('Status page updated');
    await panel().locator('#add-text input').press('Enter');
    await workbench().waitForEditorText(/- at: \d{4}-\d\d-\d\dT\d\d:\d\d:00Z\s+text: Status page updated/);
    await panel().locator('li.event .text', { hasText: 'Status page updated' }).waitFor();
  });

  it('follows typing in the YAML', async () => {
    const page = workbench().page;
    await page.locator('.editor-group-container .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+F');
    await page.keyboard.type('Decide to roll');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.keyboard.type('Agree to roll');
    await panel().locator('li.event .text', { hasText: 'Agree to roll the migration back' }).waitFor({ timeout: 10_000 });
  });

  it('reads well in the light theme', async () => {
    const wb = workbench();
    await wb.setTheme('light');
    await panel().locator('li.event').first().waitFor();
    await wb.screenshot('timeline-e2e-light');
  });

  it('comes back after a window reload, with the Review Preview beside it', async () => {
    const wb = workbench();
    const { page } = wb;
    await page.locator('.editor-group-container .monaco-editor .view-lines').first().click();
    await wb.runCommand('PIR: Open Review Preview');
    await panel().locator('h1', { hasText: 'Checkout outage after the cache migration' }).waitFor({ timeout: 30_000 });

    await wb.runCommand('Developer: Reload Window');
    await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 60_000 });
    // The preview was the panel in front: it is restored with its review's report.
    await panel().locator('h1', { hasText: 'Checkout outage after the cache migration' }).waitFor({ timeout: 60_000 });
    await page.locator('.tabs-container .tab', { hasText: 'Timeline' }).click();
    await panel().locator('li.event .text', { hasText: 'Status page updated' }).waitFor({ timeout: 30_000 });
    assert.strictEqual(await panel().locator('li.event').count(), 7);
    await wb.screenshot('timeline-e2e-after-reload');
  });
});
