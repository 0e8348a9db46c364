// The timeline panel's templates. Every piece of document text goes through lit's text and
// attribute bindings (escaped, never parsed as HTML); there is no unsafeHTML anywhere.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { ref } from 'lit/directives/ref.js';
import type { ScaleEntry } from '../../src/core/config';
import { LIFECYCLE_KEYS, stringOf, type LifecycleKey } from '../../src/core/review';
import { formatDuration, parseDateTime } from '../../src/core/time';
import { isWebUrl, type EventField, type PanelFinding } from '../../src/core/protocol/panels';
import { renderNotices, renderParseError, type Notice } from '../shared/banners';
import type { Draft } from '../shared/drafts';
import type { ImportPicker } from './import-picker';
import { renderImport, type ImportActions } from './import-view';
import { KIND_ICONS, LIFECYCLE_LABELS, SPAN_NAMES } from './labels';
import type { AxisRow } from './layout';
import { formatWall, fromWallInput, toWallInput, wallZoneLabel, type WallZone } from './when';
import { showTime, utcLabel, type ShownTime } from '../../src/core/clock';

export interface EventRow {
  type: 'event';
  key: string;
  index: number;
  event: Record<string, unknown>;
  ms?: number;
  /** Known only by its day (`at: 2021-06-16`): shown and edited without a time. */
  dateOnly: boolean;
  axis: AxisRow;
  findings: PanelFinding[];
  /** Show the date with the time: the first row, and the first of each new local day. */
  showDay: boolean;
}

export interface MarkerRow {
  type: 'marker';
  key: string;
  lifecycle: LifecycleKey;
  value: string;
  ms: number;
  axis: AxisRow;
  findings: PanelFinding[];
  showDay: boolean;
}

export type Row = EventRow | MarkerRow;

/** A field the panel edits: the event fields, and a lifecycle marker's time (`at`). */
export type Field = EventField;

export interface AddForm {
  at: string;
  kind: string;
  text: string;
  actor: string;
  error?: string;
}

/** What the templates read and call; implemented by the panel controller. */
export interface TimelineView extends ImportActions {
  readonly title: string;
  readonly metricsLine: string;
  readonly readOnly: boolean;
  readonly parseError?: string;
  readonly loaded: boolean;
  readonly rows: Row[];
  readonly silenceRow?: number;
  readonly generalFindings: PanelFinding[];
  readonly editing?: string;
  readonly focused?: string;
  readonly adding?: AddForm;
  /** Which zone the times are shown in, for the header. */
  readonly zoneNote: string;
  /** The zone label every shown time shares; undefined when they differ, so each row says its own. */
  readonly commonZone?: string;
  /** The team's `timeZone` (.pirrc.yaml): every time also shows in it. */
  readonly teamZone?: string;
  /** The kinds an event may have: the team's `timelineKinds`, or the format's. */
  readonly timelineKinds: readonly ScaleEntry[];
  readonly importing?: ImportPicker;
  readonly notices: readonly Notice[];
  draft(row: string, field: Field): Draft | undefined;
  fieldError(row: string, field: Field): string | undefined;
  docValue(row: Row, field: Field): string | undefined;
  /** Where new times are written: an offset, or the team's zone. */
  defaultZone(): WallZone;
  /** Where a row's time is edited: where it is written. */
  inputZone(row: Row): WallZone;

  rowFocused(row: Row): void;
  rowKeydown(event: KeyboardEvent, row: Row): void;
  rowFocusOut(event: FocusEvent, row: Row): void;
  startEdit(row: Row, field?: Field): void;
  fieldInput(row: Row, field: Field, value: string): void;
  fieldKeydown(event: KeyboardEvent, row: Row, field: Field): void;
  fieldCommit(row: Row, field: Field): void;
  kindChosen(row: EventRow, value: string): void;
  markAs(row: EventRow, key: string): void;
  deleteRow(row: Row): void;
  openSource(url: string): void;
  openAddForm(): void;
  requestImport(): void;
  addFormInput(field: keyof AddForm, value: string): void;
  addFormKeydown(event: KeyboardEvent): void;
  submitAddForm(): void;
  closeAddForm(): void;
  dismissNotice(notice: Notice): void;
}

const valueOf = (event: Event): string => (event.target as HTMLInputElement).value;

