// The Root-Cause panel's built bundle (dist/webview/rootcause.js) in Chromium, under the panel's
// real CSP, against a fake host. Run `npm run build` first.
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ParsedReview } from '../../src/core/parse';
import type { StateMessage } from '../../src/core/protocol/panels';
import { launch, openPanel, SCREENSHOTS, shutdown, type PanelPage, type ThemeName } from './harness';

const XSS_IMG = '<img src=x onerror=alert(1)>';
const XSS_SVG = '<svg onload=alert(1)>';
const ROOT = path.resolve(__dirname, '../../..');

function review(): Record<string, unknown> {
  return {
    pir: 1,
    title: 'Checkout outage after the flag change',
    severity: 'P1',
    status: 'draft',
    summary: 'Checkout failed.',
    analysis: {
      fiveWhys: {
        problem: 'Most checkout attempts ended in an HTTP 500 for 46 minutes.',
        whys: ['checkout-api threw while ranking payment methods.', XSS_IMG],
      },
      fishbone: {
        effect: `Checkout down ${XSS_SVG}`,
        causes: [
          { category: 'tools', text: 'The flag UI validates JSON syntax only.' },
          { category: 'process', text: 'Flag changes skip the canary stage.' },
          { category: 'people', text: XSS_SVG },
          { category: 'tools', text: XSS_IMG },
        ],
      },
    },
    contributingFactors: [{ text: 'Flag changes skip the canary stage.', category: 'process' }],
  };
}

function state(version: number, value: Record<string, unknown> = review(), extra: Partial<StateMessage> = {}): StateMessage {
  return {
    type: 'state', version, review: value, document: { uri: 'file:///w/checkout.pir.yaml', name: 'checkout.pir.yaml' },
    findings: [{ rule: 'blame-language', severity: 'warning', message: 'Describe what the system allowed, not who failed.', path: ['analysis', 'fiveWhys', 'whys', 0] }],
    ...extra,
  };
}

/** The example review, as the host would send it. */
function exampleState(file: string): StateMessage {
  const text = readFileSync(path.join(ROOT, 'examples', file), 'utf8');
  return { type: 'state', version: 1, review: new ParsedReview(text).value, findings: [], document: { uri: `file:///w/${file}`, name: file } };
}

const whyTexts = (p: PanelPage) => p.page.locator('li.why:not(.new) vscode-textarea.why-text').evaluateAll(
  (areas) => areas.map((a) => (a as unknown as { value: string }).value));
const fishboneTab = (p: PanelPage) => p.page.locator('vscode-tab-header[data-tab="fishbone"]').click();

