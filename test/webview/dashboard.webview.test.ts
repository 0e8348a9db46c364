// The Reliability Dashboard's built bundle (dist/webview/dashboard.js) in Chromium, under the
// panel's real CSP, against a fake host that sends a report computed by the core. Run
// `npm run build` first.
import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { resolveConfig } from '../../src/core/config';
import { reliabilityReport, type ReliabilityReport } from '../../src/core/reliability';
import { ReviewIndex } from '../../src/core/workspace-index';
import type { DashboardHostMessage } from '../../src/core/protocol/dashboard';
import { launch, openPanel, SCREENSHOTS, shutdown, type PanelPage, type ThemeName } from './harness';

const XSS = '<img src=x onerror=alert(1)>';

/** Three months; February, in the middle, has three incidents, one with a hostile title. */
function report(): ReliabilityReport {
  const index = new ReviewIndex();
  const review = (uri: string, title: string, severity: string, started: string, extra: object = {}) =>
    index.update(uri, stringify({
      pir: 1, title, severity, status: 'final', services: ['checkout'], tags: ['config'],
      times: { started, detected: started.replace(':00:00Z', ':12:00Z'), resolved: started.replace('T09', 'T11') }, ...extra,
    }));
  review('file:///w/jan.pir.yaml', 'January outage', 'P2', '2026-01-12T09:00:00Z', {
    actionItems: [{ title: 'Fix', owner: '<b>bold owner</b>', due: '2026-01-20' }, { title: 'Done', status: 'done', due: '2026-01-19' }],
  });
  review('file:///w/feb-1.pir.yaml', 'February checkout down', 'P1', '2026-02-03T09:00:00Z');
  review('file:///w/feb-2.pir.yaml', XSS, 'P2', '2026-02-10T09:00:00Z');
  review('file:///w/feb-3.pir.yaml', 'Search <script>alert(2)</script>', 'P2', '2026-02-20T09:00:00Z');
  review('file:///w/mar.pir.yaml', 'March blip', 'P4', '2026-03-05T09:00:00Z');
  return reliabilityReport(index.entries(), { now: new Date('2026-04-01T00:00:00Z') });
}

async function send(panel: PanelPage, message: DashboardHostMessage): Promise<void> {
  await panel.page.evaluate(`window.postMessage(${JSON.stringify(message)}, '*')`);
}

/** How many pixels of the canvas are drawn on, and how many of them are close to `rgb`. */
function inked(panel: PanelPage, selector: string, rgb?: [number, number, number]): Promise<{ drawn: number; matching: number }> {
  return panel.page.evaluate(`(() => {
    const canvas = document.querySelector(${JSON.stringify(selector)});
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    const target = ${JSON.stringify(rgb ?? null)};
    let drawn = 0, matching = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] === 0) continue;
      drawn++;
      if (target && Math.abs(data[i] - target[0]) + Math.abs(data[i + 1] - target[1]) + Math.abs(data[i + 2] - target[2]) < 30) matching++;
    }
    return { drawn, matching };
  })()`);
}

/**
 * Polls `expression` in the page until it is true. Not waitForFunction: its polling evaluates
 * strings in the page, which the panel's CSP (rightly) refuses.
 */
async function until(panel: PanelPage, expression: string, what: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    if (await panel.page.evaluate<boolean>(expression)) return;
    await panel.page.waitForTimeout(100);
  }
  assert.fail(`timed out waiting for ${what}`);
}

/** Waits until Chart.js has drawn (and finished animating) the incidents chart. */
async function charted(panel: PanelPage): Promise<void> {
  await panel.page.locator('#chart-incidents').waitFor();
  await until(panel, `(() => {
    const c = document.querySelector('#chart-incidents');
    return c.width > 0 && c.getContext('2d').getImageData(0, 0, c.width, c.height).data.some((v) => v !== 0);
  })()`, 'the incidents chart');
  await panel.page.waitForTimeout(400);
}

