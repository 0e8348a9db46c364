import * as assert from 'node:assert/strict';
import { actionStats, formatMetricsLine, reviewMetrics } from './metrics';
import { MINUTE } from './time';

describe('metrics', () => {
  const times = {
    started: '2026-03-14T09:00:00Z',
    detected: '2026-03-14T09:07:00Z',
    // +01:00: 09:09 UTC, so MTTA is 2 minutes.
    acknowledged: '2026-03-14T10:09:00+01:00',
    mitigated: '2026-03-14T09:45:00Z',
    resolved: '2026-03-14T10:18:00Z',
  };

  describe('reviewMetrics', () => {
    it('computes MTTD, MTTA, MTTR and time to mitigate from the lifecycle', () => {
      assert.deepEqual(reviewMetrics({ times }), {
        mttd: 7 * MINUTE, mtta: 2 * MINUTE, mttr: 78 * MINUTE, timeToMitigate: 45 * MINUTE, missing: [],
      });
    });

    it('leaves out what a missing or unreadable time makes unknowable', () => {
      const metrics = reviewMetrics({ times: { ...times, acknowledged: undefined, started: '2026-03-14 09:00' } });
      assert.deepEqual(metrics, {
        mttd: undefined, mtta: undefined, mttr: undefined, timeToMitigate: undefined, missing: ['started', 'acknowledged'],
      });
    });

    it('reads a review that is not a mapping as having no times', () => {
      assert.deepEqual(reviewMetrics('nonsense').missing, ['started', 'detected', 'acknowledged', 'mitigated', 'resolved']);
      assert.deepEqual(reviewMetrics({ times: ['2026-03-14T09:00:00Z'] }).missing.length, 5);
    });

    it('keeps times out of order as negative durations', () => {
      assert.equal(reviewMetrics({ times: { ...times, detected: '2026-03-14T08:55:00Z' } }).mttd, -5 * MINUTE);
    });
  });

  describe('formatMetricsLine', () => {
    it('prints the three metrics as the status bar shows them', () => {
      assert.equal(formatMetricsLine(reviewMetrics({ times })), 'MTTD 7m · MTTA 2m · MTTR 1h 18m');
    });

    it('dashes an unknown metric and names the missing times once', () => {
      assert.equal(formatMetricsLine(reviewMetrics({ times: { ...times, acknowledged: undefined } })), 'MTTD 7m · MTTA — · MTTR 1h 18m (no acknowledged)');
    });

    it('does not mention mitigated, which none of the three needs', () => {
      assert.equal(formatMetricsLine(reviewMetrics({ times: { ...times, mitigated: undefined } })), 'MTTD 7m · MTTA 2m · MTTR 1h 18m');
    });

    it('says "no times" when there are none', () => {
      assert.equal(formatMetricsLine(reviewMetrics({})), 'MTTD — · MTTA — · MTTR — (no times)');
    });
  });

  describe('actionStats', () => {
    const now = new Date('2026-06-01T12:00:00Z');

    it('counts items by status, overdue ones, and the completion rate without won\'t-do', () => {
      const review = {
        actionItems: [
          { title: 'a', status: 'done', due: '2026-01-01', completed: '2026-01-01' },
          { title: 'b', status: 'done' },
          { title: 'c', status: 'wont-do', due: '2026-01-01' },
          { title: 'd', status: 'in-progress', due: '2026-05-31' },
          { title: 'e', due: '2026-06-01' },
          { title: 'f', status: 'open', due: '2026-02-01' },
          'not an item',
        ],
      };
      assert.deepEqual(actionStats(review, now), {
        total: 6, done: 2, wontDo: 1, open: 2, inProgress: 1, overdue: 2, completionRate: 2 / 5,
        // a done on its due day; d and f overdue; b has no due day; e is due today.
        onTime: 1, late: 2, completionUnknown: 0, onTimeRate: 1 / 3,
      });
    });

    it('judges on time by the completion day, and never counts a done item without one as on time', () => {
      const items = [
        { title: 'early', status: 'done', due: '2026-03-10', completed: '2026-03-09' },
        { title: 'late', status: 'done', due: '2026-03-10', completed: '2026-03-11' },
        { title: 'unknown', status: 'done', due: '2026-03-10' },
        { title: 'bad date', status: 'done', due: '2026-03-10', completed: 'last week' },
        { title: 'overdue', status: 'in-progress', due: '2026-05-01' },
        { title: 'not due yet', status: 'open', due: '2026-07-01' },
        { title: 'dropped', status: 'wont-do', due: '2026-03-10' },
      ];
      const stats = actionStats({ actionItems: items }, now);
      assert.deepEqual([stats.onTime, stats.late, stats.completionUnknown, stats.onTimeRate], [1, 2, 2, 1 / 3]);
      const onlyUnknown = actionStats({ actionItems: [{ title: 'x', status: 'done', due: '2026-03-10' }] }, now);
      assert.equal(onlyUnknown.onTimeRate, undefined, 'no rate from items nobody can judge');
      assert.equal(onlyUnknown.completionUnknown, 1);
    });

    it('has no completion rate when every item is won\'t-do, or there are none', () => {
      assert.equal(actionStats({ actionItems: [{ title: 'a', status: 'wont-do' }] }, now).completionRate, undefined);
      assert.deepEqual(actionStats({}, now), { total: 0, done: 0, wontDo: 0, open: 0, inProgress: 0, overdue: 0, onTime: 0, late: 0, completionUnknown: 0 });
    });
  });
});
