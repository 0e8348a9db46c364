// The Timeline Editor panel: shows the review's timeline on a time axis and turns the user's
// edits into intents for the extension host, which edits the YAML. The document stays the only
// source of truth; this panel holds nothing but drafts of fields being typed (see drafts.ts).
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-icon/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-textarea/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import { render } from 'lit';
import { formatMetricsLine, reviewMetrics } from '../../src/core/metrics';
import type { ScaleEntry } from '../../src/core/config';
import { arrayOf, EVENT_KINDS, isRecord, LIFECYCLE_KEYS, stringOf, type LifecycleKey } from '../../src/core/review';
import { isDateOnly, parseDate, parseDateTime, parseEventTime } from '../../src/core/time';
import { serialPainter, saveOnScroll } from '../shared/paint';
import type { SavedState } from '../shared/host';
import { isIntent, type EditIntent, type ImportOfferMessage, type NewEvent, type PanelFinding } from '../../src/core/protocol/panels';
import type { Notice } from '../shared/banners';
import type { Draft } from '../shared/drafts';
import { ReviewPanelApp } from '../shared/review-panel-app';
import type { Retarget } from '../shared/resend';
import { focusWhenRendered } from '../shared/focus';
import { reconcileKeys, type KeyedEvents } from '../shared/identity';
import { ImportPicker, type ImportFilter } from './import-picker';
import { chronologicalIndex, layoutTimeline } from './layout';
import { renderPanel, type AddForm, type EventRow, type Field, type Row, type TimelineView } from './view';
import { defaultEventTime, formatWall, readWallInput, toWallInput, wallZoneLabel, type WallZone } from './when';
import { offsetOf, showTime } from '../../src/core/clock';

/** The format's own kinds, for a team that has none of its own. */
const FORMAT_KINDS: readonly ScaleEntry[] = EVENT_KINDS.map((id) => ({ id }));

class TimelinePanel extends ReviewPanelApp<SavedState> implements TimelineView {
  private events: unknown[] = [];
  private identities: KeyedEvents = { keys: [], contents: [] };
  private keyCount = 0;
  private readonly errors = new Map<string, string>();
  /** After adding an event, focus the row that appears at this index. */
  private focusAfterAdd?: number;

  title = '';
  metricsLine = '';
  rows: Row[] = [];
  silenceRow?: number;
  generalFindings: PanelFinding[] = [];
  editing?: string;
  focused?: string;
  adding?: AddForm;
  zoneNote = '';
  commonZone?: string;
  timelineKinds: readonly ScaleEntry[] = FORMAT_KINDS;
  teamZone?: string;
  /** What an import offers, while the user chooses. */
  importing?: ImportPicker;

  constructor(private readonly root: HTMLElement) {
    super();
    root.textContent = '';
    saveOnScroll(() => this.save());
    this.host.post({ type: 'ready' });
  }

  // ---- host messages ---------------------------------------------------------------------

  protected onState(first: boolean): void {
    this.derive();
    const { lost } = this.drafts.onState((key) => this.rowOf(key) !== undefined, (key, field) => {
      const row = this.rowOf(key);
      return row && this.docValue(row, field as Field);
    });
    for (const { draft } of lost) this.notify(`The event you were editing was removed from the document. What you typed: “${draft.value}”`);
    this.settleFocus(first);
    this.paint();
    if (first && this.restored?.scrollY) window.scrollTo(0, this.restored.scrollY);
  }

