import assert from 'node:assert/strict';
import { reportData } from './report-data';

describe('reportData', () => {
  it('reads a review that is not a mapping as an empty report', () => {
    for (const value of [undefined, null, 'text', 42, []]) {
      const data = reportData(value);
      assert.equal(data.title, undefined);
      assert.deepEqual(data.timeline, []);
      assert.deepEqual(data.fishbone, { causes: [], categories: ['people', 'process', 'tools', 'systems', 'environment'] });
    }
  });

  it('leaves out fields of the wrong type instead of showing them as [object Object]', () => {
    const data = reportData({
      title: { nested: true }, severity: 1, services: ['api', 2, null, 'web'], participants: [{ name: 'Ana' }, 'Bo', { role: 'scribe' }],
      impact: { usersAffected: '12', downtimeMinutes: 5, slaBreached: 'yes', revenueImpact: Number.NaN },
      response: { detection: ['x'], tooling: 'Dashboards helped' },
    });
    assert.equal(data.title, undefined);
    assert.equal(data.severity, undefined);
    assert.deepEqual(data.services, ['api', 'web']);
    assert.deepEqual(data.participants, [{ name: 'Ana' }]);
    assert.deepEqual(data.impact, { downtimeMinutes: 5, figures: [] });
    assert.deepEqual(data.response, { tooling: 'Dashboards helped' });
  });

  it('treats blank template text as absent', () => {
    const data = reportData({ summary: '\n', rootCause: '   ', analysis: { fiveWhys: { problem: '', whys: [''] } }, wentWell: [' '] });
    assert.equal(data.summary, undefined);
    assert.equal(data.rootCause, undefined);
    assert.deepEqual(data.fiveWhys, []);
    assert.deepEqual(data.wentWell, []);
  });

  it('keeps each list entry\'s index in the review, past skipped entries', () => {
    const data = reportData({ timeline: ['junk', { at: '2026-01-01T00:00:00Z', text: 'a' }], actionItems: [null, null, { title: 't' }] });
    assert.deepEqual(data.timeline, [{ at: '2026-01-01T00:00:00Z', text: 'a', index: 1 }]);
    assert.deepEqual(data.actionItems, [{ title: 't', index: 2 }]);
  });

  it('marks an open item blocked by open items of the same review, and keeps references to other reviews as written', () => {
    const data = reportData({ actionItems: [
      { id: 'AI-1', title: 'a', status: 'in-progress' },
      { id: 'AI-2', title: 'b', status: 'done' },
      { id: 'AI-3', title: 'c', dependsOn: ['AI-1', 'AI-2', 'PIR-7#AI-1', 7] },
      { id: 'AI-4', title: 'd', status: 'done', dependsOn: ['AI-1'] },
    ] });
    assert.deepEqual(data.actionItems.map((a) => [a.id, a.dependsOn, a.blockedBy]), [
      ['AI-1', undefined, undefined], ['AI-2', undefined, undefined], ['AI-3', ['AI-1', 'AI-2', 'PIR-7#AI-1'], ['AI-1']], ['AI-4', ['AI-1'], undefined],
    ]);
  });

  it('keeps free-text enum values, and causes without a category', () => {
    const data = reportData({ severity: 'P9', analysis: { fishbone: { causes: [{ text: 'no category' }, { category: 'tools' }] } } });
    assert.equal(data.severity, 'P9');
    assert.deepEqual(data.fishbone.causes, [{ category: 'uncategorized', text: 'no category' }]);
  });
});
