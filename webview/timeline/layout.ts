// Where things go on the timeline's vertical axis. Pure: the webview renders the result, the unit
// tests check it in Node. Rows keep the document's order (a row never overlaps another); the
// space *before* each row is proportional to the time since the previous row, so long gaps look long.
import { LIFECYCLE_KEYS, type LifecycleKey } from '../../src/core/review';

export type AxisItem =
  | { kind: 'event'; index: number; ms?: number }
  | { kind: 'marker'; key: LifecycleKey; ms: number };

export interface Gap {
  /** Time since the previous row that has a time; negative when the document is out of order. */
  ms: number;
  /** Height of the space before the row. */
  px: number;
  /** The gap was longer than the axis can show to scale: the view draws a break. */
  compressed: boolean;
}

export interface AxisRow {
  item: AxisItem;
  gap?: Gap;
  /** The lifecycle span the row is in: the last marker at or above it. */
  phase?: LifecycleKey;
  /** An event before `started` or after `resolved`. */
  outsideWindow: boolean;
  /** For a marker: time since the previous lifecycle time that is set. */
  sincePrevious?: { key: LifecycleKey; ms: number };
}

export interface TimelineLayout {
  rows: AxisRow[];
  /** The longest gap between rows inside the incident window: the row below it and its length. */
  longestSilence?: { row: number; ms: number };
}

export interface LayoutOptions {
  /** The median gap gets this many pixels; the others scale with it. */
  typicalGapPx: number;
  /** No gap is drawn taller than this; longer ones are drawn compressed. */
  maxGapPx: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { typicalGapPx: 24, maxGapPx: 180 };

export function layoutTimeline(
  eventTimes: readonly (number | undefined)[],
  lifecycle: Partial<Record<LifecycleKey, number>>,
  options: LayoutOptions = DEFAULT_LAYOUT,
): TimelineLayout {
  const items = mergeMarkers(eventTimes, lifecycle);
  const gapMs = gapsOf(items);
  const scale = options.typicalGapPx / (median(gapMs.filter((ms): ms is number => ms !== undefined && ms > 0)) ?? Infinity);
  const started = lifecycle.started;
  const resolved = lifecycle.resolved;

  let phase: LifecycleKey | undefined;
  let previousMarker: { key: LifecycleKey; ms: number } | undefined;
  const rows = items.map((item, row): AxisRow => {
    const ms = gapMs[row];
    const raw = ms === undefined ? 0 : Math.max(0, ms) * scale;
    const axisRow: AxisRow = {
      item,
      gap: ms === undefined ? undefined : { ms, px: Math.round(Math.min(raw, options.maxGapPx)), compressed: raw > options.maxGapPx },
      outsideWindow: item.kind === 'event' && item.ms !== undefined &&
        ((started !== undefined && item.ms < started) || (resolved !== undefined && item.ms > resolved)),
    };
    if (item.kind === 'marker') {
      phase = item.key;
      if (previousMarker) axisRow.sincePrevious = { key: previousMarker.key, ms: item.ms - previousMarker.ms };
      previousMarker = { key: item.key, ms: item.ms };
    }
    axisRow.phase = phase;
    return axisRow;
  });
  return { rows, longestSilence: longestSilence(items, gapMs, lifecycle) };
}

/**
 * Events in document order with the lifecycle markers placed among them by time: each marker goes
 * after the events at or before its time. Markers keep lifecycle order even when times disagree.
 */
function mergeMarkers(eventTimes: readonly (number | undefined)[], lifecycle: Partial<Record<LifecycleKey, number>>): AxisItem[] {
  const items: AxisItem[] = [];
  const markers = LIFECYCLE_KEYS.flatMap((key) => (lifecycle[key] === undefined ? [] : [{ kind: 'marker' as const, key, ms: lifecycle[key] }]));
  eventTimes.forEach((ms, index) => {
    while (markers.length > 0 && ms !== undefined && markers[0].ms < ms) items.push(markers.shift()!);
    items.push({ kind: 'event', index, ms });
  });
  items.push(...markers);
  return items;
}

/** For each item, the time since the previous item that has a time (undefined for the first). */
function gapsOf(items: readonly AxisItem[]): (number | undefined)[] {
  let previous: number | undefined;
  return items.map((item) => {
    const ms = item.ms;
    if (ms === undefined) return undefined;
    const gap = previous === undefined ? undefined : ms - previous;
    previous = ms;
    return gap;
  });
}

/** The incident runs from `started` to `resolved`; without them, from the first to the last time shown. */
function longestSilence(
  items: readonly AxisItem[],
  gapMs: readonly (number | undefined)[],
  lifecycle: Partial<Record<LifecycleKey, number>>,
): TimelineLayout['longestSilence'] {
  const times = items.flatMap((item) => (item.ms === undefined ? [] : [item.ms]));
  const from = lifecycle.started ?? Math.min(...times);
  const to = lifecycle.resolved ?? Math.max(...times);
  let best: TimelineLayout['longestSilence'];
  items.forEach((item, row) => {
    const ms = gapMs[row];
    if (ms === undefined || ms <= 0 || item.ms === undefined) return;
    const inside = item.ms - ms >= from && item.ms <= to;
    if (inside && (!best || ms > best.ms)) best = { row, ms };
  });
  return best;
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Where a new event at `ms` keeps a chronological timeline chronological: after everything at or before it. */
export function chronologicalIndex(eventTimes: readonly (number | undefined)[], ms: number): number {
  for (let index = eventTimes.length - 1; index >= 0; index--) {
    const at = eventTimes[index];
    if (at !== undefined && at <= ms) return index + 1;
  }
  return eventTimes.some((at) => at !== undefined) ? 0 : eventTimes.length;
}