  /** Rows, findings and labels from the state. */
  private derive(): void {
    const state = this.state!;
    const review = isRecord(state.review) ? state.review : {};
    this.events = arrayOf(review.timeline);
    this.identities = reconcileKeys(this.identities, this.events, () => `e${++this.keyCount}`);
    this.teamZone = state.timeZone;
    this.timelineKinds = state.timelineKinds ?? FORMAT_KINDS;
    const eventMs = this.eventTimes();
    const times = isRecord(review.times) ? review.times : {};
    const lifecycle: Partial<Record<LifecycleKey, number>> = {};
    for (const key of LIFECYCLE_KEYS) {
      const ms = parseDateTime(times[key], this.teamZone);
      if (ms !== undefined) lifecycle[key] = ms;
    }
    const layout = layoutTimeline(eventMs, lifecycle);
    const placed = new Set<PanelFinding>();
    const findingsAt = (prefix: (string | number)[]) => state.findings.filter((finding) => {
      const match = prefix.every((step, i) => finding.path[i] === step);
      if (match) placed.add(finding);
      return match;
    });
    let previousDay: string | undefined;
    const zones = new Set<string>();
    this.rows = layout.rows.map((axis): Row => {
      const item = axis.item;
      const written = item.kind === 'marker' ? times[item.key] : isRecord(this.events[item.index]) ? (this.events[item.index] as Record<string, unknown>).at : undefined;
      const shown = showTime(written, undefined, this.teamZone);
      if (shown) zones.add(shown.zone);
      const dateOnly = item.kind === 'event' && isDateOnly(written);
      const day = shown?.day ?? (dateOnly ? written : previousDay);
      const showDay = day !== previousDay;
      previousDay = day;
      if (item.kind === 'marker') {
        return { type: 'marker', key: `m:${item.key}`, lifecycle: item.key, value: String(times[item.key]), ms: item.ms, axis,
          findings: findingsAt(['times', item.key]), showDay };
      }
      const event = this.events[item.index];
      // A day alone is no moment of the incident (the day a bug shipped is before it by nature): no window warning.
      if (dateOnly) axis.outsideWindow = false;
      return { type: 'event', key: `e:${this.identities.keys[item.index]}`, index: item.index, event: isRecord(event) ? event : {},
        ms: item.ms, dateOnly, axis, findings: findingsAt(['timeline', item.index]), showDay };
    });
    this.silenceRow = layout.longestSilence?.row;
    this.generalFindings = state.findings.filter((finding) => !placed.has(finding));
    this.commonZone = zones.size === 1 ? [...zones][0] : undefined;
    const team = this.teamZone && this.commonZone !== this.teamZone ? `, and in the team's zone, ${this.teamZone}` : '';
    this.zoneNote = zones.size === 0 ? `New times are written in ${wallZoneLabel(this.defaultZone())}.`
      : this.commonZone ? `Times in ${this.commonZone}, as the review writes them${team}. Hover a time for UTC.`
        : `Times as the review writes them, each in its own offset${team}. Hover a time for UTC.`;
    this.title = stringOf(review.title) ?? state.document.name;
    this.metricsLine = formatMetricsLine(reviewMetrics(review, this.teamZone));
  }

  private settleFocus(first: boolean): void {
    if (first && this.restored?.focusedRow !== undefined) this.focused = this.rows[this.restored.focusedRow]?.key;
    if (this.focusAfterAdd !== undefined) {
      const added = this.rows.find((row) => row.type === 'event' && row.index === this.focusAfterAdd);
      this.focusAfterAdd = undefined;
      if (added) return this.focusRow(added.key);
    }
    if (this.editing && !this.rowOf(this.editing)) this.editing = undefined;
    if (!this.focused || !this.rowOf(this.focused)) this.focused = this.rows[0]?.key;
  }

  // ---- values ----------------------------------------------------------------------------

  private rowOf(key: string): Row | undefined {
    return this.rows.find((row) => row.key === key);
  }

  draft(row: string, field: Field): Draft | undefined {
    return this.drafts.get(row, field);
  }

  fieldError(row: string, field: Field): string | undefined {
    return this.errors.get(`${row}/${field}`);
  }

  docValue(row: Row, field: Field): string | undefined {
    if (row.type === 'marker') return field === 'at' ? row.value : undefined;
    const value = row.event[field];
    return value === undefined || value === null ? undefined : String(value);
  }

  /** Each event's instant: a day alone is the start of that day (in the team's zone, when it has one). */
  private eventTimes(): (number | undefined)[] {
    return this.events.map((event) => (isRecord(event) ? parseEventTime(event.at, this.teamZone) : undefined));
  }

  /** Where a written date-time's wall time is: its own offset, or, written without one, the team's zone. */
  private zoneOf(written: unknown): WallZone | undefined {
    if (parseDateTime(written, this.teamZone) === undefined) return undefined;
    const offset = offsetOf(written as string);
    return offset === undefined ? { zone: this.teamZone! } : { offset };
  }

  /**
   * New times are written the way the document already writes them (its last event's, else its
   * lifecycle times'); a review with no times yet gets the team's zone, else the author's own
   * offset, like `now` in completion.
   */
  defaultZone(): WallZone {
    const review = isRecord(this.state?.review) ? this.state.review : {};
    const times = isRecord(review.times) ? review.times : {};
    const written = [...this.events.map((event) => (isRecord(event) ? event.at : undefined)).reverse(), ...LIFECYCLE_KEYS.map((key) => times[key])];
    for (const at of written) {
      const zone = this.zoneOf(at);
      if (zone) return zone;
    }
    return this.teamZone ? { zone: this.teamZone } : { offset: -new Date().getTimezoneOffset() };
  }

