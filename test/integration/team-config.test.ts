// The team's .pirrc.yaml in the real extension host: as it is created, changed and deleted, the
// Reviews view, the dashboard, the Timeline Editor and the preview follow its scales and zone,
// without a reload.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ReliabilityReport } from '../../src/core/reliability';
import type { StateMessage } from '../../src/core/protocol/panels';
import type { PirApi } from '../../src/extension/extension';
import { closeAll, deleteReview, fixture, indexChanges, pirApi, waitFor } from './helpers';

const CONFIG = [
  'severities:',
  '  - {id: SEV0, description: Total outage of a critical service}',
  '  - {id: SEV1, description: Major degradation for many customers}',
  '  - SEV2',
  '  - SEV3',
  '  - SEV4',
  'actionTypes: [mitigate, prevent, process, other]',
  'timelineKinds:',
  '  - trigger',
  '  - {id: page, description: Someone was paged}',
  '  - detection',
  '  - mitigation',
  'timeZone: America/Los_Angeles',
  '',
].join('\n');

// Times as a team in Los Angeles writes them: 23:30 there is 06:30 the next day in UTC.
const REVIEW = [
  'pir: 1',
  'title: Team scale review',
  'severity: SEV1',
  'status: draft',
  'times:',
  '  started: 2026-03-14 23:30',
  'timeline:',
  '  - at: 2026-03-14 23:30',
  '    kind: page',
  '    text: Primary on-call paged',
  'actionItems:',
  '  - title: Add a canary stage',
  '    type: prevent',
  '',
].join('\n');

/** Polls `read` until `done` accepts its value (the host posts asynchronously). */
async function eventually<T>(read: () => Thenable<T> | T, done: (value: T) => boolean, what: string): Promise<T> {
  let value: T | undefined;
  for (let i = 0; i < 150; i++) {
    value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)?.slice(0, 500)}`);
}

const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
const lastReport = () => vscode.commands.executeCommand<ReliabilityReport | undefined>('_pir.dashboard.lastReport');

describe('.pirrc.yaml scales and zone in the views (extension host)', () => {
  const configFile = fixture('.pirrc.yaml');
  const reviewFile = fixture('team-scale.pir.yaml');
  let api: PirApi;

  before(async () => {
    api = await pirApi();
    await api.sidebar.reviews.ready;
  });
  after(async () => {
    await vscode.workspace.fs.delete(configFile).then(undefined, () => undefined);
    await api.sidebar.reviewList.groupBy('status');
    await deleteReview(api.sidebar.reviews, reviewFile);
    await closeAll();
  });

  it('follow .pirrc.yaml as it is created, changed and deleted', async () => {
    const { reviews, reviewList } = api.sidebar;
    const entry = () => reviews.index.get(reviewFile.toString());
    await write(reviewFile, REVIEW);
    await waitFor(indexChanges(reviews), entry, (e) => e !== undefined, 'the review in the index');
    assert.strictEqual(entry()!.severity, undefined, 'SEV1 is not on the default scale');
    await reviewList.groupBy('severity');
    await vscode.commands.executeCommand('pir.showDashboard');
    await vscode.commands.executeCommand('_pir.dashboard.message', { type: 'ready' });
    await vscode.commands.executeCommand('pir.openTimeline', reviewFile);
    const timelineState = () => vscode.commands.executeCommand<StateMessage | undefined>('_pir.timeline.state', reviewFile);
    await eventually(timelineState, (s) => s !== undefined, 'the Timeline Editor state');
    await vscode.commands.executeCommand('pir.openPreview', reviewFile);
    const previewHtml = () => vscode.commands.executeCommand<string | undefined>('_pir.preview.html', reviewFile);
    await eventually(previewHtml, (html) => html !== undefined && html.includes('Team scale review'), 'the preview');

    // Created: the review is read on the team's scale, in the team's zone.
    await write(configFile, CONFIG);
    await waitFor(indexChanges(reviews), entry, (e) => e?.severity === 'SEV1', 'the review read on the team scale');
    assert.strictEqual(entry()!.errors, 0, 'SEV1, type prevent, kind page and the offset-less times are valid');
    assert.deepEqual(entry()!.actionItems.map((item) => item.type), ['prevent']);
    const groups = await eventually(() => reviewList.getChildren(), (nodes) => nodes.some((n) => n.kind === 'group' && n.group.key === 'SEV1'), 'a SEV1 group');
    // The fixtures' P1–P4 reviews are off this scale: they go under "No severity".
    const keys = groups.map((n) => (n.kind === 'group' ? n.group.key : ''));
    assert.deepEqual(keys.filter((key) => !['SEV0', 'SEV1', 'SEV2', 'SEV3', 'SEV4', 'none'].includes(key)), [], keys.join());
    const report = await eventually(lastReport, (r) => r?.severityScale[0] === 'SEV0' && r.months.some((m) => m.incidents.SEV1 > 0),
      "the dashboard on the team's scale, with the SEV1 review");
    assert.deepEqual(report!.severityScale, ['SEV0', 'SEV1', 'SEV2', 'SEV3', 'SEV4']);
    const month = report!.months.find((m) => m.incidents.SEV1 > 0);
    assert.strictEqual(month?.month, '2026-03');
    assert.strictEqual(month.reviews.find((r) => r.uri === reviewFile.toString())?.date, '2026-03-15', '23:30 in Los Angeles is the next day in UTC');
    const state = await eventually(timelineState, (s) => s?.timeZone === 'America/Los_Angeles', "the Timeline Editor in the team's zone");
    assert.deepEqual(state!.timelineKinds?.map((k) => k.id).slice(0, 4), ['trigger', 'page', 'detection', 'mitigation']);
    assert.strictEqual(state!.timelineKinds?.find((k) => k.id === 'page')?.description, 'Someone was paged');
    // The preview reads the offset-less start in the team's zone and shows it in UTC and in that zone.
    await eventually(previewHtml, (html) => html?.includes('2026-03-15 06:30 UTC (23:30 America/Los_Angeles)') === true, "the preview in the team's zone");

    // Changed: another scale reorders the groups and the dashboard.
    await write(configFile, CONFIG.replace(/severities:[\s\S]*?actionTypes/, 'severities: [P0, SEV1, P2]\nactionTypes'));
    await eventually(lastReport, (r) => r?.severityScale.join() === 'P0,SEV1,P2', 'the dashboard on the changed scale');
    await eventually(() => reviewList.getChildren(), (nodes) => nodes.some((n) => n.kind === 'group' && n.group.key === 'SEV1'), 'the SEV1 group again');

    // Deleted: back to the format's scales, and the panel leaves the team's zone.
    await vscode.workspace.fs.delete(configFile);
    await waitFor(indexChanges(reviews), entry, (e) => e?.severity === undefined, 'the review back on the default scale');
    await eventually(lastReport, (r) => r?.severityScale.join() === 'P1,P2,P3,P4', 'the dashboard on the default scale');
    const groupsAfter = await eventually(() => reviewList.getChildren(), (nodes) => !nodes.some((n) => n.kind === 'group' && n.group.key === 'SEV1'), 'no SEV1 group');
    assert.ok(groupsAfter.length > 0);
    await eventually(timelineState, (s) => s !== undefined && s.timeZone === undefined && s.timelineKinds === undefined, 'the Timeline Editor on the defaults');
  });
});
