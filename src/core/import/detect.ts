// Which source a file is, from its content alone (names lie: an export renamed, a payload saved
// as data.json). `--from` skips the guess but the content must still fit.
import { isRecord } from '../review';
import { isAlertmanagerList, isAlertmanagerWebhook } from './alertmanager';
import { isEventCsv } from './csv';
import { isGitLog } from './git';
import { githubRecords } from './github';
import { isGrafanaAnnotations } from './grafana';
import { isOpsgenieLog } from './opsgenie';
import { isPagerDutyIncident, isPagerDutyLog } from './pagerduty';
import { teamsMessages } from './teams';
import { ImportError, type SourceName } from './types';

/** What each source's file looks like, for messages that say what was expected. */
export const EXPECTED: Record<SourceName, string> = {
  slack: 'a Slack export (folder or zip: channels.json, users.json, <channel>/<YYYY-MM-DD>.json) or a conversations.history/replies response ({"ok": true, "messages": […]})',
  teams: 'a Microsoft Graph chatMessage list ({"value": [{"messageType", "createdDateTime", "body", …}]})',
  pagerduty: 'PagerDuty log entries ({"log_entries": […]}) or an incident ({"incident": {…}})',
  opsgenie: 'an Opsgenie alert log ({"data": [{"log", "type", "owner", "createdAt"}]})',
  alertmanager: 'an Alertmanager webhook payload ({"version": "4", "alerts": […]}) or an API v2 alert list',
  grafana: 'Grafana annotations (a list of {"time", "text", …})',
  git: 'git log output in the format %H%x09%aI%x09%cI%x09%an%x09%s',
  github: 'GitHub deployments, deployment statuses or releases (a list, or a webhook payload)',
  csv: 'CSV with columns time,text[,actor,kind,url]',
};

/** Every source's file, for a file that fits none. */
export const EXPECTED_ANY = `one of: ${Object.values(EXPECTED).join('; ')}. Use --from to name the source`;

/** A Slack API response, or a bare list of messages (a single day file). */
export function isSlackMessages(value: unknown): boolean {
  if (isRecord(value)) return Array.isArray(value.messages) && ('ok' in value || value.messages.some((m) => isRecord(m) && typeof m.ts === 'string'));
  return Array.isArray(value) && value.length > 0 && value.every((m) => isRecord(m) && typeof m.ts === 'string');
}

/** The source a parsed JSON value is, or undefined. */
export function detectJson(value: unknown): SourceName | undefined {
  if (isPagerDutyLog(value) || isPagerDutyIncident(value)) return 'pagerduty';
  if (isOpsgenieLog(value)) return 'opsgenie';
  if (isAlertmanagerWebhook(value) || isAlertmanagerList(value)) return 'alertmanager';
  if (isSlackMessages(value)) return 'slack';
  if (teamsMessages(value)) return 'teams';
  if (githubRecords(value)) return 'github';
  if (isGrafanaAnnotations(value)) return 'grafana';
  return undefined;
}

/** True when the text looks like JSON rather than CSV or git output. */
export function looksLikeJson(text: string): boolean {
  return /^\uFEFF?\s*[[{]/.test(text);
}

/**
 * The source of a file's content. Throws ImportError naming `file` and what was expected when
 * the content is none of them (or is broken JSON).
 */
export function detectFormat(file: string, content: string): SourceName {
  if (looksLikeJson(content)) {
    let value: unknown;
    try {
      value = JSON.parse(content.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new ImportError(file, `is not valid JSON (${(error as Error).message}); expected ${EXPECTED_ANY}.`);
    }
    const from = detectJson(value);
    if (!from) throw unknownJson(file);
    return from;
  }
  if (isGitLog(content)) return 'git';
  if (isEventCsv(content)) return 'csv';
  throw new ImportError(file, `is not a format the import knows; expected ${EXPECTED_ANY}.`);
}

export function unknownJson(file: string): ImportError {
  return new ImportError(file, `is JSON of a shape the import does not know; expected ${EXPECTED_ANY}.`);
}

/** The error for a file given with `--from` whose content does not fit that source. */
export function notThatSource(file: string, from: SourceName): ImportError {
  return new ImportError(file, `does not look like ${from}: expected ${EXPECTED[from]}.`);
}