describe('Root-Cause panel webview (Chromium)', function () {
  this.timeout(30_000);
  let panel: PanelPage;

  before(launch);
  after(shutdown);
  beforeEach(async () => {
    panel = await openPanel('rootcause');
  });
  afterEach(async () => {
    await panel.close();
  });

  it('says ready, then renders the chain, the root cause and the fishbone under the CSP', async () => {
    assert.deepEqual(await panel.posted(), [{ type: 'ready' }]);
    await panel.send(state(3));
    await panel.page.locator('li.why').first().waitFor();
    assert.deepEqual(await whyTexts(panel), ['checkout-api threw while ranking payment methods.', XSS_IMG]);
    assert.match(await panel.page.locator('li.why').first().locator('.finding').innerText(), /not who failed/);
    assert.match(await panel.page.locator('#short-chain').innerText(), /three to five/);
    assert.match(await panel.page.locator('#root-cause-text').innerText(), /Not written yet/);
    // What the host's panel serializer reads after a reload.
    assert.deepEqual(await panel.page.evaluate('acquireVsCodeApi().getState().document'), { uri: 'file:///w/checkout.pir.yaml' });
    await fishboneTab(panel);
    await panel.page.locator('svg.fishbone g.cause').first().waitFor();
    assert.deepEqual(await panel.page.locator('svg.fishbone g.bone').evaluateAll((bones) => bones.map((b) => b.getAttribute('data-category'))),
      ['people', 'process', 'tools', 'systems', 'environment']);
    assert.equal(await panel.page.locator('svg.fishbone g.cause').count(), 4);
    assert.equal(await panel.page.locator('svg.fishbone g.cause.promoted').count(), 1);
    assert.match(await panel.page.locator('svg.fishbone g.cause[data-index="0"]').textContent() ?? '', /The flag UI validates JSON/);
    assert.deepEqual(await panel.violations(), []);
  });

  it('shows hostile text literally: no markup, no dialog, no CSP violation', async () => {
    await panel.send(state(3));
    await fishboneTab(panel);
    await panel.page.locator('svg.fishbone g.cause').first().waitFor();
    assert.equal(await panel.page.locator('#app img, #app script, svg.fishbone svg, svg.fishbone foreignObject').count(), 0);
    assert.match(await panel.page.locator('svg.fishbone g.cause[data-index="2"] text').textContent() ?? '', /<svg onload=alert\(1\)>/);
    assert.match(await panel.page.locator('svg.fishbone g.cause[data-index="3"] text').textContent() ?? '', /<img src=x onerror=alert\(1\)>/);
    assert.match(await panel.page.locator('svg.fishbone g.head text').textContent() ?? '', /Checkout down <svg/);
    assert.equal(await panel.page.locator('li.why').nth(1).locator('textarea').inputValue(), XSS_IMG);
    await panel.page.waitForTimeout(300);
    assert.deepEqual(panel.dialogs, []);
    assert.deepEqual(await panel.violations(), []);
  });

  it('picks, adds and deletes 5-Whys chains, sending the chain with every why intent', async () => {
    const chains = {
      ...review(),
      analysis: { fiveWhys: [
        { problem: 'Data was lost', whys: ['The replica was promoted while behind'] },
        { problem: 'Restore took 18 hours', whys: ['Backups were never restored in a test', 'Nobody owned the backups'] },
      ] },
    };
    await panel.send(state(4, chains));
    await panel.page.locator('li.why').first().waitFor();
    assert.deepEqual(await whyTexts(panel), ['The replica was promoted while behind']);
    assert.equal(await panel.page.locator('#chain-select vscode-option').count(), 2);
    await panel.page.locator('#chain-select').evaluate((select) => {
      (select as unknown as { value: string }).value = '1';
      select.dispatchEvent(new Event('change'));
    });
    await panel.page.locator('li.why').nth(1).waitFor();
    assert.deepEqual(await whyTexts(panel), ['Backups were never restored in a test', 'Nobody owned the backups']);
    assert.equal(await panel.page.locator('#problem textarea').inputValue(), 'Restore took 18 hours');
    await panel.page.locator('li.why').nth(1).hover();
    await panel.page.screenshot({ path: path.join(SCREENSHOTS, 'rootcause-chains.png') });
    await panel.page.locator('li.why').nth(1).locator('vscode-icon.remove').click();
    await panel.page.locator('#delete-chain').click();
    await panel.page.locator('#add-chain').click();
    const sent = (await panel.posted()).filter((m) => m.type !== 'ready');
    assert.deepEqual(sent, [
      { type: 'deleteWhy', baseVersion: 4, chain: 1, index: 1 },
      { type: 'deleteChain', baseVersion: 4, chain: 1 },
      { type: 'addChain', baseVersion: 4 },
    ]);
    assert.deepEqual(await panel.violations(), []);
  });

  it('adds a why after a step and posts addWhy with the base version', async () => {
    await panel.send(state(7));
    const first = panel.page.locator('li.why').first();
    await first.hover();
    await first.locator('vscode-icon.add-after').click();
    await panel.page.locator('#new-why textarea').fill('The payload held a JSON string where an object was expected.');
    await panel.page.keyboard.press('Enter');
    assert.deepEqual((await panel.posted()).at(-1), {
      type: 'addWhy', baseVersion: 7, index: 1, text: 'The payload held a JSON string where an object was expected.',
    });
    await panel.page.locator('#add-why').click();
    await panel.page.locator('#new-why textarea').fill('Nothing checks the payload shape.');
    await panel.page.keyboard.press('Enter');
    assert.deepEqual((await panel.posted()).at(-1), { type: 'addWhy', baseVersion: 7, index: 2, text: 'Nothing checks the payload shape.' });
  });

  it('edits, reorders with Alt+Up and removes whys', async () => {
    await panel.send(state(4));
    const second = panel.page.locator('li.why').nth(1).locator('textarea');
    await second.fill('The payload was a string.');
    await panel.page.keyboard.press('Enter');
    assert.deepEqual((await panel.posted()).at(-1), { type: 'updateWhy', baseVersion: 4, index: 1, text: 'The payload was a string.' });
    await panel.page.keyboard.press('Alt+ArrowUp');
    assert.deepEqual((await panel.posted()).at(-1), { type: 'moveWhy', baseVersion: 4, from: 1, to: 0 });
    const first = panel.page.locator('li.why').first();
    await first.hover();
    await first.locator('vscode-icon.remove').click();
    assert.deepEqual((await panel.posted()).at(-1), { type: 'deleteWhy', baseVersion: 4, index: 0 });
    await panel.page.locator('.banner.notice vscode-button').click();
    assert.deepEqual((await panel.posted()).at(-1), { type: 'addWhy', baseVersion: 4, index: 0, text: 'checkout-api threw while ranking payment methods.' });
  });

  it('resends a move and a delete refused as stale after its own text edit, to the same why', async () => {
    await panel.send(state(4));
    await panel.page.locator('li.why').nth(1).locator('textarea').fill('The payload was a string.');
    await panel.page.keyboard.press('Enter');
    await panel.page.keyboard.press('Alt+ArrowUp'); // before the edit's state is back: made against version 4
    assert.deepEqual((await panel.posted()).slice(-2), [
      { type: 'updateWhy', baseVersion: 4, index: 1, text: 'The payload was a string.' },
      { type: 'moveWhy', baseVersion: 4, from: 1, to: 0 },
    ]);
    // The edit lands (and the text editor inserted a why above meanwhile); the move is refused as stale.
    const edited = review();
    const whys = (edited.analysis as { fiveWhys: { whys: string[] } }).fiveWhys.whys;
    whys[1] = 'The payload was a string.';
    whys.unshift('Inserted above');
    await panel.send(state(5, edited));
    await panel.send({ type: 'refused', intent: 'moveWhy', baseVersion: 4, reason: 'stale', message: 'The document changed.' });
    const before = (await panel.posted()).length;
    await panel.send(state(5, edited));
    assert.deepEqual((await panel.posted()).slice(before), [{ type: 'moveWhy', baseVersion: 5, from: 2, to: 1 }]);
    assert.equal(await panel.page.locator('.banner.notice').count(), 0, 'the user is not asked to repeat it');

    // A delete made against the same old version goes to the same why, wherever it is now.
    const second = panel.page.locator('li.why').nth(1);
    await second.hover();
    await second.locator('vscode-icon.remove').click();
    assert.deepEqual((await panel.posted()).at(-1), { type: 'deleteWhy', baseVersion: 5, index: 1 });
    whys.unshift('Another one above');
    await panel.send({ type: 'refused', intent: 'deleteWhy', baseVersion: 5, reason: 'stale', message: 'The document changed.' });
    await panel.send(state(6, edited));
    assert.deepEqual((await panel.posted()).at(-1), { type: 'deleteWhy', baseVersion: 6, index: 2 });

    // Once that why is gone, nothing is resent.
    const count = (await panel.posted()).length;
    await panel.send({ type: 'refused', intent: 'deleteWhy', baseVersion: 6, reason: 'stale', message: 'The document changed.' });
    whys.splice(2, 1);
    await panel.send(state(7, edited));
    assert.equal((await panel.posted()).length, count);
  });

  it('reorders whys by dragging', async () => {
    await panel.send(state(4));
    await panel.page.locator('li.why').nth(1).locator('.handle').dragTo(panel.page.locator('li.why').nth(0));
    assert.deepEqual((await panel.posted()).at(-1), { type: 'moveWhy', baseVersion: 4, from: 1, to: 0 });
  });

  it('never clobbers a why being typed when a new state arrives', async () => {
    await panel.send(state(7));
    const key = await panel.page.locator('li.why').nth(1).getAttribute('data-key');
    const area = panel.page.locator(`li.why[data-key="${key}"] textarea`);
    await area.fill('');
    await area.pressSequentially('Half typ');
    // Meanwhile the text editor inserts a why above and changes this very one.
    const changed = review();
    const whys = (changed.analysis as { fiveWhys: { whys: string[] } }).fiveWhys.whys;
    whys[1] = 'Changed in the text editor';
    whys.unshift('Inserted above');
    await panel.send(state(8, changed));
    await panel.page.locator('li.why').nth(2).waitFor();
    await panel.page.keyboard.type('ed');
    assert.equal(await area.inputValue(), 'Half typed');
    assert.equal(await panel.page.locator(`li.why[data-key="${key}"]`).getAttribute('data-index'), '2');
    assert.match(await panel.page.locator(`li.why[data-key="${key}"] .field-note`).innerText(), /Changed in the text editor/);
    await panel.page.keyboard.press('Enter');
    assert.deepEqual((await panel.posted()).at(-1), { type: 'updateWhy', baseVersion: 8, index: 2, text: 'Half typed' });
  });

  it('uses the last answer as the root cause through the host', async () => {
    await panel.send(state(5));
    await panel.page.locator('#use-as-root-cause').click();
    assert.deepEqual((await panel.posted()).at(-1), { type: 'useAsRootCause', baseVersion: 5 });
    const done = review();
    done.rootCause = XSS_IMG;
    await panel.send(state(6, done));
    assert.equal(await panel.page.locator('#root-cause-text').innerText(), XSS_IMG, 'raw HTML stays text');
    assert.equal(await panel.page.locator('#root-cause-text img').count(), 0);
    assert.equal(await panel.page.locator('#use-as-root-cause').getAttribute('disabled'), '');
  });

  it('renders the root cause as Markdown, with only web links, which open through the host', async () => {
    const value = review();
    value.rootCause = 'Flag payloads reach production **without** the checks code gets:\n\n- `flag-service` accepts any JSON\n- see [the runbook](https://wiki.example.com/runbook) and [this](javascript:alert(1))\n';
    await panel.send(state(6, value));
    const text = panel.page.locator('#root-cause-text');
    await text.locator('strong', { hasText: 'without' }).waitFor();
    assert.equal(await text.locator('li').count(), 2);
    assert.equal(await text.locator('code').innerText(), 'flag-service');
    assert.equal(await text.locator('a').count(), 1, 'the javascript: link stays text');
    assert.match(await text.innerText(), /\[this\]\(javascript:alert\(1\)\)/);
    await text.locator('a').click();
    assert.deepEqual((await panel.posted()).at(-1), { type: 'openSource', url: 'https://wiki.example.com/runbook' });
    assert.deepEqual(await panel.violations(), []);
  });

  it('grows each why with its text: no answer is cut off', async () => {
    const value = review();
    const long = 'The ranking service read the payment-method ranking flag on every request and, when the payload did not parse, threw instead of falling back to the default order, so every checkout request that reached ranking failed with a 500 until the flag was rolled back by hand.';
    (value.analysis as { fiveWhys: { whys: string[] } }).fiveWhys.whys = ['Short answer.', long];
    await panel.page.setViewportSize({ width: 520, height: 900 });
    await panel.send(state(6, value));
    const areas = panel.page.locator('li.why:not(.new) vscode-textarea.why-text');
    await areas.nth(1).waitFor();
    const fits = () => areas.evaluateAll((elements) => elements.map((e) => {
      const inner = e.shadowRoot!.querySelector('textarea')!;
      return inner.scrollHeight <= inner.clientHeight + 1;
    }));
    // The rows are set a frame after the text areas render (the page's CSP forbids waitForFunction's eval).
    for (let tries = 0; tries < 50 && !(await fits()).every(Boolean); tries++) await panel.page.waitForTimeout(100);
    assert.deepEqual(await fits(), [true, true]);
    const heights = await areas.evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().height));
    assert.ok(heights[1] > heights[0] * 2, `the long answer's box is taller (${heights.join(' vs ')})`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await panel.page.screenshot({ path: path.join(SCREENSHOTS, 'rootcause-whys-grow.png'), fullPage: true });
  });

  it('adds a cause by clicking a bone, and from the keyboard', async () => {
    await panel.send(state(9));
    await fishboneTab(panel);
    await panel.page.locator('svg.fishbone g.bone[data-category="systems"] .bone-line').click();
    await panel.page.locator('#cause-text textarea').fill('checkout-api treats a bad optional payload as fatal.');
    await panel.page.keyboard.press('Enter');
    assert.deepEqual((await panel.posted()).at(-1), {
      type: 'addCause', baseVersion: 9, cause: { category: 'systems', text: 'checkout-api treats a bad optional payload as fatal.' },
    });
    await panel.page.locator('svg.fishbone g.bone[data-category="environment"]').focus();
    await panel.page.keyboard.press('Enter');
    await panel.page.keyboard.type('Saturday traffic peak');
    await panel.page.keyboard.press('Enter');
    assert.deepEqual((await panel.posted()).at(-1), { type: 'addCause', baseVersion: 9, cause: { category: 'environment', text: 'Saturday traffic peak' } });
  });

  it('edits, moves, promotes and deletes a cause', async () => {
    await panel.send(state(9));
    await fishboneTab(panel);
    await panel.page.locator('svg.fishbone g.cause[data-index="0"]').focus();
    await panel.page.keyboard.press('Enter');
    const text = panel.page.locator('#cause-text textarea');
    assert.equal(await text.inputValue(), 'The flag UI validates JSON syntax only.');
    await text.fill('The flag UI validates JSON syntax only, not the shape.');
    await panel.page.keyboard.press('Enter');
    assert.deepEqual((await panel.posted()).at(-1), { type: 'updateCause', baseVersion: 9, index: 0, text: 'The flag UI validates JSON syntax only, not the shape.' });
    assert.equal(await panel.page.evaluate("document.activeElement.getAttribute('data-index')"), '0', 'focus is back on the cause');

    await panel.page.locator('svg.fishbone g.cause[data-index="0"]').click();
    await panel.page.locator('#cause-promote').click();
    assert.deepEqual((await panel.posted()).at(-1), { type: 'promoteCause', baseVersion: 9, index: 0 });
    await panel.page.locator('#cause-category').click();
    await panel.page.locator('#cause-category li[role="option"]', { hasText: 'Systems' }).click();
    assert.deepEqual((await panel.posted()).at(-1), { type: 'moveCause', baseVersion: 9, index: 0, category: 'systems' });
    await panel.page.locator('#cause-delete').click();
    assert.deepEqual((await panel.posted()).at(-1), { type: 'deleteCause', baseVersion: 9, index: 0 });

    // An already promoted cause offers no second promotion.
    await panel.page.locator('svg.fishbone g.cause[data-index="1"]').click();
    assert.equal(await panel.page.locator('#cause-promote').getAttribute('disabled'), '');
  });

  it('asks the host to export the SVG', async () => {
    await panel.send(state(2));
    await fishboneTab(panel);
    await panel.page.locator('#export-svg').click();
    assert.deepEqual((await panel.posted()).at(-1), { type: 'exportSvg', baseVersion: 2 });
  });

  it('goes read-only with a banner while the YAML does not parse', async () => {
    await panel.send(state(5));
    await panel.send(state(6, review(), { parseError: 'Unexpected end of flow sequence (line 12)' }));
    await panel.page.locator('#parse-error').waitFor();
    assert.equal(await panel.page.locator('li.why').count(), 2, 'the last good state stays visible');
    for (const id of ['#add-why', '#use-as-root-cause', '#export-svg']) {
      assert.equal(await panel.page.locator(id).getAttribute('disabled'), '', id);
    }
    const before = (await panel.posted()).length;
    await panel.page.locator('li.why').first().locator('textarea').press('End');
    await panel.page.keyboard.type(' more');
    await panel.page.keyboard.press('Enter');
    await fishboneTab(panel);
    await panel.page.locator('svg.fishbone g.bone[data-category="people"]').click();
    assert.equal(await panel.page.locator('.cause-form').count(), 0);
    assert.equal((await panel.posted()).length, before);
  });

  it('stays readable with twelve long causes on one bone and none on others (screenshot)', async () => {
    const crowded = review();
    const long = (i: number) => `Cause ${i + 1}: the config watcher backs off for ten minutes after repeated parse errors and does not reset the backoff when a newer payload arrives ${'again '.repeat(i)}`;
    (crowded.analysis as { fishbone: { causes: unknown[] } }).fishbone.causes = [
      ...Array.from({ length: 12 }, (_, i) => ({ category: 'systems', text: long(i) })),
      { category: 'people', text: 'Short one' },
    ];
    await panel.send(state(3, crowded));
    await fishboneTab(panel);
    await panel.page.locator('svg.fishbone g.cause').first().waitFor();
    assert.equal(await panel.page.locator('svg.fishbone g.cause.category-systems').count(), 12);
    // Cut texts keep their whole text as a tooltip.
    assert.match(await panel.page.locator('svg.fishbone g.cause[data-index="11"] title').textContent() ?? '', /(again ){11}/);
    const boxes = await panel.page.locator('svg.fishbone g.cause.category-systems text').evaluateAll((texts) =>
      texts.map((t) => { const b = (t as unknown as { getBBox(): { y: number; height: number } }).getBBox(); return [b.y, b.y + b.height]; }));
    boxes.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < boxes.length; i++) assert.ok(boxes[i][0] >= boxes[i - 1][1], `cause texts ${i - 1} and ${i} overlap`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await panel.page.screenshot({ path: path.join(SCREENSHOTS, 'rootcause-fishbone-crowded-dark.png'), fullPage: true });
  });

  it('fits the fishbone to a narrow panel by default, and zooms in and out (screenshots)', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const head = panel.page.locator('svg.fishbone g.head rect');
    const scroller = panel.page.locator('.diagram-scroll');
    /** Whether the head lies wholly inside the scroller's visible box. */
    const headInView = async () => {
      const [box, frame] = [await head.boundingBox(), await scroller.boundingBox()];
      return box !== null && frame !== null && box.x >= frame.x - 1 && box.x + box.width <= frame.x + frame.width + 1;
    };
    const zoomLabel = panel.page.locator('#zoom-fit');
    await panel.page.setViewportSize({ width: 460, height: 900 });
    await panel.send(exampleState('2026-03-14-config-rollout-outage.pir.yaml'));
    await fishboneTab(panel);
    await panel.page.locator('svg.fishbone g.cause').first().waitFor();
    await panel.page.locator('.diagram-scroll.fit').waitFor();
    assert.ok(await scroller.evaluate((e) => e.scrollWidth <= e.clientWidth), 'no sideways scrolling: the whole fish is in the panel');
    assert.ok(await headInView(), 'the head is in view on open');
    assert.match(await zoomLabel.innerText(), /^Fit \(\d+%\)$/);
    // Editing still works on the zoomed diagram: the editor opens by the cause clicked.
    await panel.page.locator('svg.fishbone g.cause').first().click();
    await panel.page.locator('.cause-form').waitFor();
    await panel.page.keyboard.press('Escape');
    await panel.page.screenshot({ path: path.join(SCREENSHOTS, 'rootcause-fishbone-460-fit.png'), fullPage: true });

    // Zoom in: bigger than fitted, scrolling sideways, remembered in the webview state.
    const fitted = await panel.page.locator('svg.fishbone').evaluate((e) => e.getBoundingClientRect().width);
    await panel.page.locator('#zoom-in').click();
    await panel.page.locator('.diagram-scroll:not(.fit)').waitFor();
    const zoomed = await panel.page.locator('svg.fishbone').evaluate((e) => e.getBoundingClientRect().width);
    assert.ok(zoomed > fitted, `zoomed in (${zoomed} > ${fitted})`);
    assert.ok(await scroller.evaluate((e) => e.scrollWidth > e.clientWidth));
    assert.match(await zoomLabel.innerText(), /^\d+%$/);
    const saved = await panel.page.evaluate<number>('acquireVsCodeApi().getState().zoom');
    assert.equal(typeof saved, 'number');
    await panel.page.locator('#zoom-out').click();
    await panel.page.locator('#zoom-out').click();
    assert.ok(await panel.page.locator('svg.fishbone').evaluate((e) => e.getBoundingClientRect().width) < zoomed);
    await panel.page.locator('#zoom-fit').click();
    await panel.page.locator('.diagram-scroll.fit').waitFor();
    assert.equal(await panel.page.evaluate('acquireVsCodeApi().getState().zoom'), 'fit');

    await panel.page.setViewportSize({ width: 1280, height: 900 });
    await panel.page.locator('#zoom-fit', { hasText: '100%' }).waitFor();
    const wide = await panel.page.locator('svg.fishbone').evaluate((e) => e.getBoundingClientRect().width);
    assert.equal(Math.round(wide), Math.round(Number(await panel.page.locator('svg.fishbone').getAttribute('width'))), 'never zoomed above its own size');
    assert.ok(await headInView());
    await panel.page.screenshot({ path: path.join(SCREENSHOTS, 'rootcause-fishbone-1280-fit.png'), fullPage: true });
  });

  for (const theme of ['dark', 'light'] as ThemeName[]) {
    it(`draws a readable fishbone of a real review in the ${theme} theme (screenshot)`, async () => {
      const themed = await openPanel('rootcause', theme);
      try {
        await themed.page.setViewportSize({ width: 1200, height: 900 });
        await themed.send(exampleState('2026-03-14-config-rollout-outage.pir.yaml'));
        await fishboneTab(themed);
        await themed.page.locator('svg.fishbone g.cause').first().waitFor();
        await themed.page.evaluate('document.fonts.ready.then(() => true)');
        mkdirSync(SCREENSHOTS, { recursive: true });
        await themed.page.screenshot({ path: path.join(SCREENSHOTS, `rootcause-fishbone-${theme}.png`), fullPage: true });
        await themed.page.locator('svg.fishbone g.cause').nth(2).click();
        await themed.page.screenshot({ path: path.join(SCREENSHOTS, `rootcause-fishbone-editing-${theme}.png`), fullPage: true });
        await themed.page.locator('vscode-tab-header[data-tab="whys"]').click();
        await themed.page.screenshot({ path: path.join(SCREENSHOTS, `rootcause-whys-${theme}.png`), fullPage: true });
        assert.deepEqual(await themed.violations(), []);
      } finally {
        await themed.close();
      }
    });
  }
});
