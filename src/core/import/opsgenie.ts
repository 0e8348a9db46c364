// Opsgenie: an alert's log (GET /v2/alerts/{id}/logs): `{data: [{log, type, owner, createdAt, offset}]}`.
// The entry types are coarse ("system", "alertRecipient"…), so the kind comes from the log text.
import type { EventKind } from '../review';
import { isRecord, stringOf } from '../review';
import type { Collector, Found } from './collect';
import { parseIsoInstant } from './instant';

/** Log text -> kind, first match wins. Notifications to recipients are noise (and hold contact details). */
const RULES: readonly { pattern: RegExp; kind: EventKind; marks?: Found['marks'] }[] = [
  { pattern: /\backnowledged\b/i, kind: 'response', marks: 'acknowledged' },
  { pattern: /\bclosed\b|\bresolved\b/i, kind: 'resolution', marks: 'resolved' },
  { pattern: /\bescalat|\bassigned\b|\btook ownership\b|\badded responder/i, kind: 'escalation' },
  { pattern: /\bcreated\b|\bopened\b|\btriggered\b/i, kind: 'detection', marks: 'detected' },
  { pattern: /\bnote\b/i, kind: 'note' },
];
const NOTIFICATION = /\bnotification\b|\bnotified\b|\bsent\b.*\bto\b/i;

export function isOpsgenieLog(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && Array.isArray(value.data) && value.data.some((entry) => isRecord(entry) && typeof entry.log === 'string' && 'createdAt' in entry);
}

export function readOpsgenieLog(value: Record<string, unknown>, file: string, sink: Collector): void {
  for (const entry of value.data as unknown[]) {
    if (!isRecord(entry)) continue;
    const ms = parseIsoInstant(entry.createdAt);
    const log = stringOf(entry.log);
    if (ms === undefined || !log) continue;
    if (entry.type === 'alertRecipient' || NOTIFICATION.test(log)) {
      sink.skip();
      continue;
    }
    sink.add('opsgenie', file, ms, () => {
      const rule = RULES.find(({ pattern }) => pattern.test(log));
      const owner = stringOf(entry.owner);
      return {
        kind: rule?.kind ?? 'note',
        marks: rule?.marks,
        text: log,
        // The owner is often an e-mail address: keep the name part, not the address.
        actor: owner?.includes('@') ? owner.split('@')[0] : owner,
        origin: `opsgenie:${stringOf(entry.offset) ?? `${ms}:${log}`}`,
      };
    });
  }
}