  /** Where a row's time is edited: where it is written. */
  inputZone(row: Row): WallZone {
    return this.zoneOf(this.docValue(row, 'at')) ?? this.defaultZone();
  }

  /** The value an intent carries for what the user typed, or why it cannot be sent. */
  private intentValue(row: Row, field: Field, input: string, doc: string | undefined): { value: string | null } | { error: string } {
    if (field === 'at' && row.type === 'event' && row.dateOnly) {
      return parseDate(input) === undefined ? { error: 'Enter a date.' } : { value: input };
    }
    if (field === 'at') {
      const where = this.inputZone(row);
      const read = readWallInput(input, where);
      if ('error' in read) return read;
      if (read.ms === parseDateTime(doc, this.teamZone)) return { value: doc! };
      return { value: formatWall(read.ms, where) };
    }
    if (field === 'text') return input.trim() === '' ? { error: 'Say what happened: the text cannot be empty.' } : { value: input };
    return { value: input.trim() === '' ? null : input };
  }

  // ---- editing ---------------------------------------------------------------------------

  private post(intent: EditIntent, retarget?: Retarget): void {
    if (!this.host.send(intent, retarget)) this.notify('That change could not be sent (invalid values).');
  }

  /** Rebuilds an intent about an event against a newer version, wherever the event is now. */
  private onEvent(key: string, intent: (row: EventRow, version: number) => EditIntent | undefined): Retarget {
    return (version) => {
      const row = this.rowOf(key);
      return row?.type === 'event' ? intent(row, version) : undefined;
    };
  }

  /** The intent that writes a field's committed value. */
  private fieldIntent(row: Row, field: Field, value: string | null, version: number): EditIntent {
    return row.type === 'marker'
      ? { type: 'setLifecycle', baseVersion: version, key: row.lifecycle, value }
      : { type: 'updateEvent', baseVersion: version, index: row.index, field, value };
  }

  /** Sends a field's draft. Returns false when it cannot be sent (invalid, or the panel is read-only). */
  private commitField(row: Row, field: Field): boolean {
    const draft = this.drafts.get(row.key, field);
    if (!draft || !this.state) return true;
    const doc = this.docValue(row, field);
    const result = this.intentValue(row, field, draft.value, doc);
    const errorKey = `${row.key}/${field}`;
    if ('error' in result) {
      this.errors.set(errorKey, result.error);
      return false;
    }
    this.errors.delete(errorKey);
    if (this.readOnly) {
      this.errors.set(errorKey, 'Not applied yet: the YAML does not parse. Your text is kept; press Enter again once it does.');
      return false;
    }
    const version = this.state.version;
    if (!this.drafts.commit(row.key, field, result.value, doc, version)) return true;
    this.post(this.fieldIntent(row, field, result.value, version), (newer) => {
      const now = this.rowOf(row.key);
      const sent = now && this.drafts.rebase(row.key, field, newer);
      return sent && this.fieldIntent(now, field, sent.value, newer);
    });
    return true;
  }

  startEdit(row: Row, field?: Field): void {
    if (this.readOnly) return;
    this.editing = row.key;
    this.focused = row.key;
    this.paint();
    const target = field ?? (row.type === 'event' ? 'text' : 'at');
    focusWhenRendered(this.rowElement(row.key)?.querySelector<HTMLElement>(`[data-field="${target}"]`));
  }

  fieldInput(row: Row, field: Field, value: string): void {
    this.drafts.input(row.key, field, value, this.docValue(row, field));
    this.errors.delete(`${row.key}/${field}`);
  }

  fieldKeydown(event: KeyboardEvent, row: Row, field: Field): void {
    if (event.key === 'Enter' && !(field === 'text' && event.shiftKey) && field !== 'kind') {
      event.preventDefault();
      const sent = this.commitField(row, field);
      if (sent) this.stopEditing(row);
      else this.paint();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      for (const name of ['at', 'kind', 'text', 'actor', 'source'] as const) {
        if (!this.drafts.get(row.key, name)?.sent) this.drafts.discard(row.key, name);
        this.errors.delete(`${row.key}/${name}`);
      }
      this.stopEditing(row);
    }
  }

