// Writing a review by hand, as a new user types it: key by key, with Enter between lines and
// no Escape to dismiss suggestions. Enter after a complete value must start a new line at the
// right indentation, never accept a suggestion; the result must be valid YAML for the schema.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { lint } from '../../src/core/lint';
import { useWorkbench } from './workbench';

const TYPED = 'typed-e2e.pir.yaml';
const TYPED_TEXT = `pir: 1
id: PIR-2026-031
title: Checkout outage after config rollout
severity: P2
status: draft
summary: Checkout failed for 78 minutes.
timeline:
  - at: 2026-03-14T09:12:00Z
    kind: trigger
    text: Config change rolled out
`;

/** Findings that mean the text is not a well-formed review: bad YAML or a schema violation. */
function structuralFindings(text: string): string[] {
  return lint(text).findings.filter((f) => f.rule === 'yaml-syntax' || f.rule === 'schema').map((f) => `${f.rule}: ${f.message}`);
}

describe('authoring by hand (e2e)', () => {
  const workbench = useWorkbench({ files: { [TYPED]: TYPED_TEXT } });

  it('types a timeline event key by key with Enter and gets valid YAML', async () => {
    const wb = workbench();
    const { page } = wb;
    await wb.openFile(TYPED);
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End'); // the empty last line
    // Each line is typed as a user would, pressing Enter right after the value: the
    // suggestion list may still be open then.
    const lines = ['  - at: 2026-03-14T09:19:00Z', 'kind: detection', 'text: Error-rate alert fired for checkout-api', 'actor: alertmanager'];
    for (const [i, line] of lines.entries()) {
      await page.keyboard.type(line, { delay: 40 });
      if (i < lines.length - 1) await page.keyboard.press('Enter');
    }
    await wb.screenshot('typing-1-event');
    await page.keyboard.press('Control+S');
    const file = path.join(wb.folder, TYPED);
    const expected = `${TYPED_TEXT}  - at: 2026-03-14T09:19:00Z
    kind: detection
    text: Error-rate alert fired for checkout-api
    actor: alertmanager`;
    const deadline = Date.now() + 10_000;
    while (readFileSync(file, 'utf8') !== expected && Date.now() < deadline) await page.waitForTimeout(200);
    const saved = readFileSync(file, 'utf8');
    assert.strictEqual(saved, expected);
    assert.deepStrictEqual(structuralFindings(saved), []);
    await page.waitForTimeout(500); // the debounced lint of the last keystroke
    assert.strictEqual(await page.locator('.monaco-editor .squiggly-error').count(), 0);
  });
});
