// An index of every review in a workspace: what the sidebar trees, `pir actions` and the
// metrics report list. It reads texts it is given and never touches the disk or the editor, so
// the extension (buffers or files) and the CLI (files) feed it the same way.
import { actionStatusOf } from './action-items';
import { reviewMetrics, type ReviewMetrics } from './metrics';
import { ParsedReview } from './parse';
import {
  ACTION_TYPES, arrayOf, recordsOf, CATEGORIES, FISHBONE_CATEGORIES, isRecord, LIFECYCLE_KEYS, REVIEW_STATUSES, SEVERITIES, stringOf,
  type ActionItem, type ActionStatus, type ImpactFigure, type FishboneCategory, type IncidentCategory, type IncidentSeverity, type Lifecycle, type ReviewStatus,
} from './review';
import { schemaViolations, type SchemaConfig } from './schema';
import type { Range } from './types';

/** What identifies a version of a file on disk; an unchanged stamp means no need to re-read it. */
export interface FileStamp {
  mtime: number;
  size: number;
}

/**
 * One action item of one review, with what a view needs to show it and to jump to it. Its
 * fields are the review's, read through the guards; `due` is as written, not necessarily a valid
 * date (the schema rule reports that), and `status` is always known (actionStatusOf).
 */
export interface IndexedActionItem extends ActionItem {
  /** Stable across edits while the item keeps its id (or position): `<uri>#<id or index>`. */
  key: string;
  reviewUri: string;
  reviewTitle: string;
  /** Position in the review's `actionItems` list: the path for edits is ['actionItems', index]. */
  index: number;
  status: ActionStatus;
  /** The item's offsets in the text it was read from. */
  range: Range;
  /** 1-based line of `range.start`. */
  line: number;
}

/** One review file. Fields with invalid values are left out; `errors` counts the problems. */
export interface ReviewEntry {
  uri: string;
  /** The review's title, or the file name when it has none. */
  title: string;
  id?: string;
  severity?: IncidentSeverity;
  status?: ReviewStatus;
  category?: IncidentCategory;
  services: string[];
  tags: string[];
  /** The distinct categories of the review's contributing factors, in first-seen order (repeat incidents compare them). */
  factorCategories: FishboneCategory[];
  times: Lifecycle;
  metrics: ReviewMetrics;
  /** `impact.figures` with a label and a value, as written. */
  figures: ImpactFigure[];
  actionItems: IndexedActionItem[];
  /**
   * YAML syntax errors plus JSON Schema violations: what makes the file not a valid review.
   * The other rules are left to lint, which would cost more than the parse (see bench/).
   */
  errors: number;
  /**
   * The latest text does not parse, and everything but `parseError` and `errors` is from the
   * last text that did. Ranges then point into that older text.
   */
  stale: boolean;
  /** Why the latest text could not be read as a review. */
  parseError?: string;
}

/** What `toCache` writes and `fromCache` reads: entries read from disk, with their stamps. */
export interface IndexCache {
  version: typeof CACHE_VERSION;
  files: { stamp: FileStamp; entry: ReviewEntry }[];
}

/** Bump when ReviewEntry changes shape, so an old cache is dropped instead of misread. */
const CACHE_VERSION = 3;

export type ChangeListener = (uris: readonly string[]) => void;

export class ReviewIndex {
  /** The team's config the texts are read with; the format's defaults when unset. */
  config?: SchemaConfig;
  private readonly files = new Map<string, { entry: ReviewEntry; stamp?: FileStamp }>();
  private readonly listeners = new Set<ChangeListener>();
  /** Uris changed inside `batch`, reported once at its end. */
  private pending: Set<string> | undefined;
  /** Derived lists, rebuilt on first use after a change: a view asks for them far more often than files change. */
  private sorted: ReviewEntry[] | undefined;
  private items: IndexedActionItem[] | undefined;

  /**
   * Restores an index saved by `toCache`. A cache of another version, or not a cache at all,
   * gives an empty index: the caller then reads every file, as on a first start.
   */
  static fromCache(cache: unknown): ReviewIndex {
    const index = new ReviewIndex();
    if (!isRecord(cache) || cache.version !== CACHE_VERSION || !Array.isArray(cache.files)) return index;
    for (const { stamp, entry } of cache.files as IndexCache['files']) index.files.set(entry.uri, { entry, stamp });
    return index;
  }

