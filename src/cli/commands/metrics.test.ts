import * as assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import type { ReliabilityReport } from '../../core/reliability';
import { EXIT_OK, EXIT_USAGE } from '../io';
import { main } from '../main';
import { captureIo, tempDirWith } from '../testing';

// Two checkout incidents 31 days apart sharing the tag `config` (a repeat), and a search one.
const CHECKOUT_MARCH = `pir: 1
title: Checkout outage
severity: P1
status: final
category: outage
services: [checkout]
tags: [config]
times:
  started: 2026-03-01T10:00:00Z
  detected: 2026-03-01T10:10:00Z
  acknowledged: 2026-03-01T10:12:00Z
  resolved: 2026-03-01T11:00:00Z
actionItems:
  - title: Validate config
    owner: Dana
    due: 2026-03-15
  - title: Canary
    owner: Dana
    due: 2026-03-10
    status: done
    completed: 2026-03-09
`;

const CHECKOUT_APRIL = `pir: 1
title: Checkout errors again
severity: P2
status: draft
category: deployment
services: [checkout]
tags: [config]
times:
  started: 2026-04-01T10:00:00Z
  detected: 2026-04-01T10:30:00Z
  resolved: 2026-04-01T12:00:00Z
`;

const SEARCH_MAY = `pir: 1
title: '<b>Search</b> down'
severity: P2
status: draft
services: [search]
times:
  started: 2026-05-20T00:00:00Z
  detected: 2026-05-20T00:02:00Z
`;