export function renderPanel(v: TimelineView): TemplateResult {
  if (!v.loaded) return html`<p class="empty">Loading…</p>`;
  return html`
    <header class="header">
      <div class="heading">
        <h1>${v.title}</h1>
        <p class="metrics" title="MTTD = detected − started, MTTA = acknowledged − detected, MTTR = resolved − started">${v.metricsLine}</p>
        <p class="zone">${v.zoneNote}</p>
      </div>
      <div class="toolbar">
        <vscode-button id="add-event" ?disabled=${v.readOnly} @click=${() => v.openAddForm()}>
          <vscode-icon slot="content-before" name="add"></vscode-icon>Add event
        </vscode-button>
        <vscode-button id="import-events" secondary ?disabled=${v.readOnly} title="Add events from chat, paging, alert and deploy records"
          @click=${() => v.requestImport()}>
          <vscode-icon slot="content-before" name="cloud-download"></vscode-icon>Import…
        </vscode-button>
      </div>
    </header>
    ${renderParseError('the timeline', v.parseError)}
    ${renderNotices(v.notices, (notice) => v.dismissNotice(notice))}
    ${v.generalFindings.map((finding) => renderFinding(finding))}
    ${v.importing ? renderImport(v.importing, v, v.readOnly) : nothing}
    ${v.adding ? renderAddForm(v, v.adding) : nothing}
    ${v.rows.length === 0
      ? html`<p class="empty">No events yet. Add the first one: what happened, and when?</p>`
      : html`<ol class="timeline" aria-label="Timeline">
          ${repeat(v.rows, (row) => row.key, (row, position) => renderRow(v, row, position))}
        </ol>`}
  `;
}

function renderRow(v: TimelineView, row: Row, position: number): TemplateResult {
  const look = row.type === 'event' ? `kind-${kindLook(kindOf(row.event)).css}` : `lifecycle-${row.lifecycle}`;
  const classes = ['row', row.type, look, row.axis.phase ? `phase-${row.axis.phase}` : 'phase-none',
    row.axis.outsideWindow ? 'outside' : '', row.findings.length ? 'has-findings' : '', v.editing === row.key ? 'editing' : ''].join(' ');
  return html`
    ${renderGap(row.axis, position === v.silenceRow, v.rows[position - 1]?.axis.phase)}
    <li class=${classes} data-key=${row.key} tabindex=${v.focused === row.key ? 0 : -1}
      aria-label=${rowLabel(row)}
      @focus=${(e: FocusEvent) => { if (e.target === e.currentTarget) v.rowFocused(row); }}
      @keydown=${(e: KeyboardEvent) => v.rowKeydown(e, row)}
      @focusout=${(e: FocusEvent) => v.rowFocusOut(e, row)}>
      <div class="axis"><span class="dot">${row.type === 'event'
        ? html`<vscode-icon name=${kindLook(kindOf(row.event)).icon}></vscode-icon>`
        : html`<vscode-icon name="flag"></vscode-icon>`}</span></div>
      ${row.type === 'event' ? renderEvent(v, row) : renderMarker(v, row)}
    </li>`;
}

/** The space before a row; it belongs to the lifecycle span of the row above. */
function renderGap(axis: AxisRow, silence: boolean, phase: LifecycleKey | undefined): TemplateResult | typeof nothing {
  const gap = axis.gap;
  if (!gap) return nothing;
  const labelled = silence || gap.compressed || gap.px >= 40;
  const height = Math.max(gap.px, labelled ? 24 : 0);
  // The height is set through CSSOM, which the CSP allows; a style="" attribute (what lit's
  // styleMap writes on first render) it blocks.
  return html`<li class="gap phase-${phase ?? 'none'} ${gap.compressed ? 'compressed' : ''} ${silence ? 'silence' : ''}" aria-hidden=${silence ? 'false' : 'true'}
      ${ref((element) => { if (element) (element as HTMLElement).style.height = `${height}px`; })}>
    <div class="axis"></div>
    <div class="gap-fill">${labelled ? html`<span class="gap-label">${silence
      ? html`<vscode-icon name="watch"></vscode-icon> Longest silence: ${formatDuration(gap.ms)}. What delayed detection or resolution?`
      : html`${gap.compressed ? '≈ ' : ''}${formatDuration(gap.ms)}`}</span>` : nothing}</div>
  </li>`;
}

