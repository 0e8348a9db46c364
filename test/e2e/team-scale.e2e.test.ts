// A team's own severity scale, action types, timeline kinds and zone (.pirrc.yaml) in the real
// workbench: a review on that scale has no schema findings, a value off the scale is an error
// that names the scale, completion offers the team's values, the Reviews view and the dashboard
// group by them, and the Timeline Editor shows the team's zone and kinds. The README's
// custom-scale dashboard screenshot comes from here.
import * as assert from 'assert';
import type { FrameLocator } from 'playwright-core';
import { useWorkbench } from './workbench';

const CONFIG = `# The severity levels and action types of our incident policy.
severities:
  - {id: SEV0, description: Critical - the whole product or data at risk}
  - {id: SEV1, description: Major - a core feature down for many customers}
  - {id: SEV2, description: Significant - degraded for some customers}
  - {id: SEV3, description: Minor - little customer impact}
  - {id: SEV4, description: Low - no customer impact}
actionTypes:
  - {id: mitigate, description: Reduces the impact the next time}
  - {id: prevent, description: Stops it from happening again}
  - {id: process, description: Changes how we work}
  - other
timelineKinds:
  - trigger
  - {id: page, description: Someone was paged}
  - detection
  - mitigation
  - resolution
timeZone: America/Los_Angeles
`;

/** A dated review on the team's scale. */
function review(title: string, severity: string, started: string, minutes: number, type = 'prevent'): string {
  const at = (offset: number) => new Date(Date.parse(started) + offset * 60_000).toISOString().replace(':00.000Z', 'Z');
  return `pir: 1
title: ${title}
severity: ${severity}
status: final
times:
  started: ${at(0)}
  detected: ${at(Math.round(minutes / 6))}
  acknowledged: ${at(Math.round(minutes / 5))}
  resolved: ${at(minutes)}
actionItems:
  - title: Follow up on ${title.toLowerCase()}
    type: ${type}
    owner: sre-team
    due: ${at(30 * 24 * 60).slice(0, 10)}
${type === 'prevent' ? `    status: done\n    completed: ${at(20 * 24 * 60).slice(0, 10)}\n` : ''}`;
}

const FILES: Record<string, string> = {
  'team/.pirrc.yaml': CONFIG,
  'team/incidents/2026-01-08-login-outage.pir.yaml': review('Login outage after a certificate rotation', 'SEV0', '2026-01-08T14:51:00Z', 95),
  'team/incidents/2026-01-22-search-lag.pir.yaml': review('Search results lagging behind writes', 'SEV2', '2026-01-22T09:10:00Z', 240, 'mitigate'),
  'team/incidents/2026-02-03-billing-double-charge.pir.yaml': review('Invoices charged twice', 'SEV1', '2026-02-03T17:20:00Z', 180),
  'team/incidents/2026-02-11-upload-errors.pir.yaml': review('Image uploads failing in one region', 'SEV2', '2026-02-11T06:05:00Z', 75, 'process'),
  'team/incidents/2026-02-19-dashboard-slow.pir.yaml': review('Admin dashboard slow to load', 'SEV3', '2026-02-19T11:40:00Z', 300, 'other'),
  'team/incidents/2026-02-27-email-delay.pir.yaml': review('Notification emails delayed', 'SEV4', '2026-02-27T08:00:00Z', 120),
  'team/incidents/2026-03-09-api-timeouts.pir.yaml': review('API timeouts during a database failover', 'SEV2', '2026-03-09T21:15:00Z', 65),
  'team/incidents/2026-03-30-export-gap.pir.yaml': review('Nightly export skipped a day', 'SEV4', '2026-03-30T02:00:00Z', 600, 'process'),
  'team/incidents/2026-04-14-dns.pir.yaml': review('Internal DNS resolution failures', 'SEV0', '2026-04-14T13:02:00Z', 110),
  // One to edit: on the scale, but an action item without an owner (a finding to wait for).
  'team/incidents/2026-04-20-queue-backlog.pir.yaml': `pir: 1
title: Job queue backlog after a worker deploy
severity: SEV1
status: draft
times:
  started: 2026-04-20T10:00:00Z
  resolved: 2026-04-20T11:30:00Z
actionItems:
  - title: Alert on queue age, not length
    type: mitigate
    due: 2026-06-30
`,
  // Values of the format's default scale, which this team does not use.
  'team/incidents/2026-04-25-off-scale.pir.yaml': `pir: 1
title: Cache eviction storm
severity: P1
status: draft
actionItems:
  - title: Cap eviction rate
    type: fix
    owner: sre-team
    due: 2026-06-30
`,
  // Written as the team writes times: local, without an offset, and a day alone for the trigger.
  'team/incidents/2026-05-04-cron-overlap.pir.yaml': `pir: 1
title: Two billing runs overlapped
severity: SEV2
status: draft
times:
  started: 2026-05-04 23:10
  detected: 2026-05-04 23:25
  resolved: 2026-05-05 00:40
timeline:
  - at: 2026-04-28
    kind: trigger
    text: The cron schedule change ships
  - at: 2026-05-04 23:25
    kind: page
    text: Billing on-call paged by the duplicate-invoice alert
  - at: 2026-05-05 00:40
    kind: resolution
    text: Second run stopped, invoices voided
`,
  'team.code-workspace': JSON.stringify({ folders: [{ path: 'team' }] }),
};

