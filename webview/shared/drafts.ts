// Edits in progress in the panel, and why they never lose a keystroke.
//
// The document is the source of truth and the host re-sends the whole state after every change
// (including ones typed in the text editor while the user types in the panel). A field being
// edited therefore has a *draft*, keyed by the row's stable identity (identity.ts) and the field:
//
//  1. Every keystroke goes into the draft, and the view renders a field's draft instead of the
//     document's value. An incoming state re-renders the panel but cannot clobber the field:
//     the input's value comes from the draft, which only the user changes.
//  2. Commit (Enter or blur) sends one intent against the latest version the panel has seen and
//     keeps the draft as "sent" until a state shows the value in the document; only then is the
//     draft dropped (and only if nothing more was typed since the commit).
//  3. If the host refuses the intent as stale (the text changed in between), the host connection
//     resends it against the new version (resend.ts), a few times at most, through `rebase`; the
//     row identity makes sure it lands on the same item even if items moved. A refusal that is
//     not resent leaves the draft in place, still shown and committable.
//  4. If the text editor changes the same field meanwhile, the draft still wins on the screen;
//     `base` remembers the value when the edit began, so the view can say that it changed.
//  5. If the row disappears (its event was deleted in the text), the draft is reported as lost so
//     the view can show the text the user typed; it is not silently dropped.

export type DocValue = string | undefined;

export interface Draft {
  /** What the field shows: the user's text, keystroke by keystroke. */
  value: string;
  /** The document's value when the edit began. */
  base: DocValue;
  /** Committed and sent: the intent's value and the input text it came from. */
  sent?: Sent;
}

export interface Sent {
  baseVersion: number;
  value: string | null;
  input: string;
}

export interface DraftRef {
  row: string;
  field: string;
  draft: Draft;
}

export class DraftBook {
  private readonly drafts = new Map<string, DraftRef>();

  get(row: string, field: string): Draft | undefined {
    return this.drafts.get(id(row, field))?.draft;
  }

  /** The user typed: start a draft (remembering the document's value) or update it. */
  input(row: string, field: string, value: string, docValue: DocValue): void {
    const existing = this.get(row, field);
    if (existing) existing.value = value;
    else this.drafts.set(id(row, field), { row, field, draft: { value, base: docValue } });
  }

  discard(row: string, field: string): void {
    this.drafts.delete(id(row, field));
  }

  /** Drops every draft of a row (Escape). */
  discardRow(row: string): void {
    for (const [key, ref] of this.drafts) if (ref.row === row) this.drafts.delete(key);
  }

  /**
   * The user committed. Returns true when `value` differs from the document and must be sent
   * (the draft is then kept as sent at `version`); false when there is nothing to do.
   */
  commit(row: string, field: string, value: string | null, docValue: DocValue, version: number): boolean {
    const draft = this.get(row, field);
    if (!draft) return false;
    // Already on its way (e.g. Enter, then the blur as the field closes): sending twice would be stale.
    if (draft.sent && draft.sent.input === draft.value) return false;
    if ((value ?? undefined) === docValue) {
      this.discard(row, field);
      return false;
    }
    draft.sent = { baseVersion: version, value, input: draft.value };
    return true;
  }

  /** The sent commit of a field, to send again against `version` (stale refusal); undefined when there is none any more. */
  rebase(row: string, field: string, version: number): Sent | undefined {
    const sent = this.get(row, field)?.sent;
    if (sent) sent.baseVersion = version;
    return sent;
  }

  /** The host refused the intents made against `baseVersion` for good: their drafts are the user's again. */
  refused(baseVersion: number): void {
    for (const { draft } of this.drafts.values()) {
      if (draft.sent?.baseVersion === baseVersion) draft.sent = undefined;
    }
  }

  /**
   * A new state arrived. Drops drafts the document now shows and returns the drafts whose row is
   * gone (removed from the book).
   */
  onState(rowExists: (row: string) => boolean, docValueOf: (row: string, field: string) => DocValue): { lost: DraftRef[] } {
    const lost: DraftRef[] = [];
    for (const [key, ref] of this.drafts) {
      const { draft } = ref;
      if (!rowExists(ref.row)) {
        this.drafts.delete(key);
        lost.push(ref);
        continue;
      }
      const docValue = docValueOf(ref.row, ref.field);
      if (draft.sent && (draft.sent.value ?? undefined) === docValue) {
        if (draft.value === draft.sent.input) this.drafts.delete(key);
        else {
          // Typed more after committing: keep editing from the value that landed.
          draft.sent = undefined;
          draft.base = docValue;
        }
      }
    }
    return { lost };
  }

  get size(): number {
    return this.drafts.size;
  }
}

function id(row: string, field: string): string {
  return `${row}\u0000${field}`;
}
