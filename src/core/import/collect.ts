// Where importers put what they read: each record is checked against the window first (so text
// outside it is never built), then redacted and stamped with its source and file.
import type { EventKind } from '../review';
import { utc } from './instant';
import { redact } from './redact';
import type { Candidate, ImportOptions, ImportWindow, SourceName } from './types';

/** What an importer knows about one record; the collector adds the rest. */
export interface Found {
  kind?: EventKind;
  text: string;
  actor?: string;
  /** The record's link; `origin` when absent; null for none (a CSV row without a url). */
  source?: string | null;
  origin: string;
  keyMoment?: boolean;
  kindChoices?: EventKind[];
  marks?: Candidate['marks'];
}

export class Collector {
  readonly candidates: Candidate[] = [];
  outsideWindow = 0;
  noise = 0;
  private readonly redacting: boolean;

  constructor(
    readonly window: ImportWindow,
    options: ImportOptions,
  ) {
    this.redacting = options.redact !== false;
  }

  /** True when `ms` is in the window. */
  inWindow(ms: number): boolean {
    return !(ms < (this.window.since ?? -Infinity) || ms > (this.window.until ?? Infinity));
  }

  /** True when `ms` is in the window; else counts a record outside it. */
  countIfOutside(ms: number): boolean {
    if (this.inWindow(ms)) return true;
    this.outsideWindow++;
    return false;
  }

  /** Adds the record at `ms` from `from`/`file`; `describe` runs only when it is in the window. */
  add(from: SourceName, file: string, ms: number, describe: () => Found): void {
    if (!this.countIfOutside(ms)) return;
    const found = describe();
    let redactions = 0;
    let text = found.text.trim();
    let actor = found.actor?.trim() || undefined;
    if (this.redacting) {
      const cleanText = redact(text);
      const cleanActor = actor === undefined ? undefined : redact(actor);
      text = cleanText.text;
      actor = cleanActor?.text;
      redactions = cleanText.count + (cleanActor?.count ?? 0);
    }
    if (!text) {
      this.noise++;
      return;
    }
    const candidate: Candidate = { at: utc(ms), ms, text, origin: found.origin, from, file, redactions };
    if (found.kind) candidate.kind = found.kind;
    if (actor) candidate.actor = actor;
    if (found.source !== null) candidate.source = found.source ?? found.origin;
    if (found.keyMoment) candidate.keyMoment = true;
    if (found.kindChoices) candidate.kindChoices = found.kindChoices;
    if (found.marks) candidate.marks = found.marks;
    this.candidates.push(candidate);
  }

  /** Counts a record skipped as noise (a join, a tombstone, a notification). */
  skip(): void {
    this.noise++;
  }
}

/**
 * The `source` for a record whose link is shared by several records (an incident page, an
 * alert's graph): `link#fragment`, so each event's source stays unique; `origin` without a link.
 */
export function recordSource(link: unknown, fragment: string, origin: string): string {
  return typeof link === 'string' && /^https?:\/\//.test(link) ? `${link.split('#')[0]}#${fragment}` : origin;
}
