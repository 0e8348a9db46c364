// The Root-Cause panel's templates. Every piece of document text goes through lit's text and
// attribute bindings (escaped, never parsed as HTML), except the root cause, which is Markdown:
// it goes through the reports' renderer (src/core/render/markdown-html.ts: raw HTML off, links
// only to http(s) and mailto), the one unsafeHTML here.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { humanize } from '../../src/core/labels';
import { renderNotices, renderParseError, type Notice } from '../shared/banners';
import type { PanelFinding } from '../../src/core/protocol/panels';
import { renderDiagram, type DiagramView } from './diagram';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { markdownHtml } from '../../src/core/render/markdown-html';
import { zoomLabel, type Zoom } from './zoom';

/** The rows whose text the panel edits: the problem, the effect, one per why (`w:…`), one per cause (`c:…`). */
export type RowKey = string;

export interface WhyRow {
  key: RowKey;
  index: number;
  text: string;
  findings: PanelFinding[];
}

export interface CauseItem {
  key: RowKey;
  index: number;
  category: string;
  text: string;
  promoted: boolean;
}

/** A 5-Whys chain the user can pick, named by its problem. */
export interface ChainChoice {
  index: number;
  problem: string;
}

export interface AddWhyForm {
  /** Where the new why goes in the chain. */
  at: number;
  text: string;
  error?: string;
}

/** The cause editor beside the diagram: adding to a bone, or editing a cause. */
export type CauseForm = { mode: 'add'; category: string; text: string; error?: string } | { mode: 'edit'; key: RowKey };

export const TABS = ['whys', 'fishbone'] as const;

/** What the templates read and call; implemented by the panel controller. */
export interface RootCauseView extends DiagramView {
  readonly loaded: boolean;
  readonly readOnly: boolean;
  readonly parseError?: string;
  readonly title: string;
  readonly tab: number;
  readonly whys: WhyRow[];
  /** Every chain; the picker shows when there are two or more. */
  readonly chains: readonly ChainChoice[];
  readonly chain: number;
  /** The fishbone's categories, in bone order. */
  readonly bones: readonly string[];
  readonly addingWhy?: AddWhyForm;
  readonly rootCause?: string;
  readonly lastAnswer?: string;
  readonly causeForm?: CauseForm;
  readonly notices: readonly Notice[];
  readonly dragging?: RowKey;
  readonly dropTarget?: RowKey;
  /** `fit` (the default): the diagram is zoomed down to the panel's width; else a fixed scale. */
  readonly zoom: Zoom;
  /** The scale the diagram is drawn at now. */
  readonly scale: number;
  findingsOf(tab: (typeof TABS)[number]): PanelFinding[];
  causeOf(key: RowKey): CauseItem | undefined;
  /** A row's text as its field shows it: the draft being typed, else the document's. */
  shown(row: RowKey): string;
  fieldError(row: RowKey): string | undefined;
  /** The text editor changed the row's text while the user was typing in it. */
  changedUnderneath(row: RowKey): string | undefined;

  selectTab(index: number): void;
  fieldInput(row: RowKey, value: string): void;
  fieldKeydown(event: KeyboardEvent, row: RowKey): void;
  fieldCommit(row: RowKey): void;
  whyKeydown(event: KeyboardEvent, row: WhyRow): void;
  moveWhy(row: WhyRow, delta: number): void;
  deleteWhy(row: WhyRow): void;
  openAddWhy(at: number): void;
  addWhyInput(value: string): void;
  addWhyKeydown(event: KeyboardEvent): void;
  addWhyFocusOut(): void;
  useAsRootCause(): void;
  selectChain(index: number): void;
  addChain(): void;
  deleteChain(): void;
  dragStart(event: DragEvent, row: WhyRow): void;
  dragOver(event: DragEvent, row: WhyRow): void;
  drop(event: DragEvent, row: WhyRow): void;
  dragEnd(): void;
  causeFormInput(value: string): void;
  causeFormKeydown(event: KeyboardEvent): void;
  submitCauseForm(): void;
  closeCauseForm(): void;
  moveCause(cause: CauseItem, category: string): void;
  deleteCause(cause: CauseItem): void;
  promoteCause(cause: CauseItem): void;
  exportSvg(): void;
  zoomBy(direction: 1 | -1): void;
  zoomToFit(): void;
  openLink(event: MouseEvent): void;
  diagramScrolled(): void;
  dismissNotice(notice: Notice): void;
}