describe("a team's own scale in the workbench (e2e)", () => {
  const workbench = useWorkbench({ files: FILES, workspaceFile: 'team.code-workspace' });
  const panel = (): FrameLocator => workbench().page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');

  it('accepts SEV1 and the team action types, and reports values off the scale', async () => {
    const wb = workbench();
    await wb.openFile('2026-04-20-queue-backlog.pir.yaml');
    const rows = await wb.waitForProblems((r) => r.some((row) => row.includes('Action item has no owner')), 30_000);
    assert.deepEqual(rows.filter((row) => /schema|severity|type/i.test(row) && row.includes('queue-backlog')), [], rows.join('\n'));

    await wb.openFile('2026-04-25-off-scale.pir.yaml');
    const off = await wb.waitForProblems((r) => r.some((row) => row.includes('SEV0')), 30_000);
    const severity = off.find((row) => row.includes('severity'));
    assert.match(severity ?? '', /SEV0.*SEV1.*SEV2.*SEV3.*SEV4/, off.join('\n'));
    assert.ok(off.some((row) => /mitigate.*prevent.*process.*other/.test(row)), off.join('\n'));
    await wb.screenshot('team-scale-1-problems');
  });

  it("offers the team's severities in completion, and not the format's", async () => {
    const wb = workbench();
    const { page } = wb;
    await wb.openFile('2026-04-20-queue-backlog.pir.yaml');
    await page.locator('.monaco-editor .view-line', { hasText: 'severity: SEV1' }).click();
    await page.keyboard.press('End');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
    await page.keyboard.press('Control+Space');
    const suggestions = page.locator('.editor-widget.suggest-widget .monaco-list-row');
    await suggestions.first().waitFor();
    await page.locator('.editor-widget.suggest-widget .monaco-list-row', { hasText: 'SEV4' }).waitFor();
    const labels = await suggestions.evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''));
    for (const id of ['SEV0', 'SEV1', 'SEV2', 'SEV3', 'SEV4']) assert.ok(labels.some((label) => label.includes(id)), labels.join('\n'));
    assert.ok(!labels.some((label) => /\bP[1-4]\b/.test(label)), labels.join('\n'));
    await wb.screenshot('team-scale-2-completion');
    await page.keyboard.press('Escape');
    await page.keyboard.type('SEV1');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+S');
  });

  it('groups the Reviews view by the team severities, most severe first', async () => {
    const wb = workbench();
    const { page } = wb;
    // The overdue badge lies over the icon.
    await page.locator('.activitybar .action-item a[aria-label^="Post-Incident Reviews"]').click({ force: true });
    const reviews = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^Reviews/ }) });
    await reviews.locator('.monaco-list-row').first().waitFor();
    await reviews.locator('.pane-header').hover();
    await reviews.locator('.pane-header .action-label[aria-label="Group By…"]').click();
    await page.locator('.quick-input-widget .monaco-list-row', { has: page.locator('.label-name', { hasText: /^Severity$/ }) }).click();
    await reviews.locator('.monaco-list-row[aria-level="1"]', { hasText: 'SEV0' }).waitFor();
    const groups = await reviews.locator('.monaco-list-row[aria-level="1"]').evaluateAll((elements) => elements.map((e) => e.querySelector('.label-name')?.textContent ?? ''));
    // The list draws only the rows in view: the off-scale review's "No severity" group may be below them.
    assert.deepEqual(groups.slice(0, 5), ['SEV0', 'SEV1', 'SEV2', 'SEV3', 'SEV4']);
    await wb.screenshot('team-scale-3-reviews-view');
  });

  it("shows the Timeline Editor in UTC and the team's zone, with the team's kinds", async () => {
    const wb = workbench();
    await wb.openFile('2026-05-04-cron-overlap.pir.yaml');
    await wb.page.locator('.editor-actions .action-label[aria-label^="Open Timeline Editor"]').click();
    const timeline = wb.page.frameLocator('iframe.webview.ready:visible').frameLocator('iframe#active-frame');
    await timeline.locator('li.event').first().waitFor({ timeout: 30_000 });
    assert.match(await timeline.locator('.zone').innerText(), /Times in UTC, as the review writes them, and in the team's zone, America\/Los_Angeles/);
    const times = await timeline.locator('li.event time.time').allInnerTexts();
    assert.match(times[0], /^\w{3},? \d+ \w{3}$|^\w{3},? \w{3} \d+$/, 'the trigger shows its day alone');
    // 23:25 in Los Angeles (PDT) is 06:25 UTC the next day; the team's time names its own day.
    assert.match(times[1], /^06:25 Mon,? May 4 23:25 America\/Los_Angeles$/, times[1]);
    assert.strictEqual(await timeline.locator('li.event .kind').nth(1).innerText(), 'page');
    assert.match(await timeline.locator('.metrics').innerText(), /MTTD 15m/);
    await wb.screenshot('team-scale-timeline');
    await wb.runCommand('View: Close All Editors');
  });

  it('charts incidents per month by the team severities on the dashboard', async () => {
    const wb = workbench();
    // Room for the dashboard alone: no side bar, no Problems panel, no other editor.
    await wb.runCommand('View: Close Primary Side Bar');
    await wb.runCommand('View: Close All Editors');
    await wb.runCommand('View: Hide Panel');
    await wb.runCommand('PIR: Show Reliability Dashboard');
    await panel().locator('.summary', { hasText: /^\d+ reviews · / }).waitFor({ timeout: 30_000 });
    assert.match(await panel().locator('.summary').innerText(), /Jan 2026 – May 2026/);
    const severities = await panel().locator('#filter-severities vscode-option').evaluateAll((options) => options.map((o) => o.getAttribute('value')));
    assert.deepEqual(severities, ['SEV0', 'SEV1', 'SEV2', 'SEV3', 'SEV4']);
    await panel().locator('#chart-incidents').waitFor();
    await wb.page.mouse.move(1200, 780); // no tooltip over the chart
    await wb.page.waitForTimeout(800); // the charts' entry animation
    await wb.screenshot('team-scale-4-dashboard');
  });
});
