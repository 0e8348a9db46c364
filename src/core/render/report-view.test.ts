import assert from 'node:assert/strict';
import { reportData } from './report-data';
import { impactRows, keyFacts, metricFacts, timelineTimes } from './report-view';

describe('report view', () => {
  it('puts the day in the timeline only on the first event and when it changes', () => {
    const times = timelineTimes([
      { at: '2026-03-14T23:50:00Z' }, { at: '2026-03-14T23:55:30Z' }, { at: '2026-03-15T00:10:00+00:00' }, { at: 'soon' }, {}, { at: '2026-03-15T01:00:00Z' },
    ]);
    assert.deepEqual(times, { heading: 'Time (UTC)', times: ['2026-03-14 23:50', '23:55:30', '2026-03-15 00:10', 'soon', '', '01:00'] });
  });

  it('shows timeline times in the offset they are written with, named once in the heading', () => {
    assert.deepEqual(timelineTimes([{ at: '2026-03-14T09:12:00+01:00' }, { at: '2026-03-14T09:17:30+01:00' }]),
      { heading: 'Time (UTC+01:00)', times: ['2026-03-14 09:12', '09:17:30'] });
    assert.deepEqual(timelineTimes([{ at: '2026-03-14T09:12:00+01:00' }, { at: '2026-03-14T08:20:00Z' }]),
      { heading: 'Time', times: ['2026-03-14 09:12 UTC+01:00', '08:20 UTC'] }, 'mixed offsets: each cell says its own');
  });

  it('lists the key facts that are set, in reading order', () => {
    const facts = keyFacts(reportData({
      services: ['api', 'web'], times: { started: '2026-03-14T09:00:00Z', resolved: '2026-03-14T10:00:00Z' },
      participants: [{ name: 'Ana', role: 'incident-commander' }, { name: 'Bo' }],
    }));
    assert.deepEqual(facts, [
      { label: 'Services', value: 'api, web' },
      { label: 'Started', value: '2026-03-14 09:00 UTC' },
      { label: 'Resolved', value: '2026-03-14 10:00 UTC' },
      { label: 'Participants', value: 'Ana (Incident commander), Bo' },
    ]);
  });

  it('computes the metrics from the lifecycle times, with a dash for missing ones', () => {
    const metrics = metricFacts(reportData({ times: { started: '2026-03-14T09:00:00Z', detected: '2026-03-14T09:07:00Z', resolved: '2026-03-14T10:18:00Z' } }));
    assert.deepEqual(metrics.map((m) => [m.label, m.value]), [['MTTD', '7m'], ['MTTA', '—'], ['MTTR', '1h 18m'], ['Mitigated after', '—']]);
  });

  it('formats the impact figures that are set', () => {
    assert.deepEqual(impactRows({ usersAffected: 18400, downtimeMinutes: 46, slaBreached: false, figures: [] }), [
      { label: 'Users affected', value: '18,400' }, { label: 'Downtime', value: '46 min' }, { label: 'SLA breached', value: 'No' },
    ]);
    // The team's own figures follow, with their unit.
    assert.deepEqual(impactRows({ figures: [{ label: 'Projects lost', value: '5,000' }, { label: 'Failed requests', value: '85', unit: '%' }] }), [
      { label: 'Projects lost', value: '5,000' }, { label: 'Failed requests', value: '85 %' },
    ]);
  });
});