describe('pir metrics', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  async function pirMetrics(files: Record<string, string>, ...args: string[]) {
    const dir = tempDirWith(files);
    dirs.push(dir);
    const captured = captureIo(dir);
    const code = await main(['metrics', ...args], captured.io);
    return { code, out: captured.out(), err: captured.err() };
  }
  const reviews = { 'r/checkout-march.pir.yaml': CHECKOUT_MARCH, 'r/checkout-april.pir.yaml': CHECKOUT_APRIL, 'r/search.pir.yaml': SEARCH_MAY };

  it('follows the team severity scale and lists impact figures in the JSON', async () => {
    const sev = CHECKOUT_MARCH.replace('severity: P1', 'severity: SEV0') + 'impact:\n  figures:\n    - {label: Orders lost, value: 1200}\n';
    const { code, out, err } = await pirMetrics({ '.pirrc.yaml': 'severities: [SEV0, SEV1]\n', 'r/a.pir.yaml': sev }, '--format', 'json', '--severity', 'SEV0');
    assert.equal(code, EXIT_OK, err);
    const report = JSON.parse(out) as ReliabilityReport;
    assert.deepEqual(report.severityScale, ['SEV0', 'SEV1']);
    assert.deepEqual(report.months[0].incidents, { SEV0: 1, SEV1: 0, unrated: 0, total: 1 });
    assert.deepEqual(report.months[0].reviews[0].figures, [{ label: 'Orders lost', value: 1200 }]);
    const text = await pirMetrics({ '.pirrc.yaml': 'severities: [SEV0, SEV1]\n', 'r/a.pir.yaml': sev });
    assert.match(text.out, /MONTH +SEV0 +SEV1 +NONE +TOTAL/);
    const wrong = await pirMetrics({ '.pirrc.yaml': 'severities: [SEV0, SEV1]\n', 'r/a.pir.yaml': sev }, '--severity', 'P1');
    assert.equal(wrong.code, EXIT_USAGE);
    assert.match(wrong.err, /--severity must be one of SEV0, SEV1/);
  });

  it('prints the report as JSON, reviews named by their path', async () => {
    const { code, out, err } = await pirMetrics(reviews, '--format', 'json', '--now', '2026-04-01');
    assert.equal(code, EXIT_OK);
    assert.equal(err, '');
    const report = JSON.parse(out) as ReliabilityReport;
    assert.equal(report.now, '2026-04-01T00:00:00.000Z');
    assert.deepEqual(report.months.map((m) => [m.month, m.incidents.P1, m.incidents.P2, m.incidents.total]), [
      ['2026-03', 1, 0, 1], ['2026-04', 0, 1, 1], ['2026-05', 0, 1, 1],
    ]);
    assert.deepEqual(report.months.map((m) => m.mttd), [{ ms: 600_000, count: 1 }, { ms: 1_800_000, count: 1 }, { ms: 120_000, count: 1 }]);
    // Medians over three MTTDs (10m, 30m, 2m) and two MTTRs (1h, 2h).
    assert.deepEqual([report.totals.mttd, report.totals.mttr], [{ ms: 600_000, count: 3 }, { ms: 5_400_000, count: 2 }]);
    assert.deepEqual(report.totals.actions, { total: 2, done: 1, wontDo: 0, open: 1, overdue: 1, completionRate: 0.5, onTime: 1, late: 1, completionUnknown: 0, onTimeRate: 0.5 });
    assert.deepEqual(report.owners, [{ owner: 'Dana', open: 1, overdue: 1 }]);
    assert.deepEqual(report.repeats, [{
      reviews: [
        { uri: 'r/checkout-march.pir.yaml', title: 'Checkout outage', date: '2026-03-01', severity: 'P1' },
        { uri: 'r/checkout-april.pir.yaml', title: 'Checkout errors again', date: '2026-04-01', severity: 'P2' },
      ],
      services: ['checkout'], tags: ['config'], factorCategories: [], spanDays: 31,
    }]);
  });

  it('prints readable sections of aligned tables', async () => {
    const { code, out } = await pirMetrics(reviews, '--now', '2026-04-01');
    assert.equal(code, EXIT_OK);
    assert.match(out, /^3 reviews, 2026-03 to 2026-05\n/);
    assert.match(out, /Incidents per month\nMONTH {4}P1 {2}P2 {2}P3 {2}P4 {2}NONE {2}TOTAL\n2026-03 {3}1 {3}0 {3}0 {3}0 {5}0 {6}1\n/);
    assert.match(out, /\nall +10m \(3\) +2m \(1\) +1h 30m \(2\)\n/);
    assert.match(out, /\nall +2 +1 +1 +1 +50% +50% +0\n/);
    assert.match(out, /On time: done by the due day \(completed ≤ due\)/);
    assert.match(out, /Open action items by owner\nOWNER +OPEN +OVERDUE\nDana +1 +1\n/);
    assert.match(out, /Repeat incidents \(a shared service and tag or factor category, at most 90 days apart\)\n1\. services: checkout; tags: config \(2 incidents over 31 days\)\n +2026-03-01 +P1 +r\/checkout-march\.pir\.yaml +Checkout outage\n/);
  });

  it('shows only months with incidents, and says how many it left out', async () => {
    // Incidents in March 2026 and March 2025: twelve empty months between them.
    const lastYear = CHECKOUT_MARCH.replace(/2026-03/g, '2025-03').replace('Checkout outage', 'Old outage');
    const { code, out } = await pirMetrics({ ...reviews, 'r/old.pir.yaml': lastYear }, '--now', '2026-06-01');
    assert.equal(code, EXIT_OK);
    assert.match(out, /^4 reviews, 2025-03 to 2026-05\n11 months without incidents not shown\.\n/);
    const months = [...out.matchAll(/^(\d{4}-\d{2}) /gm)].map((m) => m[1]);
    assert.deepEqual([...new Set(months)], ['2025-03', '2026-03', '2026-04', '2026-05']);
    // Every table lists the same four months: incidents, response times and action items.
    assert.equal(months.filter((m) => m === '2025-03').length, 3);
    const json = JSON.parse((await pirMetrics({ ...reviews, 'r/old.pir.yaml': lastYear }, '--format', 'json')).out) as ReliabilityReport;
    assert.equal(json.months.length, 15, 'the JSON keeps every month, for charts');
  });

  it('says nothing of empty months when there are none', async () => {
    const { out } = await pirMetrics(reviews, '--now', '2026-04-01');
    assert.doesNotMatch(out, /without incidents/);
  });

  it('filters by date range, severity, service and category, and takes the repeat window', async () => {
    const since = JSON.parse((await pirMetrics(reviews, '--format', 'json', '--since', '2026-04-01', '--until', '2026-04-30')).out) as ReliabilityReport;
    assert.deepEqual(since.months.map((m) => m.month), ['2026-04']);
    const p2 = JSON.parse((await pirMetrics(reviews, '--format', 'json', '--severity', 'P2', '--service', 'search')).out) as ReliabilityReport;
    assert.deepEqual(p2.months.flatMap((m) => m.reviews.map((r) => r.uri)), ['r/search.pir.yaml']);
    const outage = JSON.parse((await pirMetrics(reviews, '--format', 'json', '--category', 'outage', '--category', 'deployment')).out) as ReliabilityReport;
    assert.equal(outage.reviewCount, 2);
    const { out } = await pirMetrics(reviews, '--repeat-window', '30', '--severity', 'P1', '--severity', 'P2');
    assert.match(out, /^3 reviews, 2026-03 to 2026-05 \(severity P1, P2\)\n/);
    assert.match(out, /No repeat incidents within 30 days\./);
  });

  it('lists reviews without a date and notes files that are not reviews', async () => {
    const { code, out, err } = await pirMetrics({ 'a.pir.yaml': 'pir: 1\ntitle: Undated\nseverity: P3\nstatus: draft\n', 'b.pir.yaml': 'title: [oops' });
    assert.equal(code, EXIT_OK);
    assert.match(out, /^1 review\nWithout a started or detected time, in no month:\n +P3 +a\.pir\.yaml +Undated\n/);
    assert.match(err, /^b\.pir\.yaml: not a readable review: /);
  });

  it('refuses bad options and an empty selection with exit code 2', async () => {
    for (const args of [['--since', '2026-02-30'], ['--until', 'May'], ['--severity', 'P5'], ['--category', 'fire'], ['--format', 'csv'], ['--repeat-window', '-1'], ['--now', 'soon']]) {
      const { code, err } = await pirMetrics(reviews, ...args);
      assert.equal(code, EXIT_USAGE, args.join(' '));
      assert.match(err, /^pir metrics: /, args.join(' '));
    }
    const none = await pirMetrics({});
    assert.equal(none.code, EXIT_USAGE);
    assert.match(none.err, /no \*\.pir\.yaml files found/);
    const missing = await pirMetrics(reviews, 'gone.pir.yaml');
    assert.equal(missing.code, EXIT_USAGE);
    assert.match(missing.err, /gone\.pir\.yaml: cannot read: ENOENT/);
  });
});
