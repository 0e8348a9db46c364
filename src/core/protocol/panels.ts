// The messages between the extension host and a review panel (webview). Shared by the host,
// which must treat every incoming message as untrusted, and by every panel's browser bundle.
// Nothing here may touch `vscode` or the DOM: it runs in both worlds and in plain Node tests.
import type { ScaleEntry } from '../config';
import type { Candidate, ImportCounts, LifecycleSuggestion } from '../import/types';
import { isRecord, LIFECYCLE_KEYS, type EventKind, type FishboneCategory, type LifecycleKey } from '../review';
import { parseDate, readDateTime } from '../time';
import type { Path, Severity } from '../types';

// ---- host -> webview ------------------------------------------------------------------------

/** A finding the panel shows next to the item it is about (same message as the editor diagnostic). */
export interface PanelFinding {
  rule: string;
  severity: Severity;
  message: string;
  /** Where in the review, e.g. ['timeline', 3, 'at']; the panel attaches it to the nearest item it shows. */
  path: Path;
}

/** The document as the panel should show it. Sent on open, on every change and after every refusal. */
export interface StateMessage {
  type: 'state';
  /** `TextDocument.version` the state was read from; every intent must carry it back as `baseVersion`. */
  version: number;
  /** The review as plain data. When `parseError` is set, this is the last state that parsed (or undefined). */
  review: unknown;
  findings: PanelFinding[];
  /** Set while the text does not parse: the panel is read-only and shows this. */
  parseError?: string;
  /** The document, so the webview can persist it for the panel serializer and title itself. */
  document: { uri: string; name: string };
  /** The team's fishbone categories (`categories` in .pirrc.yaml), when it has its own. */
  categories?: string[];
  /** The team's timeline kinds (`timelineKinds` in .pirrc.yaml) with what each means, when it has its own. */
  timelineKinds?: ScaleEntry[];
  /** The team's `timeZone`: times written without an offset are read in it, and panels show times in it too. */
  timeZone?: string;
}

/** Why the host did not apply an intent. A `state` message always follows a refusal. */
export type RefusalReason = 'stale' | 'parse-error' | 'edit-error';

export interface RefusedMessage {
  type: 'refused';
  intent: EditIntent['type'];
  baseVersion: number;
  reason: RefusalReason;
  message: string;
}

/** What an import read (PIR: Import Timeline Events…): the Timeline Editor lets the user choose from it. */
export interface ImportOfferMessage {
  type: 'importOffer';
  /** Time-ordered; duplicates (`duplicateOf`) are shown but cannot be chosen. At most MAX_IMPORTED_EVENTS, the earliest. */
  candidates: Candidate[];
  /** How many candidates the files held in the window; more than `candidates.length` when they were cut. */
  totalCandidates: number;
  lifecycle: LifecycleSuggestion[];
  counts: ImportCounts;
  /** The files read and their formats, for the header. */
  formats: { file: string; from: string }[];
}

export type HostMessage = StateMessage | RefusedMessage | ImportOfferMessage;

// ---- webview -> host ------------------------------------------------------------------------

export const EVENT_FIELDS = ['at', 'kind', 'text', 'actor', 'source'] as const;
export type EventField = (typeof EVENT_FIELDS)[number];

/** A timeline event as a panel creates it. */
export interface NewEvent {
  at: string;
  text: string;
  kind?: EventKind;
  actor?: string;
  source?: string;
}

/** Every edit intent names the document version it was made against; the host refuses any other. */
interface Based {
  baseVersion: number;
}

export type TimelineIntent =
  | (Based & { type: 'addEvent'; event: NewEvent; index?: number })
  /** `value: null` removes an optional field (kind, actor, source). */
  | (Based & { type: 'updateEvent'; index: number; field: EventField; value: string | null })
  | (Based & { type: 'deleteEvent'; index: number })
  | (Based & { type: 'moveEvent'; from: number; to: number })
  /** `value: null` removes the lifecycle time. */
  | (Based & { type: 'setLifecycle'; key: LifecycleKey; value: string | null });

/** The Timeline Editor's import: the chosen events, inserted in time order as one edit, and lifecycle times to set. */
export type ImportEventsIntent = Based & { type: 'importEvents'; events: NewEvent[]; times: LifecycleTime[] };

export interface LifecycleTime {
  key: LifecycleKey;
  value: string;
}

/** Which 5-Whys chain a why intent is about, when `analysis.fiveWhys` is a list; the first when absent. */
interface InChain {
  chain?: number;
}

/** A fishbone cause as a panel creates it. */
export interface NewCause {
  category: FishboneCategory;
  text: string;
}

/**
 * The Root-Cause panel: `analysis.fiveWhys`, `analysis.fishbone`, and the two actions that carry
 * their results elsewhere in the review. Items are named by index in the document's lists.
 */
