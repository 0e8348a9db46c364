// The Review Preview's built bundle (dist/webview/preview.js and .css) in Chromium, in the panel
// shell and CSP the extension uses, against a fake host. Run `npm run build` first.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ParsedReview } from '../../src/core/parse';
import { renderHtml } from '../../src/core/render/html';
import type { PreviewMessage, PreviewWebviewMessage } from '../../src/core/protocol/preview';
import { launch, openPanel, SCREENSHOTS, shutdown, type PanelPage } from './harness';

const ROOT = path.resolve(__dirname, '../../..');
const URI = 'file:///reviews/2026-03-14-config-rollout-outage.pir.yaml';

/** The example review rendered as the host renders it for the preview, with source lines. */
function exampleHtml(): string {
  const parsed = new ParsedReview(readFileSync(path.join(ROOT, 'examples/2026-03-14-config-rollout-outage.pir.yaml'), 'utf8'));
  const lineOf = (p: readonly (string | number)[]) => (parsed.node(p) ? parsed.position(parsed.rangeOf(p, 'key').start).line : undefined);
  return renderHtml(parsed.value, { standalone: false, lineOf });
}

describe('Review Preview webview (Chromium)', function () {
  this.timeout(30_000);
  let opened: PanelPage<PreviewMessage, PreviewWebviewMessage>;
  let page: Page;

  before(launch);
  after(shutdown);
  beforeEach(async () => {
    // The preview has no VS Code Elements to wait for.
    opened = await openPanel<PreviewMessage, PreviewWebviewMessage>('preview', 'dark', { elements: false });
    page = opened.page;
    // Short enough that the action items, near the end of the report, can scroll to the top.
    await page.setViewportSize({ width: 900, height: 800 });
  });
  afterEach(() => opened.close());

  const send = (message: PreviewMessage) => opened.send(message);
  const posted = () => opened.posted();
  /** Waits for a page expression to be true. (waitForFunction would eval in the page, which the CSP forbids.) */
  async function until(expression: string): Promise<void> {
    for (let i = 0; i < 100 && !(await page.evaluate(expression)); i++) await page.waitForTimeout(20);
    assert.ok(await page.evaluate(expression), expression);
  }

  it('asks for the report, shows it in the theme, under the CSP, with no violation', async () => {
    assert.deepEqual(await posted(), [{ type: 'ready' }]);
    await send({ type: 'render', html: exampleHtml(), uri: URI });
    await page.locator('h1').waitFor();
    assert.equal(await page.locator('h1').innerText(), 'Checkout returned HTTP 500 after a feature-flag payload rollout');
    // The report stylesheet applies (adopted, not inline), with the theme's colours.
    assert.equal(await page.evaluate("getComputedStyle(document.querySelector('.pir-report')).color"), 'rgb(204, 204, 204)');
    assert.equal(await page.evaluate("getComputedStyle(document.querySelector('.pir-metrics dd')).fontWeight"), '600');
    assert.deepEqual(await opened.violations(), []);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'preview-example.png') });
  });

  it('scrolls to the part of the report at the editor\'s first line, and back to the top', async () => {
    await send({ type: 'render', html: exampleHtml(), uri: URI });
    await page.locator('h1').waitFor();
    const line = Number(await page.locator('#action-items').getAttribute('data-line'));
    await send({ type: 'scroll', line });
    await until(`Math.abs(document.getElementById('action-items').getBoundingClientRect().top) < 2`);
    assert.ok(Number(await page.evaluate('window.scrollY')) > 1000);
    // A line inside the sixth timeline event shows that event's row.
    const row = Number(await page.locator('#timeline tbody tr').nth(5).getAttribute('data-line'));
    await send({ type: 'scroll', line: row + 2 });
    await until(`Math.abs(document.querySelectorAll('#timeline tbody tr')[5].getBoundingClientRect().top) < 2`);
    await send({ type: 'scroll', line: 1 });
    await until('window.scrollY === 0');
  });

  it('moves the editor to the part the user scrolls to, but not when it scrolled for the editor', async () => {
    await send({ type: 'render', html: exampleHtml(), uri: URI });
    await page.locator('h1').waitFor();
    const line = Number(await page.locator('#action-items').getAttribute('data-line'));
    await send({ type: 'scroll', line });
    await until(`Math.abs(document.getElementById('action-items').getBoundingClientRect().top) < 2`);
    await page.waitForTimeout(100);
    const revealed = async () => (await posted()).filter((m) => m.type === 'revealLine');
    assert.deepEqual(await revealed(), [], 'a scroll made for the editor is not sent back');

    // The user scrolls up to the timeline's sixth event: the editor is asked for that event's line.
    const row = page.locator('#timeline tbody tr').nth(5);
    const rowLine = Number(await row.getAttribute('data-line'));
    await page.evaluate(`window.scrollBy(0, document.querySelectorAll('#timeline tbody tr')[5].getBoundingClientRect().top)`);
    await until(`window.__posted.some((m) => m.type === 'revealLine' && m.line === ${rowLine})`);
    await page.mouse.move(400, 400);
    await page.mouse.wheel(0, -100_000);
    await until(`window.__posted.at(-1).type === 'revealLine' && window.__posted.at(-1).line === 1`);
  });

  it('saves the review\'s URI, so that VS Code can restore the preview after a reload', async () => {
    await send({ type: 'render', html: exampleHtml(), uri: URI });
    await page.locator('h1').waitFor();
    assert.deepEqual(await opened.saved(), { document: { uri: URI } });
  });

  it('hands clicked links to the host instead of navigating', async () => {
    await send({ type: 'render', html: exampleHtml(), uri: URI });
    await page.locator('#references a').first().click();
    // (Scrolling the link into view also moved the editor: that is a revealLine, left out here.)
    const links = (await posted()).filter((m) => m.type === 'openSource');
    assert.deepEqual(links, [{ type: 'openSource', url: 'https://grafana.example.com/d/checkout-slo' }]);
    assert.match(page.url(), /^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('shows a notice while the YAML does not parse, as text', async () => {
    await send({ type: 'render', html: exampleHtml(), uri: URI, notice: 'The YAML has an error at line 3: <b>bad</b>' });
    assert.equal(await page.locator('.pir-notice').innerText(), 'The YAML has an error at line 3: <b>bad</b>');
    assert.equal(await page.locator('.pir-notice b').count(), 0);
  });

  it('runs no script that arrives in the HTML', async () => {
    await send({ type: 'render', html: '<p>x</p><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>', uri: URI });
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate('window.__pwned'), undefined);
  });
});
