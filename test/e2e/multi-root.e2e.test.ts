// A multi-root workspace: the sidebar lists the action items of every root folder, and each
// folder's own `.pirrc.yaml` applies to the reviews in it.
import * as assert from 'assert';
import { useWorkbench } from './workbench';

/** A short draft review with one action item that has no owner. */
const review = (title: string, item: string) => `pir: 1
title: ${title}
severity: P3
status: draft
actionItems:
  - title: ${item}
    due: 2099-01-31
`;

describe('multi-root workspace (e2e)', () => {
  const workbench = useWorkbench({
    files: {
      'alpha/checkout.pir.yaml': review('Checkout errors in alpha', 'Page the payments on-call for 5xx bursts'),
      'beta/search.pir.yaml': review('Search latency in beta', 'Rebuild the search index off-peak'),
      // Beta's team tracks owners elsewhere.
      'beta/.pirrc.yaml': 'rules:\n  action-owner: off\n',
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
});
