// Importing timeline events in the real workbench: the Timeline Editor's Import button, the quick
// pick and VS Code's own file dialog, the choice in the panel, the one edit in the editor and its
// Undo. The evidence is the committed fixtures of the core's import tests, copied into the workspace.
import * as assert from 'assert';
import { readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';
import type { FrameLocator } from 'playwright-core';
import { useWorkbench } from './workbench';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/import/own');
const REVIEW = 'review.pir.yaml';

/** The fixture files under `dir` (relative to FIXTURES), as workspace files under evidence/. */
function evidence(dir: string): Record<string, string> {
  const full = path.join(FIXTURES, dir);
  if (!statSync(full).isDirectory()) return { [`evidence/${dir}`]: readFileSync(full, 'utf8') };
  return Object.assign({}, ...readdirSync(full).map((name) => evidence(path.join(dir, name))));
}

describe('Import Timeline Events in the workbench', () => {
  const workbench = useWorkbench({
    files: { [REVIEW]: readFileSync(path.join(FIXTURES, REVIEW), 'utf8'), ...evidence('slack-export'), ...evidence('pagerduty-log-entries.json') },
  });
  const panel = (): FrameLocator => workbench().page.frameLocator('iframe.webview.ready:visible').frameLocator('iframe#active-frame');

  /** Clicks Import… in the panel, picks the files entry and types `relative` into VS Code's file dialog. */
  async function importFrom(relative: string): Promise<void> {
    const { page, folder } = workbench();
    await panel().locator('#import-events').click();
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Exported files or folders' }).click();
    const input = page.locator('.quick-input-widget .quick-input-box input');
    const wanted = path.join(folder, relative);
    // The dialog writes its starting folder into the box a moment after it opens: type once that is there, and again if it came after.
    for (let attempt = 0; (await input.inputValue()) !== wanted; attempt++) {
      if (attempt === 20) assert.fail(`the file dialog kept "${await input.inputValue()}"`);
      await page.waitForTimeout(attempt === 0 ? 500 : 250);
      await input.fill(wanted);
      await page.waitForTimeout(250);
    }
    await page.keyboard.press('Enter');
  }

  /** Saves the review's editor and waits until the file on disk satisfies `done`. */
  async function saved(done: (text: string) => boolean, what: string): Promise<string> {
    const { page, folder } = workbench();
    await page.locator('.editor-group-container .monaco-editor').first().click();
    await page.keyboard.press('Control+S');
    const deadline = Date.now() + 15_000;
    for (;;) {
      const text = readFileSync(path.join(folder, REVIEW), 'utf8');
      if (done(text)) return text;
      if (Date.now() > deadline) throw new Error(`${what}; the file holds:\n${text}`);
      await page.waitForTimeout(200);
    }
  }

  it('imports a Slack export and a PagerDuty log from the Timeline Editor; one Undo removes each import', async () => {
    const wb = workbench();
    const { page, folder } = wb;
    const original = readFileSync(path.join(folder, REVIEW), 'utf8');
    await wb.openFile(REVIEW);
    await page.locator('.editor-actions .action-label[aria-label^="Open Timeline Editor"]').click();
    await panel().locator('li.event').first().waitFor({ timeout: 30_000 });

    await importFrom('evidence/slack-export');
    // The export does not hold the workspace's address: the import asks for it.
    await page.locator('.quick-input-widget', { hasText: 'Slack workspace address' }).waitFor({ timeout: 30_000 });
    await page.locator('.quick-input-widget .quick-input-box input').fill('https://acme.slack.com');
    await page.keyboard.press('Enter');
    await panel().locator('li.candidate').first().waitFor({ timeout: 30_000 });
    await wb.screenshot('import-e2e-slack');
    assert.ok(await panel().locator('li.candidate.key-moment').count() > 0, 'pinned or reacted-to messages are marked');
    await panel().locator('#import-add').click();
    const withSlack = await saved((text) => text.includes('https://acme.slack.com/archives/'), 'the Slack events did not arrive');

    await importFrom('evidence/pagerduty-log-entries.json');
    await panel().locator('li.candidate').first().waitFor({ timeout: 30_000 });
    const unticked = panel().locator('li.candidate:not(.duplicate)').first();
    const untickedText = (await unticked.locator('.text').innerText()).trim();
    await unticked.locator('vscode-checkbox').click();
    await wb.screenshot('import-e2e-pagerduty');
    await panel().locator('#import-add').click();
    const withBoth = await saved((text) => text.includes('Reassigned to Database team'), 'the PagerDuty events did not arrive');
    assert.ok(!withBoth.includes(`text: ${untickedText}`), `the unticked event "${untickedText}" stayed out`);
    assert.ok(withBoth.includes('  # Typed from memory before the import.\n'), 'comments survive');
    await wb.screenshot('import-e2e-added');

    // Undo in the editor: first the PagerDuty import, then the Slack one, each as a whole.
    await page.keyboard.press('Control+Z');
    await saved((text) => text === withSlack, 'Undo did not remove the PagerDuty import as a whole');
    await page.keyboard.press('Control+Z');
    await saved((text) => text === original, 'Undo did not remove the Slack import as a whole');
  });
});