/** Fewer answers than this and the chain has probably stopped at a symptom. */
const SHORT_CHAIN = 3;

const valueOf = (event: Event): string => (event.target as HTMLInputElement).value;

export function renderPanel(v: RootCauseView): TemplateResult {
  if (!v.loaded) return html`<p class="empty">Loading…</p>`;
  return html`
    <header class="header"><h1>${v.title}</h1></header>
    ${renderParseError('the analysis', v.parseError)}
    ${renderNotices(v.notices, (notice) => v.dismissNotice(notice))}
    <vscode-tabs selected-index=${v.tab} @vsc-tabs-select=${(e: CustomEvent<{ selectedIndex: number }>) => v.selectTab(e.detail.selectedIndex)}>
      <vscode-tab-header slot="header" data-tab="whys">5 Whys</vscode-tab-header>
      <vscode-tab-panel>${renderWhys(v)}</vscode-tab-panel>
      <vscode-tab-header slot="header" data-tab="fishbone">Fishbone</vscode-tab-header>
      <vscode-tab-panel>${renderFishbone(v)}</vscode-tab-panel>
    </vscode-tabs>
  `;
}

// ---- 5 Whys ---------------------------------------------------------------------------------

function renderWhys(v: RootCauseView): TemplateResult {
  const rows: (WhyRow | AddWhyForm)[] = [...v.whys];
  if (v.addingWhy) rows.splice(v.addingWhy.at, 0, v.addingWhy);
  return html`<section class="whys" aria-label="5 Whys">
    ${v.findingsOf('whys').map(renderFinding)}
    ${renderChainPicker(v)}
    <div class="problem">
      ${textField(v, 'problem', { label: 'Problem', placeholder: 'What went wrong, as the users saw it?', className: 'problem-field', showLabel: true, multiline: true, id: 'problem' })}
    </div>
    <ol class="chain" aria-label="Why? answers">
      ${repeat(rows, (row) => ('key' in row ? row.key : 'new-why'), (row) => ('key' in row ? renderWhy(v, row) : renderAddWhy(v, row)))}
    </ol>
    ${v.whys.length < SHORT_CHAIN ? html`<p class="hint" id="short-chain"><vscode-icon name="lightbulb"></vscode-icon>
      Keep asking “why?”. A chain usually takes three to five answers to get from the symptom to a cause in the system or the process.</p>` : nothing}
    <div class="chain-actions">
      <vscode-button id="add-why" secondary ?disabled=${v.readOnly || v.addingWhy !== undefined} @click=${() => v.openAddWhy(v.whys.length)}>
        <vscode-icon slot="content-before" name="add"></vscode-icon>Add why
      </vscode-button>
    </div>
    ${renderRootCause(v)}
  </section>`;
}

/** One chain per problem: pick one, add one, delete the one shown. */
function renderChainPicker(v: RootCauseView): TemplateResult {
  const several = v.chains.length > 1;
  return html`<div class="chains" role="toolbar" aria-label="5 Whys chains">
    ${several ? html`<label for="chain-select">Chain</label>
      <vscode-single-select id="chain-select" .value=${live(String(v.chain))}
        @change=${(e: Event) => v.selectChain(Number((e.target as HTMLSelectElement).value))}>
        ${v.chains.map((c) => html`<vscode-option value=${String(c.index)}>${c.index + 1}. ${c.problem || '(no problem statement yet)'}</vscode-option>`)}
      </vscode-single-select>` : nothing}
    <vscode-button id="add-chain" secondary ?disabled=${v.readOnly} title="Start another chain, for another problem" @click=${() => v.addChain()}>
      <vscode-icon slot="content-before" name="add"></vscode-icon>Add chain
    </vscode-button>
    ${several ? html`<vscode-button id="delete-chain" secondary ?disabled=${v.readOnly} title="Delete this chain with its problem and answers"
        @click=${() => v.deleteChain()}><vscode-icon slot="content-before" name="trash"></vscode-icon>Delete chain</vscode-button>` : nothing}
  </div>`;
}