describe('Reliability Dashboard webview (Chromium)', function () {
  this.timeout(30_000);
  let panel: PanelPage;

  before(async () => {
    await launch();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  after(shutdown);
  afterEach(async () => {
    await panel?.close();
  });

  it('says ready, then draws the three charts, totals and tables under the CSP', async () => {
    panel = await openPanel('dashboard');
    assert.deepEqual(await panel.posted(), [{ type: 'ready' }]);
    await send(panel, { type: 'report', report: report() });
    await charted(panel);
    for (const name of ['incidents', 'response', 'actions']) {
      const { drawn } = await inked(panel, `#chart-${name}`);
      assert.ok(drawn > 2_000, `${name} chart has ${drawn} drawn pixels`);
    }
    assert.match(await panel.page.locator('.summary').innerText(), /^5 reviews · Jan 2026 – Mar 2026$/);
    // On time: January's done item has no completion day (unknown, not on time); its open one is overdue (late).
    assert.deepEqual(await panel.page.locator('.card-value').allInnerTexts(), ['5', '12m', '—', '2h', '50%', '0%', '1']);
    assert.equal(await panel.page.locator('.card', { hasText: 'On time' }).locator('.card-detail').innerText(),
      '0 of 1 done by their due day · 1 completion date unknown');
    assert.match(await panel.page.locator('.repeats').innerText(), /checkout/);
    assert.equal(await panel.page.locator('.repeats .review-link').count(), 5);
    assert.deepEqual(await panel.violations(), []);
  });

  it('colours and filters by the team severity scale (the README screenshot)', async () => {
    const index = new ReviewIndex();
    const scale = ['SEV0', 'SEV1', 'SEV2', 'SEV3', 'SEV4'];
    index.config = resolveConfig({ severities: scale.map((id) => ({ id })) });
    const month = ['01', '02', '03', '04'];
    [['SEV0', 'SEV2'], ['SEV1', 'SEV2', 'SEV3', 'SEV4'], ['SEV2', 'SEV4'], ['SEV0', 'SEV3', 'SEV3']].forEach((severities, m) =>
      severities.forEach((severity, i) => index.update(`file:///w/${m}-${i}.pir.yaml`, stringify({
        pir: 1, title: `${severity} incident ${m}-${i}`, severity, status: 'final', services: ['api'],
        times: { started: `2026-${month[m]}-1${i}T09:00Z`, detected: `2026-${month[m]}-1${i}T09:1${i}Z`, resolved: `2026-${month[m]}-1${i}T1${i + 1}:00Z` },
      }))));
    const custom = reliabilityReport(index.entries(), { now: new Date('2026-05-01T00:00:00Z'), severityScale: scale });
    assert.deepEqual(custom.months.map((m) => m.incidents.unrated), [0, 0, 0, 0]);
    panel = await openPanel('dashboard');
    await send(panel, { type: 'report', report: custom });
    await charted(panel);
    // SEV0 is drawn in the first (red) colour of the theme, as P1 is by default.
    assert.ok((await inked(panel, '#chart-incidents', [0xf1, 0x4c, 0x4c])).matching > 100);
    assert.deepEqual(await panel.page.locator('#filter-severities vscode-option').allInnerTexts(), scale);
    await panel.page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-custom-severities.png') });
    assert.deepEqual(await panel.violations(), []);
  });

  it('lists the reviews of a clicked month and opens one through the host', async () => {
    panel = await openPanel('dashboard');
    await send(panel, { type: 'report', report: report() });
    await charted(panel);
    // Anywhere in February's column (the middle of three) picks the month; beside the bar, all of it.
    const box = (await panel.page.locator('#chart-incidents').boundingBox())!;
    await panel.page.mouse.click(box.x + box.width / 2 + 90, box.y + 40);
    const rows = panel.page.locator('.selection tbody tr');
    await rows.first().waitFor();
    assert.match(await panel.page.locator('.selection h2').innerText(), /^Feb 2026: 3 reviews$/);
    assert.deepEqual(await panel.page.locator('.selection .review-link').allInnerTexts(),
      ['February checkout down', XSS, 'Search <script>alert(2)</script>']);
    await panel.page.locator('.selection .review-link', { hasText: XSS }).click();
    assert.deepEqual((await panel.posted()).at(-1), { type: 'openReview', uri: 'file:///w/feb-2.pir.yaml' });
  });

  it('narrows to the severity of a bar hit directly, and moves between months with the keyboard', async () => {
    panel = await openPanel('dashboard');
    await send(panel, { type: 'report', report: report() });
    await charted(panel);
    // February's P2 segment is the top two thirds of its stack (P1 is below): aim just under the top.
    const box = (await panel.page.locator('#chart-incidents').boundingBox())!;
    const top = await panel.page.evaluate<number>(`(() => {
      const c = document.querySelector('#chart-incidents');
      const ctx = c.getContext('2d');
      const x = Math.round(c.width / 2 + 10 * devicePixelRatio);
      for (let y = 0; y < c.height; y++) { const [r, g, b, a] = ctx.getImageData(x, y, 1, 1).data; if (a > 0 && r > 150 && g < 160 && b < 60) return y / devicePixelRatio; }
      return -1;
    })()`);
    assert.ok(top > 0, 'found the P2 (orange) segment');
    await panel.page.mouse.click(box.x + box.width / 2 + 10, box.y + top + 6);
    await panel.page.locator('.selection h2', { hasText: 'Feb 2026 · P2: 2 reviews' }).waitFor();

    await panel.page.locator('#chart-response').focus();
    await panel.page.keyboard.press('Home');
    await panel.page.keyboard.press('ArrowRight');
    await panel.page.keyboard.press('ArrowRight');
    await panel.page.keyboard.press('Enter');
    await panel.page.locator('.selection h2', { hasText: 'Mar 2026: 1 review' }).waitFor();
  });

  it('shows hostile review text as text: no markup, no dialog, no CSP violation', async () => {
    panel = await openPanel('dashboard');
    await send(panel, { type: 'report', report: report() });
    await charted(panel);
    assert.equal(await panel.page.locator('#app img, #app script, #app b:not(.help b)').count(), 0);
    assert.equal(await panel.page.locator('.owners').innerText().then((t) => t.includes('<b>bold owner</b>')), true);
    assert.equal(await panel.page.locator('.repeats .review-link', { hasText: XSS }).count(), 1);
    await panel.page.waitForTimeout(300);
    assert.deepEqual(panel.dialogs, []);
    assert.deepEqual(await panel.violations(), []);
  });

  it('asks the host for a new report when a filter changes, and keeps the filters', async () => {
    panel = await openPanel('dashboard');
    await send(panel, { type: 'report', report: report() });
    await charted(panel);
    await panel.page.evaluate(`(() => {
      const select = document.querySelector('#filter-severities');
      select.value = ['P1', 'P2'];
      select.dispatchEvent(new Event('change'));
    })()`);
    await panel.page.locator('#filter-since input').fill('2026-02-01');
    await panel.page.locator('#filter-since input').dispatchEvent('change');
    const filters = (await panel.posted()).filter((m) => m.type === ('filter' as string));
    assert.deepEqual(filters.at(-1), { type: 'filter', filters: { services: [], severities: ['P1', 'P2'], categories: [], since: '2026-02-01' } });
    assert.deepEqual(await panel.page.evaluate('acquireVsCodeApi().getState()'), { filters: { services: [], severities: ['P1', 'P2'], categories: [], since: '2026-02-01' } });
  });

  it('redraws in the new colours when the theme changes', async () => {
    panel = await openPanel('dashboard');
    await send(panel, { type: 'report', report: report() });
    await charted(panel);
    assert.equal((await inked(panel, '#chart-incidents', [0, 255, 0])).matching, 0);
    // What VS Code does on a theme switch: new variables on <html>, a new class on <body>.
    await panel.page.evaluate(`(() => {
      document.documentElement.style.setProperty('--vscode-charts-orange', '#00ff00');
      document.body.classList.replace('vscode-dark', 'vscode-light');
    })()`);
    await until(panel, `(() => {
      const c = document.querySelector('#chart-incidents');
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      for (let i = 0; i < d.length; i += 4) if (d[i] < 30 && d[i + 1] > 225 && d[i + 2] < 30) return true;
      return false;
    })()`, 'P2 bars drawn in the new orange');
  });

  for (const theme of ['dark', 'light'] as ThemeName[]) {
    it(`reads well in the ${theme} theme (screenshot)`, async () => {
      panel = await openPanel('dashboard', theme);
      await panel.page.setViewportSize({ width: 1100, height: 1300 });
      await send(panel, { type: 'report', report: report() });
      await charted(panel);
      await panel.page.screenshot({ path: path.join(SCREENSHOTS, `dashboard-webview-${theme}.png`), fullPage: true });
      assert.deepEqual(await panel.violations(), []);
    });
  }
});
