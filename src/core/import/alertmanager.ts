// Alertmanager: a webhook payload (`{version: "4", status, alerts: […]}`) or an API v2 alert list
// (GET /api/v2/alerts: a JSON list). An alert's start is a detection; a real end a resolution.
// `endsAt` is Go's zero time while an alert fires, and a firing alert's future `endsAt` is only
// the resolve timeout: only a resolved alert's non-zero `endsAt` is an end.
import { createHash } from 'node:crypto';
import { isRecord, stringOf } from '../review';
import { recordSource, type Collector } from './collect';
import { parseIsoInstant } from './instant';

export function isAlertmanagerWebhook(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && Array.isArray(value.alerts) && ('groupKey' in value || 'receiver' in value || 'version' in value);
}

export function isAlertmanagerList(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.length > 0 && value.every((alert) => isRecord(alert) && isRecord(alert.labels) && 'startsAt' in alert);
}

export function readAlertmanager(alerts: readonly unknown[], file: string, sink: Collector): void {
  for (const alert of alerts) {
    if (!isRecord(alert)) continue;
    const labels = isRecord(alert.labels) ? alert.labels : {};
    const annotations = isRecord(alert.annotations) ? alert.annotations : {};
    const start = parseIsoInstant(alert.startsAt);
    if (start === undefined) continue;
    // One alert across resent notifications: fingerprint (or, in payloads without one, its labels) + start.
    const identity = `${stringOf(alert.fingerprint) ?? labelKey(labels)}@${new Date(start).toISOString()}`;
    const name = stringOf(labels.alertname) ?? 'alert';
    const about = stringOf(annotations.summary) ?? stringOf(annotations.description) ?? stringOf(labels.summary) ?? '';
    const where = stringOf(labels.instance);
    const link = stringOf(alert.generatorURL);
    const describe = (what: string): string => `${name} ${what}${where ? ` on ${where}` : ''}${about ? `: ${about}` : ''}`;
    sink.add('alertmanager', file, start, () => ({
      kind: 'detection',
      marks: 'detected',
      text: describe('firing'),
      actor: 'Alertmanager',
      origin: `alertmanager:${identity}`,
      source: recordSource(link, `alert-${identity}`, `alertmanager:${identity}`),
    }));
    const state = isRecord(alert.status) ? alert.status.state : alert.status;
    const end = parseIsoInstant(alert.endsAt);
    if (state !== 'resolved' || end === undefined) continue;
    sink.add('alertmanager', file, end, () => ({
      kind: 'resolution',
      kindChoices: ['resolution', 'mitigation'],
      text: describe('resolved'),
      actor: 'Alertmanager',
      origin: `alertmanager:${identity}:end`,
      source: recordSource(link, `alert-${identity}-end`, `alertmanager:${identity}:end`),
    }));
  }
}

/** A stand-in fingerprint: a hash of the sorted label set, which is what Alertmanager's fingerprint hashes too. */
function labelKey(labels: Record<string, unknown>): string {
  const set = Object.keys(labels)
    .sort()
    .map((key) => `${key}=${String(labels[key])}`)
    .join('\n');
  return createHash('sha256').update(set).digest('hex').slice(0, 16);
}
