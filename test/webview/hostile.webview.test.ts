// The hostile review (test/fixtures/render/hostile.pir.yaml, plus a 100 KB title) in every view
// that shows a review: each panel's built bundle under its real CSP with the fake host, the
// Markdown export rendered by markdown-it, and the exported fishbone SVG opened as a page. No
// payload may run (they set window.__pwned or open a dialog), nothing may trip the CSP (a
// violation means something tried to run or load), and no link may lead anywhere but http(s)/mailto.
// The standalone HTML export has its own test (export.webview.test.ts). Run `npm run build` first.
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import MarkdownIt from 'markdown-it';
import type { Page } from 'playwright-core';
import { analysisParts, drawableCauses } from '../../src/core/analysis';
import { layoutFishbone } from '../../src/core/fishbone/layout';
import { fishboneSvgFile } from '../../src/core/fishbone/svg';
import { lint } from '../../src/core/lint';
import { ParsedReview } from '../../src/core/parse';
import { reliabilityReport } from '../../src/core/reliability';
import { renderHtml } from '../../src/core/render/html';
import { renderMarkdown } from '../../src/core/render/markdown';
import { ReviewIndex } from '../../src/core/workspace-index';
import type { HostMessage } from '../../src/core/protocol/panels';
import { launch, openPanel, shutdown, type PanelPage } from './harness';

const ROOT = path.resolve(__dirname, '../../..');
const OUTPUT = path.join(ROOT, '.test-output/hostile');
const FIXTURE = readFileSync(path.join(ROOT, 'test/fixtures/render/hostile.pir.yaml'), 'utf8');
/** The fixture with a 100 KB title that ends in a payload: kept out of the file to keep it readable. */
const TEXT = FIXTURE.replace(/^title: .*$/m, `title: "${'A'.repeat(100_000)}<img src=x onerror=\\"window.__pwned='long'\\">"`);
const NAME = '<img src=x onerror="window.__pwned=\'name\'">.pir.yaml';
const URI = 'file:///w/hostile.pir.yaml';

const parsed = new ParsedReview(TEXT);
const review = parsed.value;
const SAFE_HREF = /^(https?:|mailto:)/i;

/** What a page did that it must not: dialogs, payloads that ran, CSP violations, unsafe links. */
async function misdeeds(page: Page, dialogs: readonly string[], cspErrors: readonly string[], violations: readonly string[]): Promise<string[]> {
  // Hover and click everything a payload might wait for; a click on a link must not navigate.
  for (const target of await page.locator('a, h1, img, svg, text, button').all()) {
    await target.hover({ timeout: 200, force: true }).catch(() => {});
  }
  for (const link of await page.locator('a').all()) await link.click({ force: true, timeout: 300, noWaitAfter: true }).catch(() => {});
  await page.waitForTimeout(300);
  const hrefs = await page.locator('[href], [xlink\\:href]').evaluateAll((nodes) =>
    nodes.map((n) => n.getAttribute('href') ?? n.getAttribute('xlink:href') ?? ''));
  return [
    ...dialogs.map((d) => `dialog: ${d}`),
    ...cspErrors.map((e) => `console: ${e}`),
    ...violations.map((v) => `violation: ${v}`),
    ...((await page.evaluate('window.__pwned')) !== undefined ? [`ran: ${String(await page.evaluate('window.__pwned'))}`] : []),
    ...hrefs.filter((href) => !SAFE_HREF.test(href) && !href.startsWith('#')).map((href) => `link: ${href}`),
  ];
}

/** Console errors about the Content Security Policy: the browser's word that something was blocked. */
function cspConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  return errors;
}