  /** Entries read from disk (with a stamp); an entry from an unsaved buffer has none and is not saved. */
  toCache(): IndexCache {
    const files = [...this.files.values()].flatMap(({ entry, stamp }) => (stamp ? [{ stamp, entry }] : []));
    return { version: CACHE_VERSION, files };
  }

  /** Whether the file at `uri` must be read again: unknown, from a buffer, or its stamp changed. */
  needsUpdate(uri: string, stamp: FileStamp): boolean {
    const known = this.files.get(uri)?.stamp;
    return !known || known.mtime !== stamp.mtime || known.size !== stamp.size;
  }

  /**
   * Reads `text` as the review at `uri`, or takes a `ReviewReading` of it made elsewhere (the
   * lint worker reads large reviews). `stamp` says which disk version it is; omit it for a buffer.
   */
  update(uri: string, text: string | ReviewReading, stamp?: FileStamp): ReviewEntry {
    const reading = typeof text === 'string' ? readReviewText(uri, text, this.config) : text;
    const entry = entryOf(uri, reading, this.files.get(uri)?.entry);
    this.files.set(uri, { entry, stamp });
    this.changed(uri);
    return entry;
  }

  remove(uri: string): void {
    if (this.files.delete(uri)) this.changed(uri);
  }

  get(uri: string): ReviewEntry | undefined {
    return this.files.get(uri)?.entry;
  }

  /** Every entry, ordered by uri. */
  entries(): readonly ReviewEntry[] {
    this.sorted ??= [...this.files.values()].map((file) => file.entry).sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
    return this.sorted;
  }

  /** Every action item of every review, in entry order, then list order. */
  actionItems(): readonly IndexedActionItem[] {
    if (!this.items) {
      // A loop, not flatMap: flatMap over a thousand entries costs a millisecond or more (bench/).
      this.items = [];
      for (const entry of this.entries()) for (const item of entry.actionItems) this.items.push(item);
    }
    return this.items;
  }

  /** Calls `listener` with the uris of entries updated or removed; returns the unsubscriber. */
  onDidChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Runs `changes` and reports the uris it touched in one event, so a view refreshes once. */
  batch(changes: () => void): void {
    if (this.pending) return changes();
    const pending = (this.pending = new Set());
    try {
      changes();
    } finally {
      this.pending = undefined;
      if (pending.size) this.emit([...pending]);
    }
  }

  private changed(uri: string): void {
    this.sorted = undefined;
    this.items = undefined;
    if (this.pending) this.pending.add(uri);
    else this.emit([uri]);
  }