  fieldCommit(row: Row, field: Field): void {
    if (this.drafts.get(row.key, field)) {
      this.commitField(row, field);
      this.paint();
    }
  }

  kindChosen(row: EventRow, value: string): void {
    this.drafts.input(row.key, 'kind', value, this.docValue(row, 'kind'));
    this.commitField(row, 'kind');
    this.paint();
  }

  private stopEditing(row: Row): void {
    this.editing = undefined;
    this.focusRow(row.key);
  }

  rowFocusOut(event: FocusEvent, row: Row): void {
    const next = event.relatedTarget as Node | null;
    const element = event.currentTarget as HTMLElement;
    if (this.editing === row.key && next && !element.contains(next)) {
      this.editing = undefined;
      // Let the field's own focusout commit first.
      queueMicrotask(() => this.paint());
    }
  }

  markAs(row: EventRow, key: string): void {
    if (!this.state || this.readOnly || !(LIFECYCLE_KEYS as readonly string[]).includes(key)) return;
    const at = stringOf(row.event.at);
    if (row.dateOnly) return this.notify('This event has a day but no time of day: give it a time first.');
    if (parseDateTime(at, this.teamZone) === undefined) return this.notify('This event has no valid time to use.');
    this.post({ type: 'setLifecycle', baseVersion: this.state.version, key: key as LifecycleKey, value: at! });
  }

  deleteRow(row: Row): void {
    if (!this.state || this.readOnly) return;
    const version = this.state.version;
    if (row.type === 'marker') {
      this.post({ type: 'setLifecycle', baseVersion: version, key: row.lifecycle, value: null });
      return;
    }
    this.post({ type: 'deleteEvent', baseVersion: version, index: row.index },
      this.onEvent(row.key, (now, newer) => ({ type: 'deleteEvent', baseVersion: newer, index: now.index })));
    const restore = { type: 'addEvent', baseVersion: 0, event: { ...row.event }, index: row.index };
    const text = stringOf(row.event.text) ?? '';
    // Re-adding is offered only for events the protocol can carry whole (no extra x- fields).
    const notice: Notice = isIntent(restore)
      ? { text: `Deleted “${text}”.`, action: { label: 'Undo', run: () => this.restoreEvent(notice, restore.event as unknown as NewEvent, restore.index) } }
      : { text: `Deleted “${text}”. Undo it in the text editor (Ctrl+Z / Cmd+Z).` };
    this.pushNotice(notice);
  }

  private restoreEvent(notice: Notice, event: NewEvent, index: number): void {
    this.dismissNotice(notice);
    if (!this.state || this.readOnly) return;
    this.focusAfterAdd = Math.min(index, this.events.length);
    this.post({ type: 'addEvent', baseVersion: this.state.version, event, index: this.focusAfterAdd });
  }

  openSource(url: string): void {
    this.host.post({ type: 'openSource', url });
  }

  // ---- adding ----------------------------------------------------------------------------

  openAddForm(): void {
    const review = isRecord(this.state?.review) ? this.state.review : {};
    const started = parseDateTime(isRecord(review.times) ? review.times.started : undefined, this.teamZone);
    const at = defaultEventTime(this.eventTimes(), started, Date.now());
    this.adding = { at: toWallInput(at, this.defaultZone()), kind: '', text: '', actor: '' };
    this.paint();
    focusWhenRendered(this.root.querySelector<HTMLElement>('#add-text'));
  }

  addFormInput(field: keyof AddForm, value: string): void {
    if (this.adding) this.adding = { ...this.adding, [field]: value, error: undefined };
  }

  addFormKeydown(event: KeyboardEvent): void {
    const onButton = (event.target as HTMLElement).tagName === 'VSCODE-BUTTON';
    if (event.key === 'Enter' && !onButton && (event.target as HTMLElement).tagName !== 'VSCODE-SINGLE-SELECT') {
      event.preventDefault();
      this.submitAddForm();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.closeAddForm();
    }
  }