describe('hostile review in every view (Chromium)', function () {
  this.timeout(60_000);
  before(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    await launch();
  });
  after(shutdown);

  const state: HostMessage = {
    type: 'state', version: 1, review, document: { uri: URI, name: NAME },
    // Lint messages quote the text, so they carry the payloads too.
    findings: lint(TEXT).findings.map(({ rule, severity, message, path: at }) => ({ rule, severity, message, path: at ?? [] })),
  };
  const entry = new ReviewIndex().update(URI, TEXT);
  const lineOf = (p: readonly (string | number)[]) => (parsed.node(p) ? parsed.position(parsed.rangeOf(p, 'key').start).line : undefined);
  const PANELS: { panel: string; elements: boolean; message: unknown; shows: RegExp }[] = [
    { panel: 'timeline', elements: true, message: state, shows: /window.__pwned='timeline'/ },
    { panel: 'rootcause', elements: true, message: state, shows: /<svg onload=alert\(1\)>/ },
    { panel: 'dashboard', elements: true, message: { type: 'report', report: reliabilityReport([entry], { now: new Date('2026-04-30T00:00:00Z') }) }, shows: /<b>me<\/b>/ },
    { panel: 'preview', elements: false, message: { type: 'render', html: renderHtml(review, { standalone: false, lineOf }), notice: '<script>window.__pwned=\'notice\'</script>' }, shows: /window.__pwned='summary'/ },
  ];

  it('(the checks themselves catch a payload that ran and an unsafe link)', async () => {
    const opened = await openPanel('preview', 'dark', { elements: false });
    await opened.page.evaluate("document.body.innerHTML = '<a href=\\'javascript:void 0\\'>x</a>'; window.__pwned = 'probe'");
    assert.deepEqual(await misdeeds(opened.page, opened.dialogs, [], []), ['ran: probe', 'link: javascript:void 0']);
    await opened.close();
  });

  for (const { panel, elements, message, shows } of PANELS) {
    it(`${panel}: runs nothing, trips no CSP, links only to the web`, async () => {
      const opened: PanelPage = await openPanel(panel, 'dark', { elements });
      const cspErrors = cspConsole(opened.page);
      try {
        await opened.page.evaluate(`window.postMessage(${JSON.stringify(message)}, '*')`);
        await opened.page.waitForTimeout(800);
        // The payloads are on screen, as text: the panel did render the hostile review.
        assert.match(await opened.page.locator('body').textContent() ?? '', shows);
        assert.deepEqual(await misdeeds(opened.page, opened.dialogs, cspErrors, await opened.violations()), []);
        // Whatever a click asked the host to open is a web link (the host checks again).
        for (const posted of await opened.posted()) {
          if (posted.type === 'openSource') assert.match(posted.url, /^https?:/, posted.url);
        }
      } finally {
        await opened.close();
      }
    });
  }

  /** Opens a file the way a reader opens an export. */
  async function openFile(name: string, content: string) {
    const file = path.join(OUTPUT, name);
    writeFileSync(file, content);
    // A fresh browser page that logs dialogs and CSP violations, moved on to the file.
    const { page, dialogs, close } = await openPanel('preview', 'dark', { elements: false });
    const cspErrors = cspConsole(page);
    await page.goto(pathToFileURL(file).href);
    return { page, dialogs, cspErrors, close, violations: () => page.evaluate<string[]>('window.__violations') };
  }

  it('the Markdown export, rendered as a Markdown viewer would, runs nothing and links only to the web', async () => {
    const html = `<!doctype html><meta charset="utf-8"><body>${new MarkdownIt({ linkify: true }).render(renderMarkdown(review))}</body>`;
    const { page, dialogs, cspErrors, close, violations } = await openFile('hostile.md.html', html);
    assert.match(await page.locator('body').innerText(), /window.__pwned='summary'/);
    assert.deepEqual(await misdeeds(page, dialogs, cspErrors, await violations()), []);
    await close();
  });

  it('the exported fishbone SVG, opened as a page, runs nothing', async () => {
    const { effect, causes } = analysisParts(review);
    const svg = fishboneSvgFile(layoutFishbone({ effect, causes: drawableCauses(causes) }, { showEmptyCategories: true }));
    const { page, dialogs, cspErrors, close, violations } = await openFile('hostile-fishbone.svg', svg);
    assert.equal(await page.locator('script, foreignObject, [onload], [onerror], [onclick]').count(), 0);
    assert.match(await page.locator('svg').textContent() ?? '', /<script>/);
    assert.deepEqual(await misdeeds(page, dialogs, cspErrors, await violations()), []);
    await close();
  });
});
