import * as assert from 'node:assert/strict';
import { stringify } from 'yaml';
import { actionRates, median, reliabilityReport, type ReliabilityOptions } from './reliability';
import { MINUTE } from './time';
import { ReviewIndex, type ReviewEntry } from './workspace-index';

// A small workspace whose every number below is worked out by hand. Today is 2026-06-15.
const NOW = new Date('2026-06-15T12:00:00Z');

const FIXTURES: Record<string, unknown> = {
  // Jan. MTTD 10m, MTTA 5m, MTTR 2h. Items: done past due with no completion day (unknown); Dana's open, overdue (late); won't do.
  a: {
    title: 'Checkout down', severity: 'P1', category: 'outage', services: ['checkout', 'payments'], tags: ['config', 'canary'],
    contributingFactors: [{ text: 'No canary for flags', category: 'process' }],
    times: { started: '2026-01-10T10:00:00Z', detected: '2026-01-10T10:10:00Z', acknowledged: '2026-01-10T10:15:00Z', resolved: '2026-01-10T12:00:00Z' },
    actionItems: [
      { title: 'Validate flags', status: 'done', due: '2026-02-01' },
      { title: 'Canary flags', owner: 'Dana', status: 'open', due: '2026-03-01' },
      { title: 'Rewrite parser', owner: 'Dana', status: 'wont-do', due: '2026-01-20' },
    ],
  },
  // Feb, 41 days after a: same service (other case) and factor category, so a repeat of a.
  // MTTD 30m, MTTA 2m, MTTR 2h. Items: dana's in progress, not yet due; Lee's done without a due day.
  b: {
    title: 'Checkout slow', severity: 'P2', category: 'degradation', services: ['Checkout'], tags: ['latency'],
    contributingFactors: [{ text: 'Manual failover runbook', category: 'process' }],
    times: { started: '2026-02-20T08:00:00Z', detected: '2026-02-20T08:30:00Z', acknowledged: '2026-02-20T08:32:00Z', resolved: '2026-02-20T10:00:00Z' },
    actionItems: [
      { title: 'Automate failover', owner: 'dana', status: 'in-progress', due: '2026-07-01' },
      { title: 'Dashboard', owner: 'Lee', status: 'done' },
    ],
  },
  // Feb. MTTD 20m, no acknowledged time, MTTR 1h. One ownerless item, due yesterday: overdue.
  c: {
    title: 'Search errors', severity: 'P2', category: 'outage', services: ['search'], tags: ['config'],
    times: { started: '2026-02-25T00:00:00Z', detected: '2026-02-25T00:20:00Z', resolved: '2026-02-25T01:00:00Z' },
    actionItems: [{ title: 'Alert on search 5xx', status: 'open', due: '2026-06-14' }],
  },
  // Apr, 64 days after b (shares checkout and `process`), 105 days after a: a repeat through b.
  // MTTD 4m, MTTA 6m, MTTR 40m. Items: done before its due day (on time); Lee's due today, so not overdue.
  d: {
    title: 'Checkout again', severity: 'P1', category: 'deployment', services: ['checkout'], tags: ['config'],
    contributingFactors: [{ text: 'Deploy on a Friday', category: 'process' }],
    times: { started: '2026-04-25T09:00:00Z', detected: '2026-04-25T09:04:00Z', acknowledged: '2026-04-25T09:10:00Z', resolved: '2026-04-25T09:40:00Z' },
    actionItems: [
      { title: 'Freeze window', status: 'done', due: '2026-05-01', completed: '2026-04-28' },
      { title: 'Rollback button', owner: 'Lee', status: 'open', due: '2026-06-15' },
    ],
  },
  // Started 23:30 on Apr 30 at -02:00, which is May 1 UTC. Detected before it started: the
  // negative MTTD stays out of the medians. MTTR 2h. 65 days after c, sharing search and config.
  e: {
    title: 'Unrated blip', category: 'other', services: ['search'], tags: ['Config'],
    times: { started: '2026-04-30T23:30:00-02:00', detected: '2026-04-30T23:20:00-02:00', resolved: '2026-05-01T03:30:00Z' },
  },
  // No times at all: in the totals, in no month. Dana's item is overdue.
  f: {
    title: 'No dates', severity: 'P3', services: ['checkout'],
    actionItems: [{ title: 'Write the timeline', owner: 'Dana', due: '2026-01-01' }],
  },
  // Only detected (Apr 10): the incident's date, MTTA 5m, no MTTD or MTTR.
  h: {
    title: 'Auth hiccup', severity: 'P4', services: ['auth'],
    times: { detected: '2026-04-10T00:00:00Z', acknowledged: '2026-04-10T00:05:00Z' },
  },
};