  submitAddForm(): void {
    const form = this.adding;
    if (!form || !this.state || this.readOnly) return;
    const where = this.defaultZone();
    const read = readWallInput(form.at, where);
    if ('error' in read || form.text.trim() === '') {
      this.adding = { ...form, error: 'error' in read ? read.error : 'Say what happened.' };
      return this.paint();
    }
    const event: NewEvent = { at: formatWall(read.ms, where), text: form.text };
    if (form.kind) event.kind = form.kind as NewEvent['kind'];
    if (form.actor.trim()) event.actor = form.actor;
    this.focusAfterAdd = chronologicalIndex(this.eventTimes(), read.ms);
    this.adding = undefined;
    this.post({ type: 'addEvent', baseVersion: this.state.version, event, index: this.focusAfterAdd });
    this.paint();
  }

  closeAddForm(): void {
    this.adding = undefined;
    this.paint();
    this.root.querySelector<HTMLElement>('#add-event')?.focus();
  }

  // ---- importing -------------------------------------------------------------------------

  requestImport(): void {
    this.host.post({ type: 'importRequest' });
  }

  protected override onImportOffer(offer: ImportOfferMessage): void {
    this.importing = new ImportPicker(offer);
    this.paint();
    focusWhenRendered(this.root.querySelector<HTMLElement>('#import-add'));
  }

  importChanged(): void {
    this.paint();
  }

  importFilter(filter: Partial<ImportFilter>): void {
    if (!this.importing) return;
    this.importing.filter = { ...this.importing.filter, ...filter };
    this.paint();
  }

  importSubmit(): void {
    const picker = this.importing;
    if (!picker || !this.state || this.readOnly) return;
    const events = picker.chosenEvents();
    const times = picker.chosenTimes();
    if (events.length + times.length === 0) return;
    this.importing = undefined;
    // The events do not depend on the version: a stale refusal sends the same intent again.
    this.post({ type: 'importEvents', baseVersion: this.state.version, events, times }, (newer) => ({ type: 'importEvents', baseVersion: newer, events, times }));
    this.notify(`Added ${events.length} imported ${events.length === 1 ? 'event' : 'events'}. Undo them all in the text editor (Ctrl+Z / Cmd+Z).`);
  }

  importClose(): void {
    this.importing = undefined;
    this.paint();
  }

  // ---- notices, focus, keyboard ----------------------------------------------------------

  rowFocused(row: Row): void {
    if (this.focused === row.key) return;
    this.focused = row.key;
    this.save();
    this.paint();
  }

  rowKeydown(event: KeyboardEvent, row: Row): void {
    if (event.target !== event.currentTarget) return; // keys typed in a field belong to the field
    const position = this.rows.indexOf(row);
    const moveTo = (index: number) => {
      const target = this.rows[Math.max(0, Math.min(this.rows.length - 1, index))];
      if (target) this.focusRow(target.key);
    };
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(position + 1),
      ArrowUp: () => moveTo(position - 1),
      Home: () => moveTo(0),
      End: () => moveTo(this.rows.length - 1),
      Enter: () => this.startEdit(row),
      F2: () => this.startEdit(row),
      Delete: () => this.deleteRow(row),
      Backspace: () => this.deleteRow(row),
    };
    // Alt+Up/Down moves an event in the document (its row keeps focus: the identity follows it).
    if (event.altKey && row.type === 'event' && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      const to = row.index + (event.key === 'ArrowUp' ? -1 : 1);
      const delta = to - row.index;
      if (this.state && !this.readOnly && to >= 0 && to < this.events.length) {
        this.post({ type: 'moveEvent', baseVersion: this.state.version, from: row.index, to }, this.onEvent(row.key, (now, newer) => {
          const target = now.index + delta;
          return target >= 0 && target < this.events.length ? { type: 'moveEvent', baseVersion: newer, from: now.index, to: target } : undefined;
        }));
      }
      return;
    }
    const action = keys[event.key];
    if (action && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      action();
    }
  }

  private focusRow(key: string): void {
    this.focused = key;
    this.paint();
    this.rowElement(key)?.focus();
    this.save();
  }

  private rowElement(key: string): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`li[data-key="${CSS.escape(key)}"]`);
  }

  private save(): void {
    if (!this.state) return;
    const focusedRow = this.rows.findIndex((row) => row.key === this.focused);
    this.host.save({ document: { uri: this.state.document.uri }, scrollY: window.scrollY, focusedRow: focusedRow < 0 ? undefined : focusedRow });
  }

  protected readonly paint = serialPainter(() => {
    render(renderPanel(this), this.root);
    this.root.removeAttribute('aria-busy');
  });
}

new TimelinePanel(document.getElementById('app')!);
