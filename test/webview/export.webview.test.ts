// The standalone HTML export in Chromium: a hostile review runs nothing (no dialog, no payload
// sets window.__pwned), even with the page's CSP removed, since the escaping alone must hold;
// and screenshots of the hostile and an example report, for a person to look at.
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ParsedReview } from '../../src/core/parse';
import { renderHtml, STANDALONE_CSP } from '../../src/core/render/html';

const ROOT = path.resolve(__dirname, '../../..');
const OUTPUT = path.join(ROOT, '.test-output/export');
const SCREENSHOTS = path.join(ROOT, '.test-output/screenshots');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

function exportOf(file: string): string {
  return renderHtml(new ParsedReview(readFileSync(path.join(ROOT, file), 'utf8')).value, { standalone: true });
}

describe('standalone HTML export (Chromium)', function () {
  this.timeout(60_000);
  let browser: Browser;

  before(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });
  after(() => browser?.close());

  /** Opens an export as a file, the way a reader opens it, and records dialogs and errors. */
  async function open(name: string, html: string) {
    const file = path.join(OUTPUT, name);
    writeFileSync(file, html);
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
    return { page, dialogs };
  }

  /** Hovers the title and clicks every link, in case a payload waits for the reader. */
  async function poke(page: Page) {
    await page.locator('h1').hover();
    for (const link of await page.locator('a').all()) await link.click({ force: true, modifiers: ['Alt'], timeout: 500, noWaitAfter: true }).catch(() => {});
  }

  for (const csp of [true, false]) {
    it(`runs nothing from a hostile review${csp ? '' : ' even without the CSP'}`, async () => {
      let html = exportOf('test/fixtures/render/hostile.pir.yaml');
      if (!csp) {
        html = html.replace(`<meta http-equiv="Content-Security-Policy" content="${STANDALONE_CSP}">`, '');
        assert.doesNotMatch(html, /Content-Security-Policy/);
      }
      const { page, dialogs } = await open(`hostile${csp ? '' : '-no-csp'}.html`, html);
      await poke(page);
      await page.waitForTimeout(300);
      assert.deepEqual(dialogs, []);
      assert.equal(await page.evaluate('window.__pwned'), undefined);
      assert.equal(await page.locator('script, iframe, object, embed, img, marquee, [onerror], [onload], [onclick], [onmouseover]').count(), 0);
      const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as unknown as { href: string }).href));
      assert.ok(hrefs.length > 0);
      for (const href of hrefs) assert.match(href, /^(https?:|mailto:)/, href);
      // The payloads are shown as text, not dropped.
      assert.match(await page.locator('h1').innerText(), /<img src=x onerror="window.__pwned='title'"> \| Pipes/);
      if (csp) await page.screenshot({ path: path.join(SCREENSHOTS, 'export-hostile.png'), fullPage: true });
      await page.close();
    });
  }

  it('the CSP itself would stop an inline script', async () => {
    // Proves the meta CSP is in force in this setting, so the test above tests the escaping.
    const html = exportOf('examples/2026-03-14-config-rollout-outage.pir.yaml').replace('</body>', '<script>window.__pwned = 1</script></body>');
    const { page } = await open('csp-check.html', html);
    assert.equal(await page.evaluate('window.__pwned'), undefined);
    await page.close();
  });

  it('renders an example report', async () => {
    const { page, dialogs } = await open('example.html', exportOf('examples/2026-03-14-config-rollout-outage.pir.yaml'));
    assert.deepEqual(dialogs, []);
    assert.equal(await page.locator('h1').innerText(), 'Checkout returned HTTP 500 after a feature-flag payload rollout');
    assert.deepEqual(await page.locator('h2').allInnerTexts(), [
      'Summary', 'Timeline', 'Root cause', 'Contributing factors', 'Impact', 'Response evaluation', 'What went well',
      'Lessons learned', 'Action items', 'References', 'x-pagerduty-incident',
    ]);
    // The fishbone fits the page width and its texts stay inside the drawing.
    const figure = await page.locator('svg.pir-fishbone').boundingBox();
    assert.ok(figure && figure.width <= 1100, JSON.stringify(figure));
    const outside = await page.locator('svg.pir-fishbone').evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('text')].filter((t) => {
        const r = t.getBoundingClientRect();
        return r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1;
      }).map((t) => t.textContent);
    });
    assert.deepEqual(outside, []);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'export-example.png'), fullPage: true });
    await page.close();
  });
});
