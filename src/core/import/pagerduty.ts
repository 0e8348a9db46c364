// PagerDuty: an incident's log entries (GET /incidents/{id}/log_entries, or /log_entries), and
// optionally the incident itself (GET /incidents/{id}) for its page and title.
// Times carry the account's zone unless UTC was asked for: read the offset.
import type { EventKind } from '../review';
import { isRecord, stringOf } from '../review';
import { recordSource, type Collector, type Found } from './collect';
import { parseIsoInstant } from './instant';
import type { ImportOptions } from './types';

/** Log entry type (without `_log_entry`) -> kind and the lifecycle moment it marks. */
const KINDS: Record<string, { kind: EventKind; marks?: Found['marks'] }> = {
  trigger: { kind: 'detection', marks: 'detected' },
  acknowledge: { kind: 'response', marks: 'acknowledged' },
  acknowledgement: { kind: 'response', marks: 'acknowledged' },
  assign: { kind: 'escalation' },
  escalate: { kind: 'escalation' },
  delegate: { kind: 'escalation' },
  unacknowledge: { kind: 'escalation' },
  annotate: { kind: 'note' },
  resolve: { kind: 'resolution', marks: 'resolved' },
};

export function isPagerDutyLog(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && Array.isArray(value.log_entries);
}

export function isPagerDutyIncident(value: unknown): value is Record<string, unknown> {
  const incident = isRecord(value) && isRecord(value.incident) ? value.incident : value;
  return isRecord(incident) && incident.type === 'incident' && typeof incident.id === 'string';
}

/** The incident's page by id, from incident files read alongside (an entry's own link is often null). */
export type IncidentPages = Map<string, string>;

export function incidentPage(value: Record<string, unknown>, pages: IncidentPages): void {
  const incident = isRecord(value.incident) ? value.incident : value;
  const id = stringOf(incident.id);
  const page = stringOf(incident.html_url);
  if (id && page) pages.set(id, page);
}

export function readPagerDutyLog(value: Record<string, unknown>, file: string, sink: Collector, options: ImportOptions, pages: IncidentPages): void {
  for (const entry of oldestFirst(value.log_entries as unknown[])) {
    if (!isRecord(entry)) continue;
    const ms = parseIsoInstant(entry.created_at);
    const id = stringOf(entry.id);
    if (ms === undefined || !id) continue;
    const type = (stringOf(entry.type) ?? '').replace(/_log_entry$/, '');
    if (type === 'notify' && !options.includeNotifications) {
      sink.skip();
      continue;
    }
    sink.add('pagerduty', file, ms, () => {
      const incident = isRecord(entry.incident) ? entry.incident : {};
      const page = stringOf(entry.html_url) ?? pages.get(stringOf(incident.id) ?? '') ?? stringOf(incident.html_url);
      const mapped = KINDS[type];
      const origin = `pagerduty:${id}`;
      return {
        kind: mapped?.kind ?? 'note',
        marks: mapped?.marks,
        text: entryText(entry, type),
        actor: isRecord(entry.agent) ? stringOf(entry.agent.summary) : undefined,
        origin,
        source: stringOf(entry.html_url) ?? recordSource(page, `log-entry-${id}`, origin),
      };
    });
  }
}

/** The summary, with a resolve's or a note's own words after it. */
function entryText(entry: Record<string, unknown>, type: string): string {
  const summary = stringOf(entry.summary) ?? type;
  const channel = isRecord(entry.channel) ? entry.channel : {};
  const note = stringOf(entry.note) ?? (type === 'annotate' ? stringOf(channel.summary) : undefined);
  return note && note !== summary ? `${summary}: ${note}` : summary;
}

/** The entries oldest first: the API lists them newest first, and entries of the same second (trigger, assign) keep their order. */
function oldestFirst(entries: unknown[]): unknown[] {
  const time = (entry: unknown) => (isRecord(entry) ? (parseIsoInstant(entry.created_at) ?? 0) : 0);
  return entries.length > 1 && time(entries[0]) > time(entries[entries.length - 1]) ? [...entries].reverse() : entries;
}
