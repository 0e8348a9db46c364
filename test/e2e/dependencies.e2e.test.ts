// Action items that depend on items of another review, in a multi-root workspace: the sidebar
// marks an item blocked by an open item of the other folder, and a reference to an item that
// does not exist shows in the Problems panel, from the workspace index rather than one file.
import * as assert from 'assert';
import { useWorkbench } from './workbench';

const CHECKOUT = `pir: 1
id: PIR-ALPHA-1
title: Checkout errors in alpha
severity: P3
status: draft
actionItems:
  - id: AI-1
    title: Roll the canary stage out to every region
    owner: alpha-team
    due: 2099-01-31
    dependsOn: [PIR-BETA-1#AI-1]
  - id: AI-2
    title: Retire the old rollout script
    owner: alpha-team
    due: 2099-01-31
    dependsOn: [search.pir.yaml#AI-9]
`;

const SEARCH = `pir: 1
id: PIR-BETA-1
title: Search latency in beta
severity: P3
status: draft
actionItems:
  - id: AI-1
    title: Add a canary stage to the shared rollout tool
    owner: beta-team
    due: 2099-01-31
    status: in-progress
`;

describe('dependencies across reviews in a multi-root workspace (e2e)', () => {
  const workbench = useWorkbench({
    files: {
      'alpha/checkout.pir.yaml': CHECKOUT,
      'beta/search.pir.yaml': SEARCH,
      'multi.code-workspace': JSON.stringify({ folders: [{ path: 'alpha' }, { path: 'beta' }] }),
    },
    workspaceFile: 'multi.code-workspace',
  });

  it('marks the item blocked by an open item of the other folder', async () => {
    const wb = workbench();
    const { page } = wb;
    await page.locator('.activitybar .action-item a[aria-label^="Post-Incident Reviews"]').click();
    const actionItems = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Action Items' }) });
    // An item's row is named "<title>, <owner · due · priority>"; the line under it shows the same facts.
    const rowOf = (title: string) => actionItems.locator(`.monaco-list-row[aria-label^="${title}, "]`);
    await actionItems.locator('.monaco-list-row[aria-label^="Roll the canary stage out to every region, blocked · alpha-team"]').waitFor();
    // Its dependency of the other folder is open but blocked by nothing; the item with a broken reference is not blocked.
    assert.doesNotMatch(await rowOf('Add a canary stage to the shared rollout tool').getAttribute('aria-label') ?? '', /blocked/);
    assert.doesNotMatch(await rowOf('Retire the old rollout script').getAttribute('aria-label') ?? '', /blocked/);
    await wb.screenshot('dependencies-blocked-sidebar');
  });

  it('reports a reference to an item the other review does not have, without opening that review', async () => {
    const wb = workbench();
    await wb.openFile('checkout.pir.yaml');
    const rows = await wb.waitForProblems((list) => list.some((row) => row.includes('has no action item with the id `AI-9`')));
    assert.ok(!rows.some((row) => row.includes('PIR-BETA-1#AI-1')), JSON.stringify(rows));
    await wb.screenshot('dependencies-problems');
  });
});
