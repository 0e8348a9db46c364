// The public types of the evidence import: what a source file becomes (candidate events), what
// the caller chooses (options) and what it learns (counts, lifecycle suggestions). The CLI, the
// extension and the worker all speak these; keep them stable.
import type { EventKind, LifecycleKey } from '../review';

/** The sources the import reads. `--from` takes one of these names. */
export const SOURCE_NAMES = ['slack', 'teams', 'pagerduty', 'opsgenie', 'alertmanager', 'grafana', 'git', 'github', 'csv'] as const;
export type SourceName = (typeof SOURCE_NAMES)[number];

/** Why a candidate is not offered as new: it is already in the timeline, or another candidate says the same. */
export interface Duplicate {
  /** 'source': same record (source link or id); 'same-moment': same minute and same text; 'cross-source': another source's record of the same thing (a pager bot posting in chat). */
  reason: 'source' | 'same-moment' | 'cross-source';
  /** Index of the timeline event it repeats, when it repeats one. */
  timelineIndex?: number;
  /** `origin` of the candidate it repeats, when it repeats another candidate. */
  origin?: string;
}

/** One event a source offers for the timeline. `at`, `kind`, `text`, `actor`, `source` are what goes into the review. */
export interface Candidate {
  /** UTC ISO 8601 with an explicit `Z`, e.g. 2016-01-15T08:17:45Z (milliseconds only when the source has them). */
  at: string;
  /** Epoch milliseconds of `at`, for sorting and windows. */
  ms: number;
  kind?: EventKind;
  text: string;
  actor?: string;
  /**
   * The event's `source`, written into the review so a re-import recognises it: the record's own
   * link; a shared link (an incident page) with `#<record id>` after it; else `origin`. Absent only
   * for CSV rows without a url (they are recognised by time and text).
   */
  source?: string;
  /** The record's stable identity across exports and resends, e.g. `slack:C0G9QF9GZ/1452845865.000008`. */
  origin: string;
  /** Which source produced it. */
  from: SourceName;
  /** The input file (or folder, or zip) it was read from, as the caller named it. */
  file: string;
  /** Pinned or reacted-to chat messages: pre-selected as key moments. */
  keyMoment?: boolean;
  /** A change before `times.started`: offered as one of these kinds, the user chooses (default the first). */
  kindChoices?: EventKind[];
  /** Set when the candidate repeats a timeline event or another candidate; such candidates are not added. */
  duplicateOf?: Duplicate;
  /** How many secrets or contact details were replaced by `[redacted]` in `text`. */
  redactions: number;
  /** The lifecycle moment this record marks, if any (first trigger, acknowledgement, resolve). */
  marks?: 'detected' | 'acknowledged' | 'resolved';
}

/**
 * Something to read: a path (file, folder or zip); content the caller already holds (saved git
 * log output, an editor buffer); or a git repository, whose history the import runs git for.
 */
export type ImportInput = { path: string; from?: SourceName } | { name: string; text: string; from?: SourceName } | { git: string };

/** Instants as epoch milliseconds; either end open. */
export interface ImportWindow {
  since?: number;
  until?: number;
}

export interface ImportOptions {
  /** Only events at or after this instant (ISO 8601 or epoch ms). Default: see `defaultWindow`. */
  since?: string | number;
  /** Only events at or before this instant. */
  until?: string | number;
  /**
   * The team's IANA zone (`timeZone` in .pirrc.yaml): times written without an offset (CSV rows,
   * --since/--until, the review's own times) are wall-clock times there. Without it they are refused.
   */
  timeZone?: string;
  /** Force the format of every input instead of detecting it from the content. */
  from?: SourceName;
  /** The Slack workspace address, e.g. https://acme.slack.com, for message permalinks. */
  slackUrl?: string;
  /** Replace e-mail addresses, phone numbers and secret-like tokens by `[redacted]`. Default true. */
  redact?: boolean;
  /** Include PagerDuty notification entries (noisy; they hold phone numbers). Default false. */
  includeNotifications?: boolean;
  /** Refuse any single file larger than this, before reading it whole. Default `MAX_FILE_BYTES`. */
  maxFileBytes?: number;
  /** Called now and then with how far the reading got. */
  onProgress?: (progress: ImportProgress) => void;
  /** Stops the reading; it then rejects with an ImportCancelled error. */
  signal?: AbortSignal;
}

export interface ImportProgress {
  /** What has been read so far and in all: day files of a Slack export, commits of a git history. */
  done: number;
  total: number;
  file: string;
}

/** What reading the inputs gave, before comparing with the review. */
export interface ReadResult {
  /** In the window, time-ordered. */
  candidates: Candidate[];
  /**
   * Records read and found outside the window. Not counted: Slack day files skipped unread (more
   * than a day outside) or unparsed (every message time in them outside, see `mayHoldWindow`).
   */
  outsideWindow: number;
  /** Records skipped as noise: joins, leaves, tombstones, system events, notifications. */
  noise: number;
  /** Which format each input was read as. */
  formats: { file: string; from: SourceName }[];
}

/** A lifecycle time the records suggest. */
export interface LifecycleSuggestion {
  key: LifecycleKey;
  /** The suggested UTC time. */
  value: string;
  /** The value the review has now, if any. */
  current?: string;
  /** 'fill': the field is empty; 'differs': it is set to another instant (never overwritten silently); 'same': already agrees. */
  action: 'fill' | 'differs' | 'same';
  /** `origin` of the candidate it comes from. */
  origin: string;
}

export interface ImportCounts {
  added: number;
  duplicates: number;
  outsideWindow: number;
  noise: number;
  redactions: number;
  lifecycleFilled: number;
}

/** Everything `planImport` works out: the candidates with duplicates marked, the edit, the summary. */
export interface ImportResult {
  window: ImportWindow;
  candidates: Candidate[];
  lifecycle: LifecycleSuggestion[];
  counts: ImportCounts;
  formats: { file: string; from: SourceName }[];
}

/** A file the import cannot read. `file` names it, the message says what was expected. Nothing is written. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

/** The reading was cancelled through `signal`. */
export class ImportCancelled extends Error {
  override readonly name = 'ImportCancelled';
}

/** The largest single file read (a JSON file, a day file, a zip). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
