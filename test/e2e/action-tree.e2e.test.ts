// The "Post-Incident Reviews" sidebar as a user sees it: open the container from the activity
// bar, find the workspace's action items, click one and land on it in its review.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Locator } from 'playwright-core';
import { useWorkbench } from './workbench';

/** The row of an action item, by its title (its accessible name is the title, then owner · due · priority). */
function itemRow(list: Locator, title: string): Locator {
  return list.locator(`.monaco-list-row[aria-label^="${title}, "]`);
}

describe('action items sidebar (e2e)', () => {
  const workbench = useWorkbench();

  it('lists the action items and opens the review at the one clicked', async () => {
    const wb = workbench();
    const { page } = wb;
    const container = page.locator('.activitybar .action-item', { has: page.locator('a[aria-label^="Post-Incident Reviews"]') });
    await container.click();
    const actionItems = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Action Items' }) });
    const row = itemRow(actionItems, 'Alert on search p99 latency per cluster');
    await row.waitFor();
    // At the sidebar's default width, owner · due · priority is a second line under the title, shown whole.
    const facts = actionItems.locator('.monaco-list-row[aria-label^="search-team · due 2099-06-30 · P3"]');
    await facts.waitFor();
    const factsLabel = facts.locator('.label-name');
    assert.ok(await factsLabel.evaluate((e) => e.scrollWidth <= e.clientWidth + 1), 'the second line is not cut off');
    assert.ok((await facts.boundingBox())!.y > (await row.boundingBox())!.y, 'it is below the title');
    // The overdue item of reviews/a.pir.yaml says so, and the view's badge counts it.
    await actionItems.locator('.monaco-list-row', { hasText: 'overdue 2020-01-15' }).waitFor();
    await container.locator('.badge-content', { hasText: /^1$/ }).waitFor();
    await wb.screenshot('action-tree-1-sidebar');

    // The hover can miss a pointer that arrives while the tree is still settling: move away and back until it shows.
    const overdueRow = itemRow(actionItems, 'Throttle index rebuilds during business hours');
    const tooltip = page.locator('.monaco-hover', { hasText: 'Review: Search latency spike after index rebuild' });
    for (let attempt = 1; ; attempt++) {
      await overdueRow.hover();
      try {
        await tooltip.waitFor({ timeout: 5_000 });
        break;
      } catch (error) {
        if (attempt === 5) throw error;
        await page.mouse.move(900, 600);
      }
    }
    assert.match(await tooltip.innerText(), /Due: 2020-01-15 \(overdue\)/);
    await wb.screenshot('action-tree-2-tooltip');
    await page.keyboard.press('Escape');

    await row.click();
    await page.locator('.tabs-container .tab.active[aria-label^="a.pir.yaml"]').waitFor();
    // Line 42 of the fixture is `  - id: AI-2`: the cursor is on the item's first line.
    await page.locator('.statusbar-item', { hasText: /^\s*Ln 42, Col \d+/ }).waitFor().catch(async () => {
      const at = await page.locator('.statusbar-item', { hasText: /Ln \d+, Col \d+/ }).first().textContent();
      assert.fail(`the cursor is at "${at}", not on line 42`);
    });
    await page.locator('.monaco-editor .view-line', { hasText: 'title: Alert on search p99 latency per cluster' }).waitFor();
    assert.ok(await page.locator('.monaco-editor .selected-text').count() > 0, 'the item is selected');
    await wb.screenshot('action-tree-3-opened');
  });

  it('sets an item\'s owner, priority and due date from its context menu, and the file changes', async () => {
    const wb = workbench();
    const { page } = wb;
    const actionItems = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Action Items' }) });
    const row = itemRow(actionItems, 'Throttle index rebuilds during business hours');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    // AI-1 in reviews/a.pir.yaml, as its lines read before the edits.
    const item = (owner: string, priority: string, due: string) =>
      new RegExp(`title: Throttle index rebuilds during business hours\\n    type: preventive\\n    owner: ${owner}\\n    priority: ${priority}\\n    due: ${due}\\n`);

    // A name nobody owns yet is offered first, so typing it and pressing Enter takes it.
    await wb.contextMenu(row, 'Set Owner…');
    await page.locator('.quick-input-widget', { hasText: 'Owner of "Throttle index rebuilds during business hours"' }).waitFor();
    await input.fill('Dana Reyes');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'new owner' }).waitFor();
    await wb.screenshot('action-tree-4-set-owner');
    await page.keyboard.press('Enter');
    await wb.waitForFile('reviews/a.pir.yaml', item('Dana Reyes', 'P2', '2020-01-15'));
    await actionItems.locator('.monaco-list-row', { hasText: 'Dana Reyes' }).waitFor();

    await wb.contextMenu(row, 'Set Priority…');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'current' }).filter({ hasText: 'P2' }).waitFor();
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: /^P1/ }).click();
    await wb.waitForFile('reviews/a.pir.yaml', item('Dana Reyes', 'P1', '2020-01-15'));

    // A date that is not one is refused in the box; a good one clears the overdue badge.
    await wb.contextMenu(row, 'Set Due Date…');
    await input.fill('2026-13-45');
    await page.locator('.quick-input-widget .quick-input-message', { hasText: 'A date as YYYY-MM-DD' }).waitFor();
    await page.keyboard.press('Enter');
    await input.fill('2099-02-28');
    await page.keyboard.press('Enter');
    await wb.waitForFile('reviews/a.pir.yaml', item('Dana Reyes', 'P1', '2099-02-28'));
    const container = page.locator('.activitybar .action-item', { has: page.locator('a[aria-label^="Post-Incident Reviews"]') });
    await container.locator('.badge-content', { hasText: /^1$/ }).waitFor({ state: 'hidden' });
    await wb.screenshot('action-tree-5-edited');
  });

  it('marks an item done with its completion date, says so in the status bar, and Undo reverts it', async () => {
    const wb = workbench();
    const { page } = wb;
    const actionItems = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Action Items' }) });
    const row = itemRow(actionItems, 'Throttle index rebuilds during business hours');
    const before = readFileSync(join(wb.folder, 'reviews/a.pir.yaml'), 'utf8');
    assert.match(before, /due: 2099-02-28\n {4}status: open\n {2}- id: AI-2/);

    await wb.contextMenu(row, 'Mark Done');
    await wb.waitForFile('reviews/a.pir.yaml', /due: 2099-02-28\n {4}status: done\n {4}completed: \d{4}-\d\d-\d\d\n {2}- id: AI-2/);
    const message = page.locator('.statusbar-item', { hasText: '"Throttle index rebuilds during business hours" marked done' });
    await message.waitFor();
    assert.match(await message.innerText(), /Undo/);
    await row.waitFor({ state: 'hidden' }); // done items are hidden by default
    await wb.screenshot('action-tree-6-marked-done');

    await message.locator('a, .statusbar-item-label').first().click();
    await wb.waitForFile('reviews/a.pir.yaml', /due: 2099-02-28\n {4}status: open\n {2}- id: AI-2/);
    assert.strictEqual(readFileSync(join(wb.folder, 'reviews/a.pir.yaml'), 'utf8'), before, 'Undo restores the file byte for byte');
    await message.waitFor({ state: 'hidden' });
    await row.waitFor();
  });

  it('sets any status with Set Status…', async () => {
    const wb = workbench();
    const { page } = wb;
    const actionItems = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Action Items' }) });
    const row = itemRow(actionItems, 'Throttle index rebuilds during business hours');
    const choose = async (status: string) => {
      await wb.contextMenu(row, 'Set Status…');
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'current' }).waitFor();
      await page.locator('.quick-input-widget .monaco-list-row', { has: page.locator('.label-name', { hasText: new RegExp(`^${status}$`) }) }).click();
    };
    await choose('In progress');
    await wb.waitForFile('reviews/a.pir.yaml', /due: 2099-02-28\n {4}status: in-progress\n {2}- id: AI-2/);
    await page.locator('.statusbar-item', { hasText: 'set to in progress' }).waitFor();
    await wb.screenshot('action-tree-7-set-status');
    await choose('Done');
    await wb.waitForFile('reviews/a.pir.yaml', /status: done\n {4}completed: \d{4}-\d\d-\d\d\n {2}- id: AI-2/);
    await row.waitFor({ state: 'hidden' }); // done items are hidden by default; Undo brings it back
    await page.locator('.statusbar-item', { hasText: 'marked done' }).locator('a, .statusbar-item-label').first().click();
    await wb.waitForFile('reviews/a.pir.yaml', /due: 2099-02-28\n {4}status: in-progress\n {2}- id: AI-2/);
    await choose('Won\'t do');
    await wb.waitForFile('reviews/a.pir.yaml', /due: 2099-02-28\n {4}status: wont-do\n {2}- id: AI-2/);
  });
});