function renderWhy(v: RootCauseView, row: WhyRow): TemplateResult {
  const classes = ['why', v.dragging === row.key ? 'dragging' : '', v.dropTarget === row.key ? 'drop-target' : ''].join(' ');
  const last = row.index === v.whys.length - 1;
  return html`<li class=${classes} data-key=${row.key} data-index=${row.index}
      @keydown=${(e: KeyboardEvent) => v.whyKeydown(e, row)}
      @dragover=${(e: DragEvent) => v.dragOver(e, row)} @drop=${(e: DragEvent) => v.drop(e, row)}>
    <span class="handle" draggable=${v.readOnly ? 'false' : 'true'} title="Drag to reorder (or Alt+Up / Alt+Down)"
      @dragstart=${(e: DragEvent) => v.dragStart(e, row)} @dragend=${() => v.dragEnd()}><vscode-icon name="gripper"></vscode-icon></span>
    <span class="step" aria-hidden="true">${row.index + 1}</span>
    <div class="why-body">
      ${textField(v, row.key, {
        label: `Why? Answer ${row.index + 1}`, placeholder: row.index === 0 ? 'Why did the problem happen?' : 'Why did that happen?',
        className: 'why-text', multiline: true,
      })}
      ${row.findings.map(renderFinding)}
    </div>
    <span class="why-actions">
      <vscode-icon name="arrow-up" action-icon label="Move up (Alt+Up)" ?hidden=${v.readOnly || row.index === 0}
        @click=${() => v.moveWhy(row, -1)}></vscode-icon>
      <vscode-icon name="arrow-down" action-icon label="Move down (Alt+Down)" ?hidden=${v.readOnly || last}
        @click=${() => v.moveWhy(row, 1)}></vscode-icon>
      <vscode-icon name="add" action-icon label="Add a why after this one" class="add-after" ?hidden=${v.readOnly}
        @click=${() => v.openAddWhy(row.index + 1)}></vscode-icon>
      <vscode-icon name="trash" action-icon label="Remove this why" class="remove" ?hidden=${v.readOnly}
        @click=${() => v.deleteWhy(row)}></vscode-icon>
    </span>
  </li>`;
}

function renderAddWhy(v: RootCauseView, form: AddWhyForm): TemplateResult {
  return html`<li class="why new" data-key="new-why">
    <span class="handle"></span>
    <span class="step" aria-hidden="true">${form.at + 1}</span>
    <div class="why-body">
      <vscode-textarea id="new-why" class="why-text" label=${`New why (${form.at + 1})`} rows="2" resize="vertical"
        placeholder=${form.at === 0 ? 'Why did the problem happen?' : 'Why did that happen?'} .value=${live(form.text)} ?invalid=${!!form.error}
        @input=${(e: Event) => v.addWhyInput(valueOf(e))} @keydown=${(e: KeyboardEvent) => v.addWhyKeydown(e)}
        @focusout=${() => v.addWhyFocusOut()}></vscode-textarea>
      <span class="field-note">Enter adds it, Escape cancels.</span>
      ${form.error ? html`<span class="field-error" role="alert">${form.error}</span>` : nothing}
    </div>
  </li>`;
}

