// A multi-root workspace: the sidebar lists the action items of every root folder, and each
// folder's own `.pirrc.yaml` applies to the reviews in it, also in the Reviews view and the
// dashboard, which list every folder's severities.
import * as assert from 'assert';
import { useWorkbench } from './workbench';

/** A short draft review with one action item that has no owner. */
const review = (title: string, item: string, severity = 'P3') => `pir: 1
title: ${title}
severity: ${severity}
status: draft
actionItems:
  - title: ${item}
    due: 2099-01-31
`;

describe('multi-root workspace (e2e)', () => {
  const workbench = useWorkbench({
    files: {
      'alpha/checkout.pir.yaml': review('Checkout errors in alpha', 'Page the payments on-call for 5xx bursts'),
      'beta/search.pir.yaml': review('Search latency in beta', 'Rebuild the search index off-peak', 'SEV2'),
      // Beta's team tracks owners elsewhere, and rates incidents on its own scale.
      'beta/.pirrc.yaml': 'rules:\n  action-owner: off\nseverities: [SEV1, SEV2]\n',
      'multi.code-workspace': JSON.stringify({ folders: [{ path: 'alpha' }, { path: 'beta' }] }),
    },
    workspaceFile: 'multi.code-workspace',
  });

  it('lists the action items of both folders in the sidebar', async () => {
    const wb = workbench();
    const { page } = wb;
    await page.locator('.activitybar .action-item a[aria-label^="Post-Incident Reviews"]').click();
    const actionItems = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Action Items' }) });
    await actionItems.locator('.monaco-list-row', { hasText: 'Page the payments on-call for 5xx bursts' }).waitFor();
    await actionItems.locator('.monaco-list-row', { hasText: 'Rebuild the search index off-peak' }).waitFor();
    await wb.screenshot('multi-root-sidebar');
  });

  it('applies each folder\'s .pirrc.yaml to its own reviews', async () => {
    const wb = workbench();
    await wb.openFile('search.pir.yaml');
    // Beta's review is checked (its missing sections show) but its owner rule is off.
    const beta = await wb.waitForProblems((rows) => rows.some((row) => row.includes('Section `timeline` is missing')));
    assert.ok(!beta.some((row) => row.includes('Action item has no owner')), JSON.stringify(beta));

    await wb.openFile('checkout.pir.yaml');
    const both = await wb.waitForProblems((rows) => rows.some((row) => row.includes('Action item has no owner')));
    assert.equal(both.filter((row) => row.includes('Action item has no owner')).length, 1, JSON.stringify(both));
    await wb.screenshot('multi-root-problems');
  });

  it("groups the Reviews view and the dashboard by each folder's severities", async () => {
    const wb = workbench();
    const { page } = wb;
    const reviews = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^Reviews/ }) });
    // The first test opened the container; a click on its icon would close it again.
    if (!(await reviews.isVisible())) await page.locator('.activitybar .action-item a[aria-label^="Post-Incident Reviews"]').click({ force: true });
    await reviews.locator('.monaco-list-row').first().waitFor();
    await reviews.locator('.pane-header').hover();
    await reviews.locator('.pane-header .action-label[aria-label="Group By…"]').click();
    await page.locator('.quick-input-widget .monaco-list-row', { has: page.locator('.label-name', { hasText: /^Severity$/ }) }).click();
    const groupRows = reviews.locator('.monaco-list-row[aria-level="1"]');
    await groupRows.filter({ hasText: 'SEV2' }).waitFor();
    // Alpha's P3 review on alpha's scale, beta's SEV2 review on beta's: neither is "No severity".
    assert.deepEqual(await groupRows.evaluateAll((rows) => rows.map((e) => e.querySelector('.label-name')?.textContent ?? '')), ['P3', 'SEV2']);
    await wb.screenshot('multi-root-reviews-by-severity');

    await wb.runCommand('PIR: Show Reliability Dashboard');
    const panel = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await panel.locator('#filter-severities').waitFor({ timeout: 30_000 });
    await panel.locator('#filter-severities vscode-option[value="SEV2"]').waitFor({ state: 'attached' });
    const severities = await panel.locator('#filter-severities vscode-option').evaluateAll((options) => options.map((o) => o.getAttribute('value')));
    assert.deepEqual(severities, ['P1', 'P2', 'P3', 'P4', 'SEV1', 'SEV2']);
  });
});