function renderEvent(v: TimelineView, row: EventRow): TemplateResult {
  const editing = v.editing === row.key && !v.readOnly;
  const kind = kindOf(row.event);
  const tabbable = v.focused === row.key ? 0 : -1;
  return html`<div class="card">
    <div class="line">
      ${editing ? renderInput(v, row, 'at') : html`<time class="time" title=${timeTitle(row)}
        @dblclick=${() => v.startEdit(row, 'at')}>${shownTime(v, row)}</time>`}
      ${editing ? renderKindSelect(v, row) : html`<span class="kind" title=${describeKind(v, kind) ?? nothing}
        @dblclick=${() => v.startEdit(row, 'kind')}>${kind ?? 'event'}</span>`}
      ${editing ? renderInput(v, row, 'actor') : shownValue(v, row, 'actor') ? html`<span class="actor"
        @dblclick=${() => v.startEdit(row, 'actor')}><vscode-icon name="account" size="12"></vscode-icon> ${shownValue(v, row, 'actor')}</span>` : nothing}
      <span class="actions">
        <vscode-icon name="edit" action-icon label="Edit event (Enter)" tabindex=${tabbable} ?hidden=${editing || v.readOnly}
          @click=${() => v.startEdit(row)}></vscode-icon>
        ${editing ? html`<vscode-single-select class="mark-as" label="Mark a lifecycle time at this event"
          .value=${live('')} @change=${(e: Event) => v.markAs(row, valueOf(e))}>
          <vscode-option value="">Mark as…</vscode-option>
          ${LIFECYCLE_KEYS.map((key) => html`<vscode-option value=${key}>${LIFECYCLE_LABELS[key]}</vscode-option>`)}
        </vscode-single-select>` : nothing}
        <vscode-icon name="trash" action-icon label="Delete event (Delete)" tabindex=${tabbable} ?hidden=${v.readOnly}
          @click=${() => v.deleteRow(row)}></vscode-icon>
      </span>
    </div>
    ${editing ? renderInput(v, row, 'text') : html`<p class="text" @dblclick=${() => v.startEdit(row, 'text')}>${shownValue(v, row, 'text') ?? ''}</p>`}
    ${editing ? renderInput(v, row, 'source') : renderSource(v, shownValue(v, row, 'source'))}
    ${row.axis.outsideWindow ? html`<p class="finding warning"><vscode-icon name="warning"></vscode-icon>
      Outside the incident window (started … resolved).</p>` : nothing}
    ${row.findings.map((finding) => renderFinding(finding))}
  </div>`;
}

function renderMarker(v: TimelineView, row: MarkerRow): TemplateResult {
  const editing = v.editing === row.key && !v.readOnly;
  const since = row.axis.sincePrevious;
  const span = since && (LIFECYCLE_KEYS.indexOf(since.key) === LIFECYCLE_KEYS.indexOf(row.lifecycle) - 1
    ? `${SPAN_NAMES[row.lifecycle]} ${formatDuration(since.ms)}`
    : `${formatDuration(since.ms)} after ${since.key}`);
  return html`<div class="card marker-card">
    <div class="line">
      <strong class="marker-name">${LIFECYCLE_LABELS[row.lifecycle]}</strong>
      ${editing ? renderInput(v, row, 'at') : html`<time class="time" title=${utcLabel(row.ms)} @dblclick=${() => v.startEdit(row, 'at')}>${shownTime(v, row)}</time>`}
      ${span ? html`<span class="span">${span}</span>` : nothing}
      <span class="actions">
        <vscode-icon name="edit" action-icon label="Edit time (Enter)" tabindex=${v.focused === row.key ? 0 : -1}
          ?hidden=${editing || v.readOnly} @click=${() => v.startEdit(row, 'at')}></vscode-icon>
        <vscode-icon name="close" action-icon label="Clear this time (Delete)" tabindex=${v.focused === row.key ? 0 : -1}
          ?hidden=${v.readOnly} @click=${() => v.deleteRow(row)}></vscode-icon>
      </span>
    </div>
    ${row.findings.map((finding) => renderFinding(finding))}
  </div>`;
}

const FIELD_LABELS: Record<Field, string> = { at: 'Time', kind: 'Kind', text: 'What happened', actor: 'Actor', source: 'Source (link)' };

