// The knowledge base (`pir site`) in Chromium, opened from file:// as a reader opens a folder:
// search finds a word of one review's timeline and opens the review at that row; the filters
// hide rows; nothing breaks the CSP, runs from review text or loads from outside the site.
// Screenshots in light and dark, and on a phone, for a person to look at.
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { publishSite } from '../../src/core/site/write-site';
import { CHROMIUM_ARGS, SCREENSHOTS } from './harness';

const ROOT = path.resolve(__dirname, '../../..');
const DIST = path.join(ROOT, 'dist/webview');
const SITE = path.join(ROOT, '.test-output/site');
const SITE_URL = pathToFileURL(SITE).href;
const REVIEWS = [
  'examples/2026-03-14-config-rollout-outage.pir.yaml',
  'examples/2026-05-02-certificate-expiry.pir.yaml',
  'examples/2026-08-19-database-failover.pir.yaml',
  'test/fixtures/workspace/reviews/a.pir.yaml',
  'test/fixtures/workspace/reviews/b.pir.yaml',
  'test/fixtures/render/hostile.pir.yaml',
];

interface Visit {
  page: Page;
  /** CSP violations, console errors, dialogs and requests to anything outside the site folder. */
  problems: string[];
}

describe('knowledge base site from file:// (Chromium)', function () {
  this.timeout(60_000);
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  before(async () => {
    rmSync(SITE, { recursive: true, force: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
    await publishSite({
      files: REVIEWS.map((file) => path.join(ROOT, file)), base: ROOT, out: SITE, now: new Date('2026-11-30T12:00:00Z'),
      scripts: { site: readFileSync(path.join(DIST, 'site.js'), 'utf8'), dashboard: readFileSync(path.join(DIST, 'site-dashboard.js'), 'utf8') },
    });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  async function visit(file: string, colorScheme: 'light' | 'dark' = 'light', viewport = { width: 1200, height: 900 }): Promise<Visit> {
    const context = await browser.newContext({ colorScheme, viewport });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(5_000);
    const problems: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(`${SITE_URL}/`)) problems.push(`request outside the site: ${request.url()}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.addInitScript({ content: "document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation ' + e.violatedDirective + ' ' + e.blockedURI));" });
    await page.goto(`${SITE_URL}/${file}`);
    return { page, problems };
  }

  it('finds a word of one review\'s timeline and opens that review at the row', async () => {
    const { page, problems } = await visit('index.html');
    await page.fill('#search', 'notAfter');
    const results = page.locator('#search-results li');
    await results.first().waitFor();
    assert.equal(await results.count(), 1, 'the word is in one timeline row only');
    assert.match(await results.first().innerText(), /Timeline/);
    assert.equal(await results.first().locator('mark').innerText(), 'notAfter');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'site-search-light.png') });

    await results.first().locator('a').click();
    await page.waitForURL(/certificate-expiry\.html#timeline-\d+$/);
    const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const row = page.locator(`[id="${anchor}"]`);
    assert.match(await row.innerText(), /notAfter/);
    assert.equal(await row.evaluate((el) => el.closest('section')?.id), 'timeline');
    assert.equal(await row.evaluate((el) => el.matches(':target')), true, 'the row is the target, highlighted');
    assert.ok(await row.isVisible());
    await page.screenshot({ path: path.join(SCREENSHOTS, 'site-review-light.png') });
    assert.deepEqual(problems, []);
  });

  it('filters the index by severity and by year, and sorts by a column', async () => {
    const { page, problems } = await visit('index.html', 'dark');
    const rows = page.locator('#reviews tbody tr');
    const all = await rows.count();
    assert.equal(all, REVIEWS.length);
    const visibleTitles = () => page.locator('#reviews tbody tr:not([hidden]) td:first-child a').allInnerTexts();

    await page.selectOption('select[data-filter="severity"]', 'P1');
    const p1 = await visibleTitles();
    assert.ok(p1.length > 0 && p1.length < all, `P1 keeps some rows: ${p1.join(' | ')}`);
    for (const severity of await page.locator('#reviews tbody tr:not([hidden]) [data-severity]').allInnerTexts()) assert.equal(severity, 'P1');
    assert.match(await page.locator('#review-count').innerText(), new RegExp(`${p1.length} of ${all}`));

    await page.selectOption('select[data-filter="severity"]', '');
    await page.selectOption('select[data-filter="year"]', '2026');
    const in2026 = await page.locator('#reviews tbody tr:not([hidden]) td:nth-child(2)').allInnerTexts();
    assert.ok(in2026.length > 0 && in2026.every((day) => day.startsWith('2026')));
    await page.selectOption('select[data-filter="year"]', '');

    // Keyboard: focus the Date header's button and press Enter to sort oldest first.
    await page.locator('th:has-text("Date") button').focus();
    await page.keyboard.press('Enter');
    const days = (await page.locator('#reviews tbody tr td:nth-child(2)').allInnerTexts()).filter((d) => d !== '—');
    assert.deepEqual(days, [...days].sort());
    assert.equal(await page.locator('th:has-text("Date")').getAttribute('aria-sort'), 'ascending');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'site-index-dark.png'), fullPage: true });
    assert.deepEqual(problems, []);
  });

  it('shows every page without a CSP violation, a script from review text or a remote load', async () => {
    const pages = ['index.html', 'actions.html', 'dashboard.html', ...REVIEWS.map((r) => `reviews/${r.replace(/\.pir\.yaml$/, '').replace(/\//g, '-')}.html`)];
    for (const file of pages) {
      for (const scheme of ['light', 'dark'] as const) {
        const { page, problems } = await visit(file, scheme);
        await page.waitForLoadState('load');
        assert.deepEqual(problems, [], `${file} (${scheme})`);
        assert.equal(await page.evaluate('window.__pwned'), undefined, `${file}: no payload ran`);
      }
    }
  });

  it('lists open action items by owner, with overdue ones (blocked items and trackers: actions-page.test.ts)', async () => {
    const { page, problems } = await visit('actions.html');
    const text = await page.locator('main').innerText();
    assert.match(text, /overdue/);
    assert.ok(await page.locator('.site-owner h2').count() > 0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'site-actions-light.png'), fullPage: true });
    assert.deepEqual(problems, []);
  });

  it('draws the dashboard\'s charts and lists a month\'s reviews from the keyboard', async () => {
    const { page, problems } = await visit('dashboard.html', 'dark');
    await page.waitForFunction("document.querySelector('#chart-incidents').width > 0");
    await page.locator('#chart-incidents').focus();
    await page.keyboard.press('ArrowRight'); // the first month
    await page.keyboard.press('Enter');
    const picked = page.locator('#picked');
    await picked.locator('a').first().waitFor();
    assert.match(await picked.locator('h2').innerText(), /\d+ reviews?/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'site-dashboard-dark.png'), fullPage: true });
    assert.deepEqual(problems, []);
  });

  it('is readable on a phone, in light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, problems } = await visit('index.html', scheme, { width: 390, height: 844 });
      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
      assert.ok(overflow <= 0, `no sideways scrolling of the page (${overflow}px)`);
      await page.screenshot({ path: path.join(SCREENSHOTS, `site-phone-${scheme}.png`) });
      assert.deepEqual(problems, []);
    }
  });
});
