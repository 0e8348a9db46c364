// Writing a review by hand, as a new user types it: key by key, with Enter between lines and
// no Escape to dismiss suggestions. Enter after a complete value must start a new line at the
// right indentation, never accept a suggestion; the result must be valid YAML for the schema.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { lint } from '../../src/core/lint';
import { localDay, newReviewText, reviewFileName } from '../../src/core/template';
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

  it('fills in a new review from the template by hand: uncomment the examples in place, type values', async () => {
    const wb = workbench();
    const { page } = wb;
    const title = 'Search results empty after index alias switch';
    await wb.runCommand('PIR: New Post-Incident Review');
    await page.locator('.quick-input-widget .quick-input-box input').fill(title);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'P2' }).first().click();
    const name = reviewFileName(new Date(), title);
    await page.locator(`.tabs-container .tab.active[aria-label^="${name}"]`).waitFor();
    // Pinned: a preview tab has an italic label and is replaced by the next file opened.
    assert.strictEqual(await page.locator('.tabs-container .tab.active .monaco-icon-label.italic').count(), 0);

    // The cursor is in the summary: the command places it a moment after the tab opens, so type once it has moved off line 1.
    await page.locator('.statusbar-item[id="status.editor.selection"]').filter({ hasText: /Ln (?!1,)\d+/ }).waitFor();
    await page.keyboard.type('Searches returned no results for 12 minutes.', { delay: 10 });
    // Line numbers of the template's placeholders (they do not depend on the title or the id).
    const lines = newReviewText({ title, severity: 'P2' }).split('\n');
    const lineOf = (prefix: string, after = 0) => lines.findIndex((line, i) => i >= after && line.startsWith(prefix)) + 1;
    const goTo = async (line: number) => {
      await page.keyboard.press('Control+G');
      await page.keyboard.type(String(line));
      await page.keyboard.press('Enter');
    };
    /** Replaces the placeholder comment on `line` (from its first non-blank character) with `text`. */
    const replaceLine = async (line: number, text: string) => {
      await goTo(line);
      await page.keyboard.press('Home');
      await page.keyboard.press('Shift+End');
      await page.keyboard.type(text, { delay: 10 });
      await page.keyboard.press('Escape');
    };
    /** Uncomments `count` lines from `line` with Ctrl+/, as a user selects an example and toggles it. */
    const uncomment = async (line: number, count: number) => {
      await goTo(line);
      for (let i = 1; i < count; i++) await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('Shift+End'); // a selection ending at column 0 leaves that line out
      await page.keyboard.press('Control+/');
      await page.keyboard.press('Escape');
    };
    const day = localDay(new Date());
    await replaceLine(lineOf('  # started:'), `started: ${day}T09:12:00Z`);
    await replaceLine(lineOf('  # detected:'), `detected: ${day}T09:19:00Z`);
    const timeline = lineOf('  # - at:', lineOf('timeline:'));
    await uncomment(timeline, 5); // at, kind, text, actor, source
    const action = lineOf('  # - id: AI-1');
    await uncomment(action, 8);
    await replaceLine(lineOf('  #   due: YYYY-MM-DD'), 'due: 2099-01-15');
    await wb.screenshot('template-by-hand');
    await page.keyboard.press('Control+S');

    const file = path.join(wb.folder, 'docs/incidents', name);
    const deadline = Date.now() + 10_000;
    while (!readFileSync(file, 'utf8').includes('due: 2099-01-15') && Date.now() < deadline) await page.waitForTimeout(200);
    const saved = readFileSync(file, 'utf8');
    assert.deepStrictEqual(structuralFindings(saved), []);
    const review = parse(saved) as Record<string, unknown>;
    assert.strictEqual(review.summary, 'Searches returned no results for 12 minutes.\n');
    assert.deepStrictEqual(review.times, { started: `${day}T09:12:00Z`, detected: `${day}T09:19:00Z` });
    assert.deepStrictEqual(Object.keys((review.timeline as Record<string, unknown>[])[0]), ['at', 'kind', 'text', 'actor', 'source']);
    assert.deepStrictEqual((review.actionItems as Record<string, unknown>[]).map((item) => [item.id, item.owner, item.due, item.status, item.tracker]),
      [['AI-1', 'platform-team', '2099-01-15', 'open', 'https://tracker.example.com/PLAT-123']]);
  });
});