function renderInput(v: TimelineView, row: Row, field: Field): TemplateResult {
  const draft = v.draft(row.key, field);
  const doc = v.docValue(row, field);
  const value = draft?.value ?? (field === 'at' ? wallInputOf(v, row, doc) : doc ?? '');
  const error = v.fieldError(row.key, field);
  const changedUnderneath = draft && !draft.sent && draft.base !== doc;
  const common = {
    input: (e: Event) => v.fieldInput(row, field, valueOf(e)),
    keydown: (e: KeyboardEvent) => v.fieldKeydown(e, row, field),
    blur: () => v.fieldCommit(row, field),
  };
  const dateOnly = field === 'at' && row.type === 'event' && row.dateOnly;
  const control = field === 'text'
    ? html`<vscode-textarea class="field field-text" data-field=${field} label=${FIELD_LABELS[field]} rows="2" resize="vertical"
        placeholder="What happened?" .value=${live(value)} ?invalid=${!!error}
        @input=${common.input} @keydown=${common.keydown} @focusout=${common.blur}></vscode-textarea>`
    : html`<vscode-textfield class="field field-${field}" data-field=${field}
        label=${dateOnly ? 'Day' : field === 'at' ? `${FIELD_LABELS.at} (${wallZoneLabel(v.inputZone(row))})` : FIELD_LABELS[field]}
        type=${dateOnly ? 'date' : field === 'at' ? 'datetime-local' : 'text'} step=${field === 'at' && !dateOnly ? 1 : nothing}
        placeholder=${field === 'source' ? 'https://… (chat message, dashboard, log)' : field === 'actor' ? 'Who or what acted' : nothing}
        .value=${live(value)} ?invalid=${!!error}
        @input=${common.input} @keydown=${common.keydown} @focusout=${common.blur}></vscode-textfield>`;
  return html`<span class="edit edit-${field}">${control}
    ${error ? html`<span class="field-error" role="alert">${error}</span>` : nothing}
    ${changedUnderneath ? html`<span class="field-note">Changed in the text editor to “${doc ?? ''}”. Enter keeps yours, Escape takes it.</span>` : nothing}
  </span>`;
}

function renderKindSelect(v: TimelineView, row: EventRow): TemplateResult {
  const value = v.draft(row.key, 'kind')?.value ?? kindOf(row.event) ?? '';
  return html`<vscode-single-select class="field field-kind" data-field="kind" label="Kind" .value=${live(value)}
      @change=${(e: Event) => v.kindChosen(row, valueOf(e))} @keydown=${(e: KeyboardEvent) => v.fieldKeydown(e, row, 'kind')}>
    ${kindOptions(v)}
  </vscode-single-select>`;
}

/** The kind choices: none, then the team's kinds with what each means. */
function kindOptions(v: TimelineView): TemplateResult {
  return html`<vscode-option value="">(no kind)</vscode-option>
    ${v.timelineKinds.map(({ id, description }) => html`<vscode-option value=${id} description=${description ?? ''} title=${description ?? nothing}>${id}</vscode-option>`)}`;
}

function describeKind(v: TimelineView, kind: string | undefined): string | undefined {
  return kind === undefined ? undefined : v.timelineKinds.find((entry) => entry.id === kind)?.description;
}

function renderAddForm(v: TimelineView, form: AddForm): TemplateResult {
  return html`<form class="add-form" aria-label="New event" @submit=${(e: Event) => { e.preventDefault(); v.submitAddForm(); }}
      @keydown=${(e: KeyboardEvent) => v.addFormKeydown(e)}>
    <vscode-textfield id="add-at" type="datetime-local" step="1" label="Time (${wallZoneLabel(v.defaultZone())})" .value=${live(form.at)}
      @input=${(e: Event) => v.addFormInput('at', valueOf(e))}></vscode-textfield>
    <vscode-single-select id="add-kind" label="Kind" .value=${live(form.kind)} @change=${(e: Event) => v.addFormInput('kind', valueOf(e))}>
      ${kindOptions(v)}
    </vscode-single-select>
    <vscode-textfield id="add-text" class="grow" label="What happened" placeholder="What happened?" .value=${live(form.text)}
      @input=${(e: Event) => v.addFormInput('text', valueOf(e))}></vscode-textfield>
    <vscode-textfield id="add-actor" label="Actor" placeholder="Who or what acted" .value=${live(form.actor)}
      @input=${(e: Event) => v.addFormInput('actor', valueOf(e))}></vscode-textfield>
    <vscode-button id="add-submit" @click=${() => v.submitAddForm()}>Add</vscode-button>
    <vscode-button secondary @click=${() => v.closeAddForm()}>Cancel</vscode-button>
    ${form.error ? html`<span class="field-error" role="alert">${form.error}</span>` : nothing}
  </form>`;
}

function renderSource(v: TimelineView, source: string | undefined): TemplateResult | typeof nothing {
  if (!source) return nothing;
  if (!isWebUrl(source)) return html`<p class="source"><vscode-icon name="link" size="12"></vscode-icon> ${source}</p>`;
  return html`<p class="source"><vscode-icon name="link-external" size="12"></vscode-icon>
    <a href=${source} title=${source} @click=${(e: Event) => { e.preventDefault(); v.openSource(source); }}>${source}</a></p>`;
}

