// The import's choice in the Timeline Editor: every candidate with its time (UTC), source, actor
// and text, a checkbox each, duplicates greyed out; filters, all / none, and Add. Text goes
// through lit's bindings only (escaped).
import '@vscode-elements/elements/dist/vscode-checkbox/index.js';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Candidate, Duplicate, LifecycleSuggestion } from '../../src/core/import/types';
import type { EventKind } from '../../src/core/review';
import type { ImportFilter, ImportPicker } from './import-picker';
import { LIFECYCLE_LABELS } from './labels';
import { utcLabel } from '../../src/core/clock';

/** What the import view calls; implemented by the panel controller. */
export interface ImportActions {
  importChanged(): void;
  importFilter(filter: Partial<ImportFilter>): void;
  importSubmit(): void;
  importClose(): void;
}

/** Rows drawn at once: a pager log can offer tens of thousands; the filters narrow them down. */
export const MAX_SHOWN = 300;

const checked = (event: Event): boolean => (event.target as HTMLInputElement).checked;
const valueOf = (event: Event): string => (event.target as HTMLInputElement).value;

export function renderImport(picker: ImportPicker, actions: ImportActions, readOnly: boolean): TemplateResult {
  const { counts, formats } = picker.offer;
  const visible = picker.visible;
  const files = formats.map(({ file, from }) => `${file.split(/[\\/]/).pop()} (${from})`).join(', ');
  return html`<section class="import" aria-label="Import timeline events">
    <div class="import-head">
      <h2>Import ${picker.candidates.length} events</h2>
      ${picker.offer.totalCandidates > picker.candidates.length ? html`<p class="finding warning">The files hold ${picker.offer.totalCandidates}
        events in the window; these are the first ${picker.candidates.length}. <code>pir import</code> takes them all.</p>` : nothing}
      <p class="import-summary">From ${files || 'nothing'}. Times in UTC.
        ${counts.duplicates ? `${counts.duplicates} already in the timeline (greyed out). ` : ''}${counts.outsideWindow ? `${counts.outsideWindow} outside the window. ` : ''}${counts.noise ? `${counts.noise} skipped as noise. ` : ''}${counts.redactions ? `${counts.redactions} redacted.` : ''}</p>
    </div>
    <div class="import-filters">
      <vscode-textfield id="import-filter-text" placeholder="Filter by text" .value=${live(picker.filter.text)}
        @input=${(e: Event) => actions.importFilter({ text: valueOf(e) })}></vscode-textfield>
      <vscode-single-select id="import-filter-from" label="Source" .value=${live(picker.filter.from)} @change=${(e: Event) => actions.importFilter({ from: valueOf(e) })}>
        <vscode-option value="">All sources</vscode-option>
        ${picker.sources.map((from) => html`<vscode-option value=${from}>${from}</vscode-option>`)}
      </vscode-single-select>
      <vscode-single-select id="import-filter-actor" label="Actor" .value=${live(picker.filter.actor)} @change=${(e: Event) => actions.importFilter({ actor: valueOf(e) })}>
        <vscode-option value="">All actors</vscode-option>
        ${picker.actors.map((actor) => html`<vscode-option value=${actor}>${actor}</vscode-option>`)}
      </vscode-single-select>
      <vscode-button id="import-all" secondary @click=${() => { picker.setAllVisible(true); actions.importChanged(); }}>All</vscode-button>
      <vscode-button id="import-none" secondary @click=${() => { picker.setAllVisible(false); actions.importChanged(); }}>None</vscode-button>
    </div>
    ${picker.lifecycle.length ? html`<ul class="import-times" aria-label="Lifecycle times">
      ${picker.lifecycle.map((suggestion) => renderTime(picker, suggestion, actions))}
    </ul>` : nothing}
    ${visible.length === 0 ? html`<p class="empty">No event matches the filter.</p>` : html`<ul class="import-list" aria-label="Candidates">
      ${visible.slice(0, MAX_SHOWN).map((candidate) => renderCandidate(picker, candidate, actions))}
    </ul>`}
    ${visible.length > MAX_SHOWN ? html`<p class="import-more">Showing the first ${MAX_SHOWN} of ${visible.length}. Filter to see the others; All and None act on all ${visible.length}.</p>` : nothing}
    <div class="import-actions">
      <vscode-button id="import-add" ?disabled=${readOnly || picker.chosenCount + picker.chosenTimes().length === 0}
        @click=${() => actions.importSubmit()}>Add ${picker.chosenCount} ${picker.chosenCount === 1 ? 'event' : 'events'}</vscode-button>
      <vscode-button id="import-cancel" secondary @click=${() => actions.importClose()}>Cancel</vscode-button>
    </div>
  </section>`;
}

function renderCandidate(picker: ImportPicker, candidate: Candidate, actions: ImportActions): TemplateResult {
  const duplicate = candidate.duplicateOf;
  return html`<li class="candidate ${duplicate ? 'duplicate' : ''} ${candidate.keyMoment ? 'key-moment' : ''}" data-origin=${candidate.origin}>
    <vscode-checkbox .checked=${live(picker.isChosen(candidate))} ?disabled=${!!duplicate}
      aria-label=${`Import: ${candidate.text.slice(0, 80)}`}
      @change=${(e: Event) => { picker.setChosen(candidate, checked(e)); actions.importChanged(); }}></vscode-checkbox>
    <time class="time">${utcLabel(candidate.ms).replace(' UTC', '')}</time>
    <span class="from">${candidate.from}</span>
    ${candidate.kindChoices ? renderKindChoice(picker, candidate, actions) : html`<span class="kind">${candidate.kind ?? 'event'}</span>`}
    ${candidate.actor ? html`<span class="actor">${candidate.actor}</span>` : nothing}
    ${candidate.keyMoment ? html`<span class="badge" title="Pinned or reacted to in the chat">key moment</span>` : nothing}
    <p class="text">${candidate.text}</p>
    ${duplicate ? html`<p class="duplicate-note">${duplicateText(duplicate)}</p>` : nothing}
  </li>`;
}

function renderKindChoice(picker: ImportPicker, candidate: Candidate, actions: ImportActions): TemplateResult {
  return html`<vscode-single-select class="kind-choice" label="Kind of this change" .value=${live(picker.kindOf(candidate) ?? '')}
      @change=${(e: Event) => { picker.setKind(candidate, valueOf(e) as EventKind); actions.importChanged(); }}>
    ${candidate.kindChoices!.map((kind) => html`<vscode-option value=${kind}>${kind}</vscode-option>`)}
  </vscode-single-select>`;
}

function renderTime(picker: ImportPicker, suggestion: LifecycleSuggestion, actions: ImportActions): TemplateResult {
  const label = `${LIFECYCLE_LABELS[suggestion.key]}: ${suggestion.value}${suggestion.current ? ` (the review says ${suggestion.current})` : ''}`;
  return html`<li class="import-time ${suggestion.action}">
    <vscode-checkbox .checked=${live(picker.isTimeChosen(suggestion))} label=${label}
      @change=${(e: Event) => { picker.setTimeChosen(suggestion, checked(e)); actions.importChanged(); }}></vscode-checkbox>
  </li>`;
}

function duplicateText(duplicate: Duplicate): string {
  if (duplicate.timelineIndex !== undefined) return `Already in the timeline (event ${duplicate.timelineIndex + 1}).`;
  return duplicate.reason === 'cross-source' ? `Another source records the same thing${duplicate.origin ? ` (${duplicate.origin})` : ''}.` : 'Offered twice in these files.';
}
