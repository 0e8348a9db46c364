import * as assert from 'assert';
import { existsSync } from 'fs';
import { useWorkbench } from './workbench';

describe('workbench smoke', () => {
  const workbench = useWorkbench();

  it('opens the fixture workspace as extension development host', async () => {
    const wb = workbench();
    await wb.page.locator('.explorer-folders-view .monaco-list-row[aria-label^="README.md"]').waitFor();
    assert.match(await wb.page.title(), /Extension Development Host/);
  });

  it('runs a command from the palette', async () => {
    const wb = workbench();
    await wb.runCommand('Developer: Show Running Extensions');
    await wb.page.locator('.runtime-extensions-editor .monaco-list-row').first().waitFor();
    assert.ok(existsSync(await wb.screenshot('smoke-running-extensions')));
  });

  it('opens a file via quick open and reads the Problems panel', async () => {
    const wb = workbench();
    await wb.openFile('README.md');
    assert.deepStrictEqual(await wb.problems(), []);
  });

  it('switches to the light theme', async () => {
    const wb = workbench();
    await wb.setTheme('light');
    await wb.screenshot('smoke-light');
  });
});