function renderFinding(finding: PanelFinding): TemplateResult {
  const icon = finding.severity === 'error' ? 'error' : finding.severity === 'warning' ? 'warning' : 'info';
  return html`<p class="finding ${finding.severity}"><vscode-icon name=${icon}></vscode-icon>
    <span>${finding.message}</span> <span class="rule">${finding.rule}</span></p>`;
}

// ---- values as shown ------------------------------------------------------------------------

/** The event's kind as written (the schema rule judges whether the team's scale has it). */
export function kindOf(event: Record<string, unknown>): string | undefined {
  return typeof event.kind === 'string' && event.kind.trim() !== '' ? event.kind : undefined;
}

/** The kind's look: the format's kinds have their own icon and colour, a team's own kinds a plain one. */
function kindLook(kind: string | undefined): { icon: string; css: string } {
  if (kind === undefined) return { icon: KIND_ICONS.note, css: 'none' };
  return Object.hasOwn(KIND_ICONS, kind) ? { icon: KIND_ICONS[kind as keyof typeof KIND_ICONS], css: kind } : { icon: 'circle-filled', css: 'other' };
}

/** A field as the row shows it outside edit mode: a draft in flight wins over the document. */
function shownValue(v: TimelineView, row: Row, field: Field): string | undefined {
  return v.draft(row.key, field)?.value ?? v.docValue(row, field);
}

// The day is already the one in the shown zone (see showTime), so it is formatted as a UTC date.
const DAY = new Intl.DateTimeFormat(undefined, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });

const dayLabel = (day: string) => DAY.format(Date.parse(`${day}T00:00:00Z`));

/**
 * The row's time as the review writes it (a draft in flight wins), with its zone when rows differ,
 * and the same instant in the team's zone when one is set. A day alone shows as a day.
 */
function shownTime(v: TimelineView, row: Row): TemplateResult | string {
  const draft = v.draft(row.key, 'at');
  const doc = v.docValue(row, 'at');
  if (row.type === 'event' && row.dateOnly) return html`<span class="day">${dayLabel(draft?.value ?? doc!)}</span>`;
  const where = v.inputZone(row);
  const draftMs = draft && fromWallInput(draft.value, where);
  const shown = showTime(draftMs === undefined ? doc : formatWall(draftMs, where), undefined, v.teamZone);
  if (!shown) return stringOf(doc) ?? '(no time)';
  const zone = shown.zone === v.commonZone ? nothing : html` <span class="zone-label">${shown.zone}</span>`;
  const day = row.showDay ? html`<span class="day">${dayLabel(shown.day)}</span> ` : nothing;
  return html`${day}${shown.clock}${zone}${teamTime(v, shown)}`;
}

/** The same instant in the team's zone, when it has one and the row is not shown in it already. */
function teamTime(v: TimelineView, shown: ShownTime): TemplateResult | typeof nothing {
  const team = v.teamZone === undefined || shown.zone === v.teamZone ? undefined : showTime(new Date(shown.ms).toISOString(), v.teamZone);
  if (!team) return nothing;
  const day = team.day === shown.day ? '' : `${dayLabel(team.day)} `;
  return html` <span class="team-time" title="In the team's zone (timeZone in .pirrc.yaml)">${day}${team.clock} ${team.zone}</span>`;
}

function timeTitle(row: EventRow): string {
  if (row.dateOnly) return 'Known only by its day: it sorts at the start of the day and counts in no response time';
  return row.ms === undefined ? 'Not a date-time with an offset' : utcLabel(row.ms);
}

function wallInputOf(v: TimelineView, row: Row, value: string | undefined): string {
  if (row.type === 'event' && row.dateOnly) return value ?? '';
  const ms = parseDateTime(value, v.teamZone);
  return ms === undefined ? '' : toWallInput(ms, v.inputZone(row));
}

function rowLabel(row: Row): string {
  if (row.type === 'marker') return `${LIFECYCLE_LABELS[row.lifecycle]} at ${utcLabel(row.ms)}`;
  const text = stringOf(row.event.text) ?? '';
  const when = row.dateOnly ? stringOf(row.event.at) : row.ms === undefined ? '' : utcLabel(row.ms);
  return `${kindOf(row.event) ?? 'Event'} ${when}: ${text}`;
}