function renderRootCause(v: RootCauseView): TemplateResult {
  const same = v.rootCause !== undefined && v.rootCause === v.lastAnswer;
  return html`<section class="root-cause" aria-label="Root cause">
    <h2>Root cause</h2>
    ${v.rootCause?.trim()
      ? html`<div class="root-cause-text markdown" id="root-cause-text" @click=${(e: MouseEvent) => v.openLink(e)}>${unsafeHTML(markdownHtml(v.rootCause))}</div>`
      : html`<p class="empty" id="root-cause-text">Not written yet. The last answer of the chain is usually a good start.</p>`}
    <vscode-button id="use-as-root-cause" ?disabled=${v.readOnly || v.lastAnswer === undefined || same}
      title=${v.rootCause?.trim() && !same ? 'Replaces the root cause (you will be asked first)' : 'Copies the last answer into rootCause'}
      @click=${() => v.useAsRootCause()}>
      <vscode-icon slot="content-before" name="arrow-down"></vscode-icon>${same ? 'The last answer is the root cause' : 'Use last answer as root cause'}
    </vscode-button>
  </section>`;
}

// ---- fishbone -------------------------------------------------------------------------------

function renderFishbone(v: RootCauseView): TemplateResult {
  return html`<section class="fishbone-tab" aria-label="Fishbone">
    ${v.findingsOf('fishbone').map(renderFinding)}
    <div class="fishbone-toolbar">
      <div class="effect">${textField(v, 'effect', { label: 'Effect (the head of the fish)', placeholder: 'What happened?', className: 'effect-field', showLabel: true, id: 'effect' })}</div>
      <vscode-button id="export-svg" secondary ?disabled=${v.readOnly} title="Save the diagram as an SVG file next to the review"
        @click=${() => v.exportSvg()}><vscode-icon slot="content-before" name="export"></vscode-icon>Export SVG</vscode-button>
      <div class="zoom" role="group" aria-label="Zoom">
        <vscode-icon id="zoom-out" name="zoom-out" action-icon label="Zoom out" @click=${() => v.zoomBy(-1)}></vscode-icon>
        <vscode-button id="zoom-fit" secondary ?disabled=${v.zoom === 'fit'} title="Fit the diagram to the panel's width"
          @click=${() => v.zoomToFit()}>${zoomLabel(v.zoom, v.scale)}</vscode-button>
        <vscode-icon id="zoom-in" name="zoom-in" action-icon label="Zoom in" @click=${() => v.zoomBy(1)}></vscode-icon>
      </div>
    </div>
    <p class="help">Click a bone (or its <b>+</b>) to add a cause, click a cause to edit, move or delete it.
      Keyboard: Tab to a bone or a cause, then Enter.</p>
    <div class="diagram-frame">
      <div class=${v.zoom === 'fit' ? 'diagram-scroll fit' : 'diagram-scroll'} @scroll=${() => v.diagramScrolled()}>${renderDiagram(v)}</div>
      ${v.causeForm ? renderCauseForm(v, v.causeForm) : nothing}
    </div>
  </section>`;
}