let entries: readonly ReviewEntry[] | undefined;

/** Read once: the schema check in the index is the slow part. */
function fixtureEntries(): readonly ReviewEntry[] {
  if (entries) return entries;
  const index = new ReviewIndex();
  for (const [name, review] of Object.entries(FIXTURES)) index.update(name, stringify({ pir: 1, status: 'final', ...(review as object) }));
  index.update('g', 'title: [unclosed'); // not a review: left out of everything
  return (entries = index.entries());
}

function report(options: Partial<ReliabilityOptions> = {}) {
  return reliabilityReport(fixtureEntries(), { now: NOW, ...options });
}

const min = (n: number) => n * MINUTE;
const uris = (refs: readonly { uri: string }[]) => refs.map((ref) => ref.uri);

describe('reliabilityReport', () => {
  it('counts incidents per UTC month by severity, empty months included', () => {
    const { months, reviewCount } = report();
    assert.equal(reviewCount, 7);
    assert.deepEqual(months.map((m) => [m.month, m.incidents]), [
      ['2026-01', { P1: 1, P2: 0, P3: 0, P4: 0, unrated: 0, total: 1 }],
      ['2026-02', { P1: 0, P2: 2, P3: 0, P4: 0, unrated: 0, total: 2 }],
      ['2026-03', { P1: 0, P2: 0, P3: 0, P4: 0, unrated: 0, total: 0 }],
      ['2026-04', { P1: 1, P2: 0, P3: 0, P4: 1, unrated: 0, total: 2 }],
      ['2026-05', { P1: 0, P2: 0, P3: 0, P4: 0, unrated: 1, total: 1 }],
    ]);
    // Each month lists its reviews oldest first, dated by started (else detected) in UTC.
    assert.deepEqual(months.map((m) => m.reviews.map((r) => `${r.uri} ${r.date}`)), [
      ['a 2026-01-10'], ['b 2026-02-20', 'c 2026-02-25'], [], ['h 2026-04-10', 'd 2026-04-25'], ['e 2026-05-01'],
    ]);
  });

  it('keeps reviews without a date out of the months and lists them', () => {
    assert.deepEqual(report().undated, [{ uri: 'f', title: 'No dates', severity: 'P3' }]);
  });

  it('takes the median MTTD, MTTA and MTTR per month with the count behind each', () => {
    const byMonth = report().months.map(({ month, mttd, mtta, mttr }) => ({ month, mttd, mtta, mttr }));
    assert.deepEqual(byMonth, [
      { month: '2026-01', mttd: { ms: min(10), count: 1 }, mtta: { ms: min(5), count: 1 }, mttr: { ms: min(120), count: 1 } },
      // MTTD of 30m and 20m: the mean of the two middle values. c has no acknowledged time.
      { month: '2026-02', mttd: { ms: min(25), count: 2 }, mtta: { ms: min(2), count: 1 }, mttr: { ms: min(90), count: 2 } },
      { month: '2026-03', mttd: undefined, mtta: undefined, mttr: undefined },
      // h has only detected and acknowledged.
      { month: '2026-04', mttd: { ms: min(4), count: 1 }, mtta: { ms: min(5.5), count: 2 }, mttr: { ms: min(40), count: 1 } },
      // e's negative MTTD is left out.
      { month: '2026-05', mttd: undefined, mtta: undefined, mttr: { ms: min(120), count: 1 } },
    ]);
    assert.deepEqual(report().months[4].reviews[0], { uri: 'e', title: 'Unrated blip', date: '2026-05-01', mttr: min(120) });
  });

  it('takes the overall medians over every review', () => {
    const { mttd, mtta, mttr } = report().totals;
    assert.deepEqual(mttd, { ms: min(15), count: 4 }); // 4, 10, 20, 30
    assert.deepEqual(mtta, { ms: min(5), count: 4 }); // 2, 5, 5, 6
    assert.deepEqual(mttr, { ms: min(120), count: 5 }); // 40, 60, 120, 120, 120
  });

  it('rates action items overall: completion over items not won\'t-do, on time over items done or overdue with a due day', () => {
    // 9 items: 3 done (one on time, one without a completion day, one without a due day), 1 won't do,
    // 5 open of which 3 overdue (late). The done item without `completed` is neither on time nor late.
    assert.deepEqual(report().totals.actions, {
      total: 9, done: 3, wontDo: 1, open: 5, overdue: 3, completionRate: 3 / 8, onTime: 1, late: 3, completionUnknown: 1, onTimeRate: 1 / 4,
    });
  });

  it('rates action items per month of their review', () => {
    assert.deepEqual(report().months.map((m) => m.actions), [
      { total: 3, done: 1, wontDo: 1, open: 1, overdue: 1, completionRate: 1 / 2, onTime: 0, late: 1, completionUnknown: 1, onTimeRate: 0 },
      // b's done item has no due day, so it is not judged; c's is overdue.
      { total: 3, done: 1, wontDo: 0, open: 2, overdue: 1, completionRate: 1 / 3, onTime: 0, late: 1, completionUnknown: 0, onTimeRate: 0 },
      { total: 0, done: 0, wontDo: 0, open: 0, overdue: 0, onTime: 0, late: 0, completionUnknown: 0 },
      // Lee's item due today is not overdue, so not late yet.
      { total: 2, done: 1, wontDo: 0, open: 1, overdue: 0, completionRate: 1 / 2, onTime: 1, late: 0, completionUnknown: 0, onTimeRate: 1 },
      { total: 0, done: 0, wontDo: 0, open: 0, overdue: 0, onTime: 0, late: 0, completionUnknown: 0 },
    ]);
  });

  it('counts open and overdue items by owner, owners compared in any case, most overdue first', () => {
    assert.deepEqual(report().owners, [
      { owner: 'Dana', open: 3, overdue: 2 },
      { open: 1, overdue: 1 },
      { owner: 'Lee', open: 1, overdue: 0 },
    ]);
  });

  it('groups repeats: a shared service and a shared tag or factor category, within the window, chained', () => {
    const { repeats } = report();
    assert.deepEqual(repeats, [
      // Newest first. c and e: search and config (written `Config` in e), 65 days apart.
      {
        reviews: [
          { uri: 'c', title: 'Search errors', date: '2026-02-25', severity: 'P2' },
          { uri: 'e', title: 'Unrated blip', date: '2026-05-01' },
        ],
        services: ['search'], tags: ['config'], factorCategories: [], spanDays: 65,
      },
      // a–b (41 days) and b–d (64 days) share checkout and `process`; a–d, 105 days apart, only through b.
      // a and d both have the tag config, but as they are not linked it is not what the group shares.
      {
        reviews: [
          { uri: 'a', title: 'Checkout down', date: '2026-01-10', severity: 'P1' },
          { uri: 'b', title: 'Checkout slow', date: '2026-02-20', severity: 'P2' },
          { uri: 'd', title: 'Checkout again', date: '2026-04-25', severity: 'P1' },
        ],
        services: ['checkout'], tags: [], factorCategories: ['process'], spanDays: 104,
      },
    ]);
  });

  it('counts incidents exactly the window apart as repeats', () => {
    const pair = (second: string) => {
      const index = new ReviewIndex();
      const review = (started: string) => stringify({ pir: 1, title: started, services: ['api'], tags: ['dns'], times: { started } });
      index.update('x', review('2026-01-01T00:00:00Z'));
      index.update('y', review(second));
      return reliabilityReport(index.entries(), { now: NOW, repeatWindowDays: 90 }).repeats.length;
    };
    assert.equal(pair('2026-04-01T00:00:00Z'), 1); // 90 days
    assert.equal(pair('2026-04-01T00:01:00Z'), 0);
  });

  it('uses the repeat window it is given', () => {
    // 64 days: b–d are 64 days and 1 hour apart, c–e 65 days; only a–b remain.
    assert.deepEqual(report({ repeatWindowDays: 64 }).repeats.map((g) => uris(g.reviews)), [['a', 'b']]);
    // 105 days: a–d (104 days 23 hours) link directly, so the group now shares their tag too.
    const wide = report({ repeatWindowDays: 105 }).repeats;
    assert.deepEqual(wide.map((g) => [uris(g.reviews), g.tags]), [[['c', 'e'], ['config']], [['a', 'b', 'd'], ['config']]]);
    assert.equal(report({ repeatWindowDays: 41 }).repeats.length, 1);
    assert.equal(report({ repeatWindowDays: 40 }).repeats.length, 0);
  });

  it('filters by severity, service (any case), category and date range', () => {
    const p1 = report({ severities: ['P1'] });
    assert.deepEqual([p1.reviewCount, p1.months.map((m) => m.incidents.total)], [2, [1, 0, 0, 1]]);

    const checkout = report({ services: ['CHECKOUT'] });
    assert.deepEqual(checkout.months.flatMap((m) => uris(m.reviews)), ['a', 'b', 'd']);
    assert.deepEqual(uris(checkout.undated), ['f']);

    assert.deepEqual(report({ categories: ['outage', 'other'] }).months.flatMap((m) => uris(m.reviews)), ['a', 'c', 'e']);

    // Both ends inclusive, by UTC day: e (Apr 30 in its own offset) is May 1. Undated reviews cannot be in a range.
    const range = report({ since: '2026-02-25', until: '2026-04-30' });
    assert.deepEqual(range.months.flatMap((m) => uris(m.reviews)), ['c', 'h', 'd']);
    assert.deepEqual(range.undated, []);
    assert.deepEqual(range.filters, {
      since: '2026-02-25', until: '2026-04-30', services: [], severities: [], categories: [], repeatWindowDays: 90,
    });
  });

  it('offers every service and category as filter choices, whatever is filtered', () => {
    assert.deepEqual(report({ severities: ['P4'] }).choices, {
      services: ['auth', 'checkout', 'payments', 'search'],
      categories: ['degradation', 'deployment', 'other', 'outage'],
    });
  });

  it('refuses a date range that is not YYYY-MM-DD', () => {
    assert.throws(() => report({ since: '2026-13-01' }), RangeError);
    assert.throws(() => report({ until: 'yesterday' }), /until must be a date/);
  });

  it('counts a review whose latest text does not parse with its last good data', () => {
    const index = new ReviewIndex();
    index.update('x', stringify({ pir: 1, title: 'Was fine', severity: 'P3', times: { started: '2026-03-03T00:00:00Z' } }));
    index.update('x', 'title: [broken');
    const { months } = reliabilityReport(index.entries(), { now: NOW });
    assert.deepEqual(months.map((m) => [m.month, m.incidents.P3]), [['2026-03', 1]]);
  });

  it('reports nothing, without failing, for no reviews', () => {
    const empty = reliabilityReport([], { now: NOW });
    assert.deepEqual([empty.months, empty.repeats, empty.owners, empty.undated, empty.reviewCount], [[], [], [], [], 0]);
    assert.deepEqual(empty.totals, { actions: { total: 0, done: 0, wontDo: 0, open: 0, overdue: 0, onTime: 0, late: 0, completionUnknown: 0 } });
    assert.equal(empty.now, '2026-06-15T12:00:00.000Z');
    assert.deepEqual(empty.filters, { services: [], severities: [], categories: [], repeatWindowDays: 90 });
  });

  it('spans months across a year end', () => {
    const index = new ReviewIndex();
    index.update('x', stringify({ pir: 1, title: 'X', times: { started: '2025-11-30T00:00:00Z' } }));
    index.update('y', stringify({ pir: 1, title: 'Y', times: { started: '2026-02-01T00:00:00Z' } }));
    assert.deepEqual(reliabilityReport(index.entries(), { now: NOW }).months.map((m) => m.month), ['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    assert.equal(median([]), undefined);
    assert.equal(median([7]), 7);
    assert.equal(median([4, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 2]), 2.5);
  });
});

describe('actionRates', () => {
  it('has no rates when nothing counts', () => {
    const wontDo = fixtureEntries().find((e) => e.uri === 'a')!.actionItems.filter((item) => item.status === 'wont-do');
    assert.deepEqual(actionRates(wontDo, NOW), { total: 1, done: 0, wontDo: 1, open: 0, overdue: 0, onTime: 0, late: 0, completionUnknown: 0 });
  });
});
