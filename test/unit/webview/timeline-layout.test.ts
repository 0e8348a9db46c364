import * as assert from 'node:assert/strict';
import { MINUTE } from '../../../src/core/time';
import { chronologicalIndex, layoutTimeline, type AxisItem } from '../../../webview/timeline/layout';

const T0 = Date.parse('2026-03-14T09:00:00Z');
const at = (minutes: number) => T0 + minutes * MINUTE;
const OPTIONS = { typicalGapPx: 20, maxGapPx: 100 };

function label(item: AxisItem): string {
  return item.kind === 'event' ? `e${item.index}` : item.key;
}

describe('timeline layout', () => {
  it('spaces rows in proportion to the time between them, median gap = typical height', () => {
    const { rows } = layoutTimeline([at(0), at(5), at(10), at(20)], {}, OPTIONS);
    assert.deepEqual(rows.map((r) => r.gap?.px), [undefined, 20, 20, 40]);
    assert.equal(rows[3].gap?.ms, 10 * MINUTE);
  });

  it('caps huge gaps and marks them compressed; tiny gaps stay tiny', () => {
    const { rows } = layoutTimeline([at(0), at(1), at(2), at(3), at(3.05), at(600)], {}, OPTIONS);
    assert.equal(rows[4].gap?.px, 1);
    assert.equal(rows[4].gap?.compressed, false);
    assert.deepEqual(rows[5].gap, { ms: at(600) - at(3.05), px: 100, compressed: true });
  });

  it('places lifecycle markers among the events by time, after events at the same time', () => {
    const { rows } = layoutTimeline([at(0), at(7), at(30)], { started: at(0), detected: at(7), mitigated: at(20), resolved: at(45) }, OPTIONS);
    assert.deepEqual(rows.map((r) => label(r.item)), ['e0', 'started', 'e1', 'detected', 'mitigated', 'e2', 'resolved']);
    assert.deepEqual(rows.map((r) => r.phase), [undefined, 'started', 'started', 'detected', 'mitigated', 'mitigated', 'resolved']);
    assert.deepEqual(rows[4].sincePrevious, { key: 'detected', ms: 13 * MINUTE });
  });

  it('keeps document order and draws no negative space for an out-of-order event', () => {
    const { rows } = layoutTimeline([at(10), at(5), at(20)], {}, OPTIONS);
    assert.deepEqual(rows.map((r) => label(r.item)), ['e0', 'e1', 'e2']);
    assert.equal(rows[1].gap?.ms, -5 * MINUTE);
    assert.equal(rows[1].gap?.px, 0);
  });

  it('skips events without a readable time when measuring gaps', () => {
    const { rows } = layoutTimeline([at(0), undefined, at(10)], {}, OPTIONS);
    assert.equal(rows[1].gap, undefined);
    assert.equal(rows[2].gap?.ms, 10 * MINUTE);
  });

  it('flags events outside started..resolved', () => {
    const { rows } = layoutTimeline([at(-5), at(10), at(90)], { started: at(0), resolved: at(60) }, OPTIONS);
    const outside = rows.filter((r) => r.item.kind === 'event').map((r) => r.outsideWindow);
    assert.deepEqual(outside, [true, false, true]);
  });

  it('finds the longest silence inside the incident window only', () => {
    // 09:00 start, events at 2, 40 (38m of silence), 45; resolved 50; an event 3h later is outside.
    const layout = layoutTimeline([at(2), at(40), at(45), at(230)], { started: at(0), resolved: at(50) }, OPTIONS);
    assert.ok(layout.longestSilence);
    assert.equal(layout.longestSilence.ms, 38 * MINUTE);
    assert.equal(label(layout.rows[layout.longestSilence.row].item), 'e1');
  });

  it('has no silence for an empty or single-event timeline', () => {
    assert.equal(layoutTimeline([], {}).longestSilence, undefined);
    assert.equal(layoutTimeline([at(0)], {}).longestSilence, undefined);
    assert.deepEqual(layoutTimeline([], {}).rows, []);
  });
});

describe('chronologicalIndex', () => {
  it('puts a new event after everything at or before its time', () => {
    const times = [at(0), at(10), at(10), at(20)];
    assert.equal(chronologicalIndex(times, at(-1)), 0);
    assert.equal(chronologicalIndex(times, at(10)), 3);
    assert.equal(chronologicalIndex(times, at(15)), 3);
    assert.equal(chronologicalIndex(times, at(99)), 4);
    assert.equal(chronologicalIndex([], at(0)), 0);
    assert.equal(chronologicalIndex([undefined, undefined], at(0)), 2);
  });
});
