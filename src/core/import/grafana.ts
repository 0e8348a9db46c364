// Grafana: annotations (GET /api/annotations): a JSON list of `{id, time, timeEnd, text, tags,
// login, alertId, newState…}` with epoch-millisecond times. Alert-state annotations become
// detections and resolutions; a region's end becomes an event of its own.
import type { EventKind } from '../review';
import { isRecord, stringOf } from '../review';
import type { Collector, Found } from './collect';
import { parseEpochMs } from './instant';
import { htmlText } from './html-text';

export function isGrafanaAnnotations(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.length > 0 && value.every((item) => isRecord(item) && typeof item.time === 'number' && ('text' in item || 'newState' in item));
}

export function readGrafana(annotations: readonly unknown[], file: string, sink: Collector): void {
  for (const annotation of annotations) {
    if (!isRecord(annotation)) continue;
    const time = parseEpochMs(annotation.time);
    if (time === undefined) continue;
    const id = String(annotation.id ?? time);
    const state = (stringOf(annotation.newState) ?? '').toLowerCase();
    const alert = state ? alertKind(state) : undefined;
    const text = htmlText(stringOf(annotation.text) ?? '') || [stringOf(annotation.alertName), state].filter(Boolean).join(' ');
    const tags = Array.isArray(annotation.tags) && annotation.tags.length ? ` [${annotation.tags.join(', ')}]` : '';
    const actor = stringOf(annotation.login) || stringOf(annotation.alertName) || undefined;
    sink.add('grafana', file, time, () => ({ ...alert, text: text + tags, actor, origin: `grafana:annotation/${id}` }));
    const end = parseEpochMs(annotation.timeEnd);
    if (end !== undefined && end > time) {
      sink.add('grafana', file, end, () => ({ kind: 'note', text: `End of: ${text}${tags}`, actor, origin: `grafana:annotation/${id}:end` }));
    }
  }
}

function alertKind(state: string): { kind: EventKind; marks?: Found['marks'] } {
  if (state === 'alerting') return { kind: 'detection', marks: 'detected' };
  if (state === 'ok' || state === 'normal') return { kind: 'resolution' };
  return { kind: 'note' };
}
