// The Reliability Dashboard in the real workbench: opened from the palette on the fixture
// workspace plus the examples, drawn in the dark and light themes (screenshots to look at), a
// month's reviews listed on a click and one of them opened.
import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import type { FrameLocator } from 'playwright-core';
import { useWorkbench } from './workbench';

const EXAMPLES = path.resolve(__dirname, '../../../examples');

/** The examples, and two later incidents that repeat two of them (same service, a shared tag). */
function workspaceFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(EXAMPLES).filter((n) => n.endsWith('.pir.yaml'))) files[`examples/${name}`] = readFileSync(path.join(EXAMPLES, name), 'utf8');
  files['docs/incidents/2026-04-09-flag-payload-again.pir.yaml'] = `pir: 1
title: Checkout errors after another flag payload change
severity: P2
status: in-review
category: deployment
services: [checkout-api]
tags: [feature-flags]
times:
  started: 2026-04-09T14:00:00Z
  detected: 2026-04-09T14:06:00Z
  acknowledged: 2026-04-09T14:09:00Z
  resolved: 2026-04-09T14:50:00Z
actionItems:
  - title: Block flag payloads that fail the consumer's schema
    owner: platform-config-team
    due: 2026-05-01
`;
  files['docs/incidents/2026-06-21-payments-cert.pir.yaml'] = `pir: 1
title: Payments partner certificate expired
severity: P3
status: draft
category: degradation
services: [payments-api]
tags: [certificates]
times:
  started: 2026-06-21T06:00:00Z
  detected: 2026-06-21T06:45:00Z
  acknowledged: 2026-06-21T06:50:00Z
  resolved: 2026-06-21T08:10:00Z
`;
  return files;
}

describe('Reliability Dashboard in the workbench', () => {
  const workbench = useWorkbench({ files: workspaceFiles() });

  /** The panel's document inside the webview's two iframes. */
  const panel = (): FrameLocator => workbench().page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');

  it('opens from the palette and charts the workspace (dark theme)', async () => {
    const wb = workbench();
    // Room for the dashboard: no side bar.
    await wb.runCommand('View: Close Primary Side Bar');
    await wb.runCommand('PIR: Show Reliability Dashboard');
    await panel().locator('.summary', { hasText: /^\d+ reviews · / }).waitFor({ timeout: 30_000 });
    // The fixture workspace's dated reviews, the examples and the two repeats.
    assert.match(await panel().locator('.summary').innerText(), /Mar 2026 – Oct 2026/);
    for (const name of ['incidents', 'response', 'actions']) await panel().locator(`#chart-${name}`).waitFor();
    const repeats = await panel().locator('.repeats tbody tr').allInnerTexts();
    assert.strictEqual(repeats.length, 2, repeats.join('\n---\n'));
    assert.match(repeats.join('\n'), /checkout-api[\s\S]*#feature-flags[\s\S]*Checkout errors after another flag payload change/);
    assert.match(repeats.join('\n'), /payments-api[\s\S]*#certificates/);
    await wb.page.waitForTimeout(600); // the charts' entry animation
    await wb.screenshot('dashboard-e2e-dark');
  });

  it('reads well in the light theme', async () => {
    const wb = workbench();
    await wb.setTheme('light');
    await panel().locator('#chart-incidents').waitFor();
    await wb.page.waitForTimeout(600); // the redraw in the new colours
    await wb.screenshot('dashboard-e2e-light');
  });

  it('lists a month\'s reviews on a click and opens one', async () => {
    const wb = workbench();
    const canvas = panel().locator('#chart-incidents');
    await canvas.focus();
    // Home is the first month (March 2026): the config rollout outage.
    await canvas.press('Home');
    await canvas.press('Enter');
    const link = panel().locator('.selection .review-link', { hasText: 'Checkout returned HTTP 500 after a feature-flag payload rollout' });
    await link.waitFor();
    await wb.screenshot('dashboard-e2e-selection');
    await link.click();
    await wb.page.locator('.tabs-container .tab.active[aria-label^="2026-03-14-config-rollout-outage.pir.yaml"]').waitFor({ timeout: 15_000 });
  });
});