export type RootCauseIntent =
  /** `value: null` removes the problem statement. */
  | (Based & InChain & { type: 'setProblem'; value: string | null })
  | (Based & InChain & { type: 'addWhy'; index: number; text: string })
  | (Based & InChain & { type: 'updateWhy'; index: number; text: string })
  | (Based & InChain & { type: 'deleteWhy'; index: number })
  | (Based & InChain & { type: 'moveWhy'; from: number; to: number })
  /** Copies the chain's last why into `rootCause`; the host asks before replacing a different one. */
  | (Based & InChain & { type: 'useAsRootCause' })
  /** Adds an empty chain after the last; a single mapping becomes a list of two. */
  | (Based & { type: 'addChain' })
  /** Removes a whole chain with its problem and whys. */
  | (Based & { type: 'deleteChain'; chain: number })
  /** `value: null` removes the effect. */
  | (Based & { type: 'setEffect'; value: string | null })
  /** Without `index`, the cause goes after the last one of its category. */
  | (Based & { type: 'addCause'; cause: NewCause; index?: number })
  | (Based & { type: 'updateCause'; index: number; text: string })
  /** Moves a cause to another bone (category). */
  | (Based & { type: 'moveCause'; index: number; category: FishboneCategory })
  | (Based & { type: 'deleteCause'; index: number })
  /** Adds the cause to `contributingFactors`, unless an identical factor is there. */
  | (Based & { type: 'promoteCause'; index: number })
  /** The host draws the document's fishbone and saves it as SVG next to the review. */
  | (Based & { type: 'exportSvg' });

/** Every intent any panel sends. Other panels add their unions here and their shapes to INTENT_SHAPES. */
export type EditIntent = TimelineIntent | ImportEventsIntent | RootCauseIntent;

/** `importRequest`: the Timeline Editor's Import button; the host asks what to import and answers with an `importOffer`. */
export type ControlMessage = { type: 'ready' } | { type: 'openSource'; url: string } | { type: 'importRequest' };

export type WebviewMessage = EditIntent | ControlMessage;

// ---- validation of untrusted messages -------------------------------------------------------

/** Longest string a message may carry: far beyond any real field, short of a denial of service. */
export const MAX_STRING_LENGTH = 20_000;
/** Largest list index a message may name. */
const MAX_INDEX = 100_000;
/** Most events one import offers and adds in one edit (a narrower window, or `pir import`, takes more). */
export const MAX_IMPORTED_EVENTS = 5_000;

/** A link the panel may show and the host may open: http(s) only, never command:, file:, javascript: … */
export function isWebUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_STRING_LENGTH) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_STRING_LENGTH && !value.includes('\0');
const isNonEmptyText = (value: unknown): boolean => isText(value) && value.trim() !== '';
/** A date-time, one without an offset (a team's zone reads it), or for an event a day alone. */
const isDateTime = (value: unknown): boolean => isText(value) && 'ms' in readDateTime(value, 'UTC');
const isEventTime = (value: unknown): boolean => isDateTime(value) || parseDate(value) !== undefined;
const isIndex = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= MAX_INDEX;
const isVersion = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 0;
/** A team may have its own kinds and categories (.pirrc.yaml): any id-like text; the schema rule judges it. */
const isScaleId = (value: unknown): boolean =>
  isText(value) && /^\w[\w.-]{0,99}$/.test(value) && !['__proto__', 'constructor', 'prototype'].includes(value);
const isKind = isScaleId;
const isOneOf = (values: readonly string[]) => (value: unknown): boolean => values.includes(value as string);
const isCategory = isScaleId;
const isListOf = (check: (item: unknown) => boolean, max: number) => (value: unknown): boolean =>
  Array.isArray(value) && value.length <= max && value.every(check);
const isLifecycleTime = (value: unknown): boolean =>
  isRecord(value) && hasKeys(value, ['key', 'value']) && isOneOf(LIFECYCLE_KEYS)(value.key) && isDateTime(value.value);

/** A message has exactly these keys (required ones present; optional ones may be absent). */
export function hasKeys(message: Record<string, unknown>, required: readonly string[], optional: readonly string[] = []): boolean {
  return required.every((key) => key in message) && Object.keys(message).every((key) => required.includes(key) || optional.includes(key));
}

/** What each field of an event accepts when set; `null` (removal) is decided separately. */
const FIELD_VALUE: Record<EventField, (value: unknown) => boolean> = {
  at: isEventTime,
  kind: isKind,
  text: isNonEmptyText,
  actor: isText,
  source: isText,
};
const REQUIRED_FIELDS: readonly EventField[] = ['at', 'text'];

function isNewEvent(value: unknown): value is NewEvent {
  if (!isRecord(value) || !hasKeys(value, REQUIRED_FIELDS, EVENT_FIELDS)) return false;
  return EVENT_FIELDS.every((field) => value[field] === undefined || FIELD_VALUE[field](value[field]));
}