function renderCauseForm(v: RootCauseView, form: CauseForm): TemplateResult | typeof nothing {
  if (form.mode === 'add') {
    return html`<div class="cause-form" role="dialog" aria-label=${`Add a cause to ${humanize(form.category)}`}
        @keydown=${(e: KeyboardEvent) => v.causeFormKeydown(e)}>
      <vscode-textarea id="cause-text" label=${`New cause: ${humanize(form.category)}`} rows="3" resize="vertical"
        placeholder=${`What about ${humanize(form.category).toLowerCase()} made this possible?`}
        .value=${live(form.text)} ?invalid=${!!form.error} @input=${(e: Event) => v.causeFormInput(valueOf(e))}></vscode-textarea>
      ${form.error ? html`<span class="field-error" role="alert">${form.error}</span>` : nothing}
      <div class="form-actions">
        <vscode-button id="cause-add" @click=${() => v.submitCauseForm()}>Add</vscode-button>
        <vscode-button secondary @click=${() => v.closeCauseForm()}>Cancel</vscode-button>
      </div>
    </div>`;
  }
  const cause = v.causeOf(form.key);
  if (!cause) return nothing;
  return html`<div class="cause-form" role="dialog" aria-label="Edit cause" @keydown=${(e: KeyboardEvent) => v.causeFormKeydown(e)}>
    ${textField(v, cause.key, { label: `Cause: ${humanize(cause.category)}`, placeholder: 'What made this possible?', className: 'cause-field', showLabel: true, multiline: true, id: 'cause-text' })}
    <div class="form-row">
      <label for="cause-category">Category</label>
      <vscode-single-select id="cause-category" ?disabled=${v.readOnly} .value=${live(cause.category)}
        @change=${(e: Event) => v.moveCause(cause, valueOf(e))}>
        ${v.bones.map((category) => html`<vscode-option value=${category}>${humanize(category)}</vscode-option>`)}
      </vscode-single-select>
    </div>
    <div class="form-actions">
      <vscode-button id="cause-promote" secondary ?disabled=${v.readOnly || cause.promoted} @click=${() => v.promoteCause(cause)}
        title="Add this cause to the contributing factors">
        <vscode-icon slot="content-before" name=${cause.promoted ? 'check' : 'list-unordered'}></vscode-icon>${cause.promoted ? 'A contributing factor' : 'Promote to contributing factor'}
      </vscode-button>
      <vscode-button id="cause-delete" secondary ?disabled=${v.readOnly} @click=${() => v.deleteCause(cause)}>
        <vscode-icon slot="content-before" name="trash"></vscode-icon>Delete
      </vscode-button>
      <vscode-button id="cause-close" @click=${() => v.closeCauseForm()}>Done</vscode-button>
    </div>
  </div>`;
}

// ---- shared pieces --------------------------------------------------------------------------

interface TextFieldOptions {
  label: string;
  placeholder: string;
  className: string;
  /** Show the label above the field (else it is only the field's accessible name). */
  showLabel?: boolean;
  multiline?: boolean;
  id?: string;
}

/** An always-editable text: Enter (without Shift) or leaving the field saves it, Escape takes the document's text back. */
function textField(v: RootCauseView, row: RowKey, options: TextFieldOptions): TemplateResult {
  const { label, placeholder, className, showLabel = false, multiline = false, id } = options;
  const error = v.fieldError(row);
  const underneath = v.changedUnderneath(row);
  const common = {
    input: (e: Event) => v.fieldInput(row, valueOf(e)),
    keydown: (e: KeyboardEvent) => v.fieldKeydown(e, row),
    commit: () => v.fieldCommit(row),
  };
  const control = multiline
    ? html`<vscode-textarea id=${id ?? nothing} class=${`field ${className}`} data-row=${row} label=${label} rows="2" resize="vertical"
        placeholder=${placeholder} ?readonly=${v.readOnly} .value=${live(v.shown(row))} ?invalid=${!!error}
        @input=${common.input} @keydown=${common.keydown} @focusout=${common.commit}></vscode-textarea>`
    : html`<vscode-textfield id=${id ?? nothing} class=${`field ${className}`} data-row=${row} label=${label}
        placeholder=${placeholder} ?readonly=${v.readOnly} .value=${live(v.shown(row))} ?invalid=${!!error}
        @input=${common.input} @keydown=${common.keydown} @focusout=${common.commit}></vscode-textfield>`;
  return html`${showLabel ? html`<span class="field-label">${label}</span>` : nothing}${control}
    ${error ? html`<span class="field-error" role="alert">${error}</span>` : nothing}
    ${underneath !== undefined ? html`<span class="field-note">Changed in the text editor to “${underneath}”. Enter keeps yours, Escape takes it.</span>` : nothing}`;
}

function renderFinding(finding: PanelFinding): TemplateResult {
  const icon = finding.severity === 'error' ? 'error' : finding.severity === 'warning' ? 'warning' : 'info';
  return html`<p class="finding ${finding.severity}"><vscode-icon name=${icon}></vscode-icon>
    <span>${finding.message}</span> <span class="rule">${finding.rule}</span></p>`;
}
