// The messages between the extension host and the Reliability Dashboard. The dashboard is not
// bound to a document: the host computes the report (the same core function as `pir metrics`)
// for the filters the panel asks for, and opens a review the panel names only if the index has it.
import type { ReliabilityFilters, ReliabilityReport } from '../reliability';
import { CATEGORIES, isRecord, type IncidentCategory, type IncidentSeverity } from '../review';
import { parseDate } from '../time';
import { hasKeys, isText } from './panels';

// ---- host -> webview ------------------------------------------------------------------------

/** The report for the filters in `report.filters`; sent on open, on every index change and after a filter change. */
export interface ReportMessage {
  type: 'report';
  report: ReliabilityReport;
}

export type DashboardHostMessage = ReportMessage;

// ---- webview -> host ------------------------------------------------------------------------

/** The filters as the panel sends them: every list present, possibly empty. */
export interface DashboardFilters extends ReliabilityFilters {
  services: string[];
  severities: IncidentSeverity[];
  categories: IncidentCategory[];
}

export type DashboardMessage =
  | { type: 'ready' }
  | { type: 'filter'; filters: DashboardFilters }
  /** Open a review listed in the report; the host checks it is one of the index's reviews. */
  | { type: 'openReview'; uri: string };

// ---- validation of untrusted messages -------------------------------------------------------

/** More services than any workspace has, fewer than would make recomputing a burden. */
const MAX_SERVICES = 500;
/** Longer than any severity scale. */
const MAX_SEVERITIES = 50;

const isDay = (value: unknown): boolean => isText(value) && parseDate(value) !== undefined;
const isListOf = (allowed: (value: unknown) => boolean, max: number) => (value: unknown): boolean =>
  Array.isArray(value) && value.length <= max && value.every(allowed);

export function isDashboardFilters(value: unknown): value is DashboardFilters {
  return isRecord(value) && hasKeys(value, ['services', 'severities', 'categories'], ['since', 'until']) &&
    (value.since === undefined || isDay(value.since)) &&
    (value.until === undefined || isDay(value.until)) &&
    isListOf(isText, MAX_SERVICES)(value.services) &&
    // A team's own scale names the severities; an id outside it matches no review.
    isListOf(isText, MAX_SEVERITIES)(value.severities) &&
    isListOf((c) => CATEGORIES.includes(c as IncidentCategory), CATEGORIES.length)(value.categories);
}

/** A well-formed message from the dashboard. Anything else is ignored (and logged) by the host. */
export function isDashboardMessage(message: unknown): message is DashboardMessage {
  if (!isRecord(message)) return false;
  switch (message.type) {
    case 'ready':
      return hasKeys(message, ['type']);
    case 'filter':
      return hasKeys(message, ['type', 'filters']) && isDashboardFilters(message.filters);
    case 'openReview':
      return hasKeys(message, ['type', 'uri']) && isText(message.uri);
    default:
      return false;
  }
}
