// The Root-Cause panel in the real workbench: opened from the editor title button and from the
// command palette, a why and a fishbone cause added in the panel landing in the YAML, the last
// answer used as the root cause (with the modal question before replacing one), and the
// fishbone of a real example review in the dark and light themes.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import type { FrameLocator } from 'playwright-core';
import { useWorkbench } from './workbench';

const ROOT = path.resolve(__dirname, '../../..');
const EXAMPLE = '2026-03-14-config-rollout-outage.pir.yaml';
const FILE = 'checkout-outage.pir.yaml';

const REVIEW = `pir: 1
title: Checkout outage after the flag change
severity: P1
status: draft
summary: Checkout returned HTTP 500 for 46 minutes.
analysis:
  fiveWhys:
    problem: Most checkout attempts ended in an HTTP 500.
    whys:
      - checkout-api threw while ranking payment methods.
  fishbone:
    effect: Checkout returned HTTP 500
    causes:
      - category: tools
        text: The flag UI validates JSON syntax only.
`;

describe('Root-Cause panel in the workbench', () => {
  // Added to the workbench's own copy of the fixture workspace before it opens.
  const workbench = useWorkbench({ files: { [FILE]: REVIEW, [EXAMPLE]: readFileSync(path.join(ROOT, 'examples', EXAMPLE), 'utf8') } });

  /** The panel's document inside the webview's two iframes (the one visible panel). */
  const panel = (): FrameLocator => workbench().page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');

  it('opens from the editor title button and draws the example\'s fishbone (dark)', async () => {
    const wb = workbench();
    await wb.openFile(EXAMPLE);
    await wb.page.locator('.editor-actions .action-label[aria-label^="Open Root Cause Analysis"]').click();
    await panel().locator('li.why').first().waitFor({ timeout: 30_000 });
    assert.strictEqual(await panel().locator('li.why').count(), 5);
    await panel().locator('vscode-tab-header[data-tab="fishbone"]').click();
    await panel().locator('svg.fishbone g.cause').first().waitFor();
    assert.strictEqual(await panel().locator('svg.fishbone g.cause').count(), 8);
    await wb.screenshot('rootcause-e2e-fishbone-dark');
    // Beside the editor the diagram scrolls sideways; maximized it shows whole.
    await wb.runCommand('View: Toggle Maximize Editor Group');
    await wb.screenshot('rootcause-e2e-fishbone-dark-maximized');
  });

  it('reads well in the light theme', async () => {
    const wb = workbench();
    await wb.setTheme('light');
    await panel().locator('svg.fishbone g.cause').first().waitFor();
    await wb.screenshot('rootcause-e2e-fishbone-light-maximized');
    await wb.runCommand('View: Toggle Maximize Editor Group');
    await panel().locator('vscode-tab-header[data-tab="whys"]').click();
    await wb.screenshot('rootcause-e2e-whys-light');
    await wb.runCommand('View: Close All Editors');
  });

  it('adds a why in the panel, opened from the command palette, and the YAML changes', async () => {
    const wb = workbench();
    await wb.openFile(FILE);
    await wb.runCommand('PIR: Open Root Cause Analysis');
    await panel().locator('li.why').first().waitFor({ timeout: 30_000 });
    await panel().locator('#add-why').click();
    await panel().locator('#new-why textarea').fill('The payload held a JSON string where an object was expected.');
    await panel().locator('#new-why textarea').press('Enter');
    await workbench().waitForEditorText('The payload held a JSON string');
    assert.match(await workbench().editorText(), / {6}- checkout-api threw while ranking payment methods\.\n {6}- The payload held a JSON string where an object was expected\.\n {2}fishbone:/);
    await panel().locator('li.why').nth(1).waitFor();
  });

  it('adds a fishbone cause in the panel and the YAML changes', async () => {
    await panel().locator('vscode-tab-header[data-tab="fishbone"]').click();
    await panel().locator('svg.fishbone g.bone[data-category="process"] .bone-line').click();
    await panel().locator('#cause-text textarea').fill('Flag changes skip the canary stage.');
    await panel().locator('#cause-text textarea').press('Enter');
    await workbench().waitForEditorText('Flag changes skip the canary stage.');
    assert.match(await workbench().editorText(), / {6}- category: process\n {8}text: Flag changes skip the canary stage\.\n/);
    await panel().locator('svg.fishbone g.cause', { hasText: 'Flag changes skip the canary' }).waitFor();
    await workbench().screenshot('rootcause-e2e-after-edits-light');
  });

  it('uses the last answer as the root cause, and asks in a modal before replacing one', async () => {
    const wb = workbench();
    const { page } = wb;
    await panel().locator('vscode-tab-header[data-tab="whys"]').click();
    // No root cause yet: the last answer is copied without a question.
    await panel().locator('#use-as-root-cause').click();
    await workbench().waitForEditorText('rootCause: The payload held a JSON string where an object was expected.');
    assert.match(await workbench().editorText(), /^rootCause: The payload held a JSON string where an object was expected\.$/m);

    await panel().locator('#add-why').click();
    await panel().locator('#new-why textarea').fill('The flag service accepted any JSON value for an object flag.');
    await panel().locator('#new-why textarea').press('Enter');
    await workbench().waitForEditorText('- The flag service accepted any JSON value');
    await panel().locator('li.why').nth(2).waitFor();

    const dialog = page.locator('.monaco-dialog-box', { hasText: 'Replace the root cause with the last answer of the 5 Whys?' });
    await panel().locator('#use-as-root-cause').click();
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /Now: The payload held a JSON string[\s\S]*New: The flag service accepted any JSON value/);
    await wb.screenshot('rootcause-e2e-replace-question');
    await dialog.locator('.monaco-button', { hasText: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.match(await workbench().editorText(), /^rootCause: The payload held a JSON string/m, 'Cancel leaves the root cause alone');

    await panel().locator('#use-as-root-cause').click();
    await dialog.locator('.monaco-button', { hasText: 'Replace' }).click();
    await workbench().waitForEditorText('rootCause: The flag service accepted any JSON value for an object flag.');
    assert.match(await workbench().editorText(), /^rootCause: The flag service accepted any JSON value for an object flag\.$/m);
  });
});