/** The shape of each intent, after `type` and `baseVersion` have been checked. */
const INTENT_SHAPES: Record<EditIntent['type'], (m: Record<string, unknown>) => boolean> = {
  addEvent: (m) => hasKeys(m, ['event'], ['index']) && isNewEvent(m.event) && (m.index === undefined || isIndex(m.index)),
  updateEvent: (m) =>
    hasKeys(m, ['index', 'field', 'value']) && isIndex(m.index) && isOneOf(EVENT_FIELDS)(m.field) &&
    (m.value === null ? !REQUIRED_FIELDS.includes(m.field as EventField) : FIELD_VALUE[m.field as EventField](m.value)),
  deleteEvent: (m) => hasKeys(m, ['index']) && isIndex(m.index),
  moveEvent: (m) => hasKeys(m, ['from', 'to']) && isIndex(m.from) && isIndex(m.to),
  setLifecycle: (m) => hasKeys(m, ['key', 'value']) && isOneOf(LIFECYCLE_KEYS)(m.key) && (m.value === null || isDateTime(m.value)),
  importEvents: (m) => hasKeys(m, ['events', 'times']) && isListOf(isNewEvent, MAX_IMPORTED_EVENTS)(m.events) &&
    isListOf(isLifecycleTime, LIFECYCLE_KEYS.length)(m.times) && (m.events as unknown[]).length + (m.times as unknown[]).length > 0,
  setProblem: (m) => hasKeys(m, ['value'], CHAIN) && inChain(m) && (m.value === null || isText(m.value)),
  addWhy: (m) => hasKeys(m, ['index', 'text'], CHAIN) && inChain(m) && isIndex(m.index) && isNonEmptyText(m.text),
  updateWhy: (m) => hasKeys(m, ['index', 'text'], CHAIN) && inChain(m) && isIndex(m.index) && isNonEmptyText(m.text),
  deleteWhy: (m) => hasKeys(m, ['index'], CHAIN) && inChain(m) && isIndex(m.index),
  moveWhy: (m) => hasKeys(m, ['from', 'to'], CHAIN) && inChain(m) && isIndex(m.from) && isIndex(m.to),
  useAsRootCause: (m) => hasKeys(m, [], CHAIN) && inChain(m),
  addChain: (m) => hasKeys(m, []),
  deleteChain: (m) => hasKeys(m, ['chain']) && isIndex(m.chain),
  setEffect: (m) => hasKeys(m, ['value']) && (m.value === null || isText(m.value)),
  addCause: (m) => hasKeys(m, ['cause'], ['index']) && isNewCause(m.cause) && (m.index === undefined || isIndex(m.index)),
  updateCause: (m) => hasKeys(m, ['index', 'text']) && isIndex(m.index) && isNonEmptyText(m.text),
  moveCause: (m) => hasKeys(m, ['index', 'category']) && isIndex(m.index) && isCategory(m.category),
  deleteCause: (m) => hasKeys(m, ['index']) && isIndex(m.index),
  promoteCause: (m) => hasKeys(m, ['index']) && isIndex(m.index),
  exportSvg: (m) => hasKeys(m, []),
};

const CHAIN = ['chain'];
const inChain = (m: Record<string, unknown>): boolean => m.chain === undefined || isIndex(m.chain);

function isNewCause(value: unknown): value is NewCause {
  return isRecord(value) && hasKeys(value, ['category', 'text']) && isCategory(value.category) && isNonEmptyText(value.text);
}

const CONTROL_SHAPES: Record<ControlMessage['type'], (m: Record<string, unknown>) => boolean> = {
  ready: (m) => hasKeys(m, []),
  openSource: (m) => hasKeys(m, ['url']) && isWebUrl(m.url),
  importRequest: (m) => hasKeys(m, []),
};

/** Splits off the envelope keys so the shape checks see only the intent's own fields. */
function body(message: Record<string, unknown>, envelope: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(message).filter(([key]) => !envelope.includes(key)));
}

/** A well-formed edit intent. Anything else from a webview is ignored (and logged) by the host. */
export function isIntent(message: unknown): message is EditIntent {
  if (!isRecord(message) || typeof message.type !== 'string' || !Object.hasOwn(INTENT_SHAPES, message.type)) return false;
  if (!isVersion(message.baseVersion)) return false;
  return INTENT_SHAPES[message.type as EditIntent['type']](body(message, ['type', 'baseVersion']));
}

export function isControlMessage(message: unknown): message is ControlMessage {
  if (!isRecord(message) || typeof message.type !== 'string' || !Object.hasOwn(CONTROL_SHAPES, message.type)) return false;
  return CONTROL_SHAPES[message.type as ControlMessage['type']](body(message, ['type']));
}