  /** Every listener hears every change: one that throws must not silence the views after it. */
  private emit(uris: readonly string[]): void {
    const errors: unknown[] = [];
    for (const listener of this.listeners) {
      try {
        listener(uris);
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new AggregateError(errors, 'index change listeners failed');
  }
}

/**
 * What one text says about the review at `uri`: its entry, or why it is not a review. Plain
 * data, so a worker thread can read it and send it back.
 */
export type ReviewReading = { entry: ReviewEntry } | { parseError: string; errors: number };

/** When the text is not a review, keeps `previous`'s data as stale. */
function entryOf(uri: string, reading: ReviewReading, previous: ReviewEntry | undefined): ReviewEntry {
  if ('entry' in reading) return reading.entry;
  const lastGood = previous && (previous.parseError === undefined || previous.stale) ? previous : undefined;
  return { ...(lastGood ?? emptyEntry(uri)), errors: reading.errors, stale: lastGood !== undefined, parseError: reading.parseError };
}

/** Parses `text` and reads it as the review at `uri`: what the index holds of a file. */
export function readReviewText(uri: string, text: string, config?: SchemaConfig): ReviewReading {
  return readReview(uri, new ParsedReview(text), config);
}

/**
 * Reads the fields of a parsed text as the review at `uri`. With a team's `config`, its scales
 * are the valid values and its time zone reads times without an offset.
 */
export function readReview(uri: string, parsed: ParsedReview, config?: SchemaConfig): ReviewReading {
  const review = parsed.value;
  if (!isRecord(review)) {
    const parseError = parsed.syntaxFindings[0]?.message ?? (review == null ? 'The file is empty.' : 'The review is not a YAML mapping of keys to values.');
    return { parseError, errors: Math.max(1, parsed.syntaxFindings.length) };
  }
  const title = nonEmpty(review.title) ?? fileName(uri);
  const times = isRecord(review.times) ? review.times : {};
  const entry: ReviewEntry = {
    uri,
    title,
    id: stringOf(review.id),
    severity: oneOf(idsOf(config?.severities) ?? SEVERITIES, review.severity),
    status: oneOf(REVIEW_STATUSES, review.status),
    category: oneOf(CATEGORIES, review.category),
    services: strings(review.services),
    tags: strings(review.tags),
    factorCategories: [...new Set(arrayOf(review.contributingFactors).flatMap((f) => {
      const category = isRecord(f) ? oneOf(idsOf(config?.categories) ?? FISHBONE_CATEGORIES, f.category) : undefined;
      return category ? [category] : [];
    }))],
    times: Object.fromEntries(LIFECYCLE_KEYS.flatMap((key) => (typeof times[key] === 'string' ? [[key, times[key]]] : []))),
    metrics: reviewMetrics(review, config?.timeZone),
    figures: recordsOf(isRecord(review.impact) ? review.impact.figures : undefined).flatMap(({ record: f }) => {
      const value = typeof f.value === 'number' || typeof f.value === 'string' ? f.value : undefined;
      if (typeof f.label !== 'string' || value === undefined) return [];
      return [{ label: f.label, value, ...(typeof f.unit === 'string' ? { unit: f.unit } : {}) }];
    }),
    actionItems: readActionItems(parsed, review.actionItems, uri, title, idsOf(config?.actionTypes) ?? ACTION_TYPES),
    errors: schemaViolations(review, config).length,
    stale: false,
  };
  return { entry };
}

function readActionItems(parsed: ParsedReview, list: unknown, reviewUri: string, reviewTitle: string, types: readonly string[]): IndexedActionItem[] {
  if (!Array.isArray(list)) return [];
  const keys = new Set<string>();
  return list.flatMap((item: unknown, index): IndexedActionItem[] => {
    if (!isRecord(item)) return [];
    const id = nonEmpty(item.id);
    // A duplicate id (which `action-duplicate-id` reports) must still give a unique key.
    let key = `${reviewUri}#${id ?? index}`;
    if (keys.has(key)) key += `~${index}`;
    keys.add(key);
    const range = parsed.rangeOf(['actionItems', index]);
    return [{
      key,
      reviewUri,
      reviewTitle,
      index,
      id,
      title: stringOf(item.title) ?? '',
      type: oneOf(types, item.type),
      owner: nonEmpty(item.owner),
      priority: oneOf(SEVERITIES, item.priority),
      due: stringOf(item.due),
      status: actionStatusOf(item.status),
      completed: stringOf(item.completed),
      outcome: stringOf(item.outcome),
      tracker: stringOf(item.tracker),
      // Entries keep their positions (a non-string becomes ''), so an entry's index is its YAML path.
      dependsOn: Array.isArray(item.dependsOn) ? item.dependsOn.map((ref) => stringOf(ref) ?? '') : undefined,
      range,
      line: parsed.position(range.start).line,
    }];
  });
}

function emptyEntry(uri: string): ReviewEntry {
  return { uri, title: fileName(uri), services: [], tags: [], factorCategories: [], times: {}, metrics: reviewMetrics(undefined), figures: [], actionItems: [], errors: 0, stale: false };
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined;
}

function idsOf(scale: readonly { id: string }[] | undefined): string[] | undefined {
  return scale?.map((entry) => entry.id);
}

function strings(list: unknown): string[] {
  return arrayOf(list).filter((s): s is string => typeof s === 'string');
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** The last path segment of a uri or path, decoded: `file:///a/b%20c.pir.yaml` -> `b c.pir.yaml`. */
function fileName(uri: string): string {
  const last = uri.split(/[/\\]/).pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
