// The Root-Cause panel: the 5 Whys chain and the fishbone diagram of a review, turning the user's
// edits into intents for the extension host, which edits the YAML. As in the Timeline Editor, the
// document is the only source of truth; the panel holds drafts of text being typed (DraftBook)
// and keys list items by identity (reconcileKeys), so a state arriving mid-typing moves rows
// instead of clobbering what the user typed.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-icon/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-tab-header/index.js';
import '@vscode-elements/elements/dist/vscode-tab-panel/index.js';
import '@vscode-elements/elements/dist/vscode-tabs/index.js';
import '@vscode-elements/elements/dist/vscode-textarea/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import { render } from 'lit';
import { analysisParts, drawableCauses, isContributingFactor, lastAnswer, type AnalysisParts } from '../../src/core/analysis';
import { layoutFishbone, type FishboneLayout } from '../../src/core/fishbone/layout';
import { FISHBONE_CATEGORIES, isRecord, stringOf, type FishboneCategory } from '../../src/core/review';
import { focusWhenRendered } from '../shared/focus';
import { serialPainter, saveOnScroll } from '../shared/paint';
import type { SavedState } from '../shared/host';
import { isWebUrl, type EditIntent, type PanelFinding } from '../../src/core/protocol/panels';
import type { Notice } from '../shared/banners';
import { ReviewPanelApp } from '../shared/review-panel-app';
import { reconcileKeys, type KeyedEvents } from '../shared/identity';
import type { Retarget } from '../shared/resend';
import type { DiagramCause } from './diagram';
import { growToFit } from './grow';
import { effectiveScale, stepZoom, ZOOM_LEVELS, type Zoom } from './zoom';
import {
  renderPanel, TABS, type AddWhyForm, type CauseForm, type CauseItem, type ChainChoice, type RootCauseView, type RowKey, type WhyRow,
} from './view';

/** DraftBook keys drafts by row and field; every row here has one text. */
const TEXT = 'text';
/** A cause editor is this far from the element it belongs to. */
const POPOVER_GAP = 6;

interface RootCauseSaved extends SavedState {
  tab?: number;
  /** The fishbone's zoom; absent is `fit`. */
  zoom?: Zoom;
}

type Section = (typeof TABS)[number];

class RootCausePanel extends ReviewPanelApp<RootCauseSaved> implements RootCauseView {
  private parts: AnalysisParts = analysisParts(undefined);
  private whyIds: KeyedEvents = { keys: [], contents: [] };
  private causeIds: KeyedEvents = { keys: [], contents: [] };
  private keyCount = 0;
  private readonly errors = new Map<RowKey, string>();
  private findings: Record<Section, PanelFinding[]> = { whys: [], fishbone: [] };
  private causes: CauseItem[] = [];
  /** After a change, put focus here once the state shows it. */
  private focusAfterState?: { why: number } | { bone: string };
  /** The diagram has been scrolled to show the head of the fish (at its right end) once. */
  private headShown = false;

  title = '';
  tab = 0;
  /** The 5-Whys chain shown, when `analysis.fiveWhys` is a list of them. */
  chain = 0;
  chains: ChainChoice[] = [];
  whys: WhyRow[] = [];
  addingWhy?: AddWhyForm;
  rootCause?: string;
  lastAnswer?: string;
  causeForm?: CauseForm;
  dragging?: RowKey;
  dropTarget?: RowKey;
  zoom: Zoom = 'fit';
  scale = 1;
  layout: FishboneLayout = layoutFishbone({ causes: [] }, { showEmptyCategories: true });
  drawn: DiagramCause[] = [];

  constructor(private readonly root: HTMLElement) {
    super();
    root.textContent = '';
    this.tab = this.restored?.tab === 1 ? 1 : 0;
    const saved = this.restored?.zoom;
    this.zoom = typeof saved === 'number' && ZOOM_LEVELS.includes(saved) ? saved : 'fit';
    saveOnScroll(() => this.save());
    // A fitted diagram rescales, and the cause editor over it follows its element, when the panel resizes.
    window.addEventListener('resize', () => this.paint());
    this.host.post({ type: 'ready' });
  }

  /** The chain a why intent names: only when `fiveWhys` is a list, so a single chain's intents stay as they were. */
  private get inChain(): { chain?: number } {
    return this.parts.chainPath.length > 2 ? { chain: this.chain } : {};
  }

  /** The fishbone's bones: the team's categories, or the format's five. */
  get bones(): readonly string[] {
    return this.state?.categories ?? FISHBONE_CATEGORIES;
  }

  get selected(): RowKey | undefined {
    return this.causeForm?.mode === 'edit' ? this.causeForm.key : undefined;
  }

  get addingTo(): string | undefined {
    return this.causeForm?.mode === 'add' ? this.causeForm.category : undefined;
  }

  // ---- host messages ---------------------------------------------------------------------

  protected onState(first: boolean): void {
    this.derive();
    const { lost } = this.drafts.onState((row) => this.rowExists(row), (row) => this.docValue(row));
    for (const { draft } of lost) this.notify(`What you were editing was removed from the document. What you typed: “${draft.value}”`);
    if (this.causeForm?.mode === 'edit' && !this.causeOf(this.causeForm.key)) this.causeForm = undefined;
    this.paint();
    this.settleFocus();
    if (first && this.restored?.scrollY) window.scrollTo(0, this.restored.scrollY);
    // The panel serializer restores the panel after a reload from the document saved here.
    this.save();
  }

  private derive(): void {
    const state = this.state!;
    this.parts = analysisParts(state.review, this.chain);
    this.chain = this.parts.chain;
    this.chains = this.parts.chains.map((chain, index) => ({ index, problem: chain.problem?.trim() ?? '' }));
    const review = isRecord(state.review) ? state.review : {};
    this.title = stringOf(review.title) ?? state.document.name;
    this.rootCause = this.parts.rootCause;
    this.lastAnswer = lastAnswer(this.parts.whys);
    const whysPath = [...this.parts.chainPath, 'whys'];
    const placed = new Set<PanelFinding>();
    const at = (prefix: (string | number)[]) => state.findings.filter((finding) => {
      const match = prefix.every((step, i) => finding.path[i] === step);
      if (match) placed.add(finding);
      return match;
    });

    this.whyIds = reconcileKeys(this.whyIds, this.parts.whys, () => `${++this.keyCount}`);
    this.whys = this.parts.whys.map((why, index) => ({
      key: `w:${this.whyIds.keys[index]}`, index, text: typeof why === 'string' ? why : JSON.stringify(why) ?? '', findings: at([...whysPath, index]),
    }));
    this.causeIds = reconcileKeys(this.causeIds, this.parts.causes, () => `${++this.keyCount}`);
    this.causes = drawableCauses(this.parts.causes).map((cause) => ({
      ...cause, key: `c:${this.causeIds.keys[cause.index]}`,
      promoted: isContributingFactor(this.parts.factors, cause),
    }));
    const fishbone = at(['analysis', 'fishbone']);
    this.findings = { fishbone, whys: state.findings.filter((finding) => !placed.has(finding)) };
  }

  /** The diagram of the document's causes, with any text being typed in place of the document's. */
  private relayout(): void {
    const effect = this.shown('effect');
    this.layout = layoutFishbone({
      effect: effect.trim() ? effect : undefined,
      causes: this.causes.map((cause) => ({ category: cause.category, text: this.shown(cause.key) })),
    }, { showEmptyCategories: true, categories: this.bones });
    this.drawn = this.causes.map((cause) => ({
      key: cause.key, index: cause.index, promoted: cause.promoted, drafted: this.drafts.get(cause.key, TEXT) !== undefined,
    }));
  }

  private settleFocus(): void {
    const target = this.focusAfterState;
    this.focusAfterState = undefined;
    if (target && 'why' in target) {
      const row = this.whys[target.why];
      if (row) focusWhenRendered(this.fieldOf(row.key));
    } else if (target) {
      this.element<SVGGElement>(`g.bone[data-category="${CSS.escape(target.bone)}"]`)?.focus();
    }
  }

  // ---- values ----------------------------------------------------------------------------

  private rowExists(row: RowKey): boolean {
    return row === 'problem' || row === 'effect' || this.whys.some((w) => w.key === row) || this.causes.some((c) => c.key === row);
  }

  private docValue(row: RowKey): string | undefined {
    if (row === 'problem') return this.parts.problem;
    if (row === 'effect') return this.parts.effect;
    return this.whys.find((w) => w.key === row)?.text ?? this.causeOf(row)?.text;
  }

  shown(row: RowKey): string {
    return this.drafts.get(row, TEXT)?.value ?? this.docValue(row) ?? '';
  }

  fieldError(row: RowKey): string | undefined {
    return this.errors.get(row);
  }

  changedUnderneath(row: RowKey): string | undefined {
    const draft = this.drafts.get(row, TEXT);
    const doc = this.docValue(row);
    return draft && !draft.sent && draft.base !== doc ? doc ?? '' : undefined;
  }

  findingsOf(tab: Section): PanelFinding[] {
    return this.findings[tab];
  }

  causeOf(key: RowKey): CauseItem | undefined {
    return this.causes.find((cause) => cause.key === key);
  }

  // ---- editing text ----------------------------------------------------------------------

  private post(intent: EditIntent, retarget?: Retarget): void {
    if (!this.host.send(intent, retarget)) this.notify('That change could not be sent (invalid values).');
  }

  /** Rebuilds an intent about a why against a newer version, wherever the why is now (by identity). */
  private onWhy(key: RowKey, intent: (row: WhyRow, version: number) => EditIntent | undefined): Retarget {
    return (version) => {
      const row = this.whys.find((w) => w.key === key);
      return row && intent(row, version);
    };
  }

  /** The same for a cause. */
  private onCause(key: RowKey, intent: (cause: CauseItem, version: number) => EditIntent | undefined): Retarget {
    return (version) => {
      const cause = this.causeOf(key);
      return cause && intent(cause, version);
    };
  }

  /** The intent that writes a row's text; undefined when the row is gone. */
  private textIntent(row: RowKey, value: string | null, version: number): EditIntent | undefined {
    if (row === 'problem') return { type: 'setProblem', baseVersion: version, ...this.inChain, value };
    if (row === 'effect') return { type: 'setEffect', baseVersion: version, value };
    const why = this.whys.find((w) => w.key === row);
    if (why) return { type: 'updateWhy', baseVersion: version, ...this.inChain, index: why.index, text: value! };
    const cause = this.causeOf(row);
    return cause && { type: 'updateCause', baseVersion: version, index: cause.index, text: value! };
  }

  /** Sends a row's draft. Returns false when it cannot be sent (invalid, or the panel is read-only). */
  private commit(row: RowKey): boolean {
    const draft = this.drafts.get(row, TEXT);
    if (!draft || !this.state) return true;
    const optional = row === 'problem' || row === 'effect';
    const blank = draft.value.trim() === '';
    if (blank && !optional) {
      this.errors.set(row, row.startsWith('w:') ? 'An answer cannot be empty: write it, or remove the step.' : 'A cause needs a text: write it, or delete the cause.');
      return false;
    }
    this.errors.delete(row);
    if (this.readOnly) {
      this.errors.set(row, 'Not saved yet: the YAML does not parse. Your text is kept; press Enter again once it does.');
      return false;
    }
    const value = blank ? null : draft.value;
    const version = this.state.version;
    if (!this.drafts.commit(row, TEXT, value, this.docValue(row), version)) return true;
    const intent = this.textIntent(row, value, version);
    if (intent) {
      this.post(intent, (newer) => {
        const sent = this.drafts.rebase(row, TEXT, newer);
        return sent && this.textIntent(row, sent.value, newer);
      });
    }
    return true;
  }

  fieldInput(row: RowKey, value: string): void {
    this.drafts.input(row, TEXT, value, this.docValue(row));
    growToFit(this.fieldOf(row));
    if (this.errors.delete(row)) this.paint();
  }

  fieldKeydown(event: KeyboardEvent, row: RowKey): void {
    if (event.key === 'Enter' && !event.shiftKey && !event.altKey) {
      event.preventDefault();
      this.commit(row);
      if (this.causeForm?.mode === 'edit' && this.causeForm.key === row && !this.errors.has(row)) this.closeCauseForm();
      else this.paint();
    } else if (event.key === 'Escape') {
      const draft = this.drafts.get(row, TEXT);
      if (!draft || draft.sent) return; // nothing to take back: let the cause editor close
      event.preventDefault();
      event.stopPropagation();
      this.drafts.discard(row, TEXT);
      this.errors.delete(row);
      this.paint();
    }
  }

  fieldCommit(row: RowKey): void {
    if (!this.drafts.get(row, TEXT)) return;
    this.commit(row);
    this.paint();
  }

  // ---- 5 Whys ----------------------------------------------------------------------------

  selectTab(index: number): void {
    this.tab = index === 1 ? 1 : 0;
    this.save();
    this.paint();
  }

  whyKeydown(event: KeyboardEvent, row: WhyRow): void {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    this.moveWhy(row, event.key === 'ArrowUp' ? -1 : 1);
  }

  moveWhy(row: WhyRow, delta: number): void {
    this.moveWhyTo(row, row.index + delta);
  }

  private moveWhyTo(row: WhyRow, to: number): void {
    if (!this.state || this.readOnly || to < 0 || to >= this.whys.length || to === row.index) return;
    this.focusAfterState = { why: to };
    const delta = to - row.index;
    this.post({ type: 'moveWhy', baseVersion: this.state.version, ...this.inChain, from: row.index, to }, this.onWhy(row.key, (now, version) => {
      const target = now.index + delta;
      if (target < 0 || target >= this.whys.length) return undefined;
      this.focusAfterState = { why: target };
      return { type: 'moveWhy', baseVersion: version, ...this.inChain, from: now.index, to: target };
    }));
  }

  deleteWhy(row: WhyRow): void {
    if (!this.state || this.readOnly) return;
    this.post({ type: 'deleteWhy', baseVersion: this.state.version, ...this.inChain, index: row.index },
      this.onWhy(row.key, (now, version) => ({ type: 'deleteWhy', baseVersion: version, ...this.inChain, index: now.index })));
    const text = row.text;
    const notice: Notice = {
      text: `Removed why ${row.index + 1}: “${text}”.`,
      action: { label: 'Undo', run: () => {
        this.dismissNotice(notice);
        if (!this.state || this.readOnly || !text.trim()) return;
        const index = Math.min(row.index, this.whys.length);
        this.focusAfterState = { why: index };
        this.post({ type: 'addWhy', baseVersion: this.state.version, ...this.inChain, index, text });
      } },
    };
    this.pushNotice(notice);
  }

  openAddWhy(at: number): void {
    if (this.readOnly) return;
    this.addingWhy = { at: Math.min(at, this.whys.length), text: '' };
    this.paint();
    focusWhenRendered(this.element('#new-why'));
  }

  addWhyInput(value: string): void {
    if (!this.addingWhy) return;
    const hadError = this.addingWhy.error !== undefined;
    this.addingWhy = { ...this.addingWhy, text: value, error: undefined };
    growToFit(this.element('#new-why'));
    if (hadError) this.paint();
  }

  addWhyKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      this.submitAddWhy();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.closeAddWhy();
    }
  }

  /** Leaving the new why adds it when something was typed, and drops it when not. */
  addWhyFocusOut(): void {
    // Let the click that moved focus (e.g. on Add why) run first.
    setTimeout(() => {
      if (!this.addingWhy || this.root.querySelector('#new-why')?.matches(':focus-within')) return;
      if (this.addingWhy.text.trim()) this.submitAddWhy();
      else this.closeAddWhy(false);
    });
  }

  private submitAddWhy(): void {
    const form = this.addingWhy;
    if (!form || !this.state || this.readOnly) return;
    if (!form.text.trim()) {
      this.addingWhy = { ...form, error: 'Write the answer first (Escape cancels).' };
      return this.paint();
    }
    this.addingWhy = undefined;
    this.focusAfterState = { why: form.at };
    this.post({ type: 'addWhy', baseVersion: this.state.version, ...this.inChain, index: form.at, text: form.text });
    this.paint();
  }

  private closeAddWhy(refocus = true): void {
    this.addingWhy = undefined;
    this.paint();
    if (refocus) this.element<HTMLElement>('#add-why')?.focus();
  }

  // ---- several chains ----------------------------------------------------------------------

  selectChain(index: number): void {
    if (index === this.chain || index < 0 || index >= this.chains.length) return;
    this.chain = index;
    this.addingWhy = undefined;
    this.derive();
    this.paint();
  }

  addChain(): void {
    if (!this.state || this.readOnly) return;
    // Show the new chain once the state has it: it goes after the others.
    this.chain = Math.max(1, this.chains.length);
    this.post({ type: 'addChain', baseVersion: this.state.version });
  }

  deleteChain(): void {
    if (!this.state || this.readOnly || this.chains.length === 0) return;
    const chain = this.chain;
    this.post({ type: 'deleteChain', baseVersion: this.state.version, chain });
    this.chain = Math.max(0, chain - 1);
  }

  useAsRootCause(): void {
    if (!this.state || this.readOnly || this.lastAnswer === undefined) return;
    this.post({ type: 'useAsRootCause', baseVersion: this.state.version, ...this.inChain });
  }

  dragStart(event: DragEvent, row: WhyRow): void {
    if (this.readOnly) return event.preventDefault();
    this.dragging = row.key;
    event.dataTransfer?.setData('text/plain', row.text);
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
    this.paint();
  }

  dragOver(event: DragEvent, row: WhyRow): void {
    if (!this.dragging) return;
    event.preventDefault();
    if (this.dropTarget !== row.key) {
      this.dropTarget = row.key;
      this.paint();
    }
  }

  drop(event: DragEvent, row: WhyRow): void {
    const from = this.whys.find((w) => w.key === this.dragging);
    event.preventDefault();
    this.dragEnd();
    if (from) this.moveWhyTo(from, row.index);
  }

  dragEnd(): void {
    this.dragging = undefined;
    this.dropTarget = undefined;
    this.paint();
  }

  // ---- fishbone --------------------------------------------------------------------------

  boneActivated(category: string): void {
    if (this.readOnly) return;
    if (!this.bones.includes(category)) {
      return this.notify(`“${category}” is not a fishbone category; fix it in the text editor.`);
    }
    this.causeForm = { mode: 'add', category, text: '' };
    this.paint();
    focusWhenRendered(this.element('#cause-text'));
  }

  causeActivated(cause: DiagramCause): void {
    this.causeForm = { mode: 'edit', key: cause.key };
    this.paint();
    focusWhenRendered(this.element('#cause-text'));
  }

  headActivated(): void {
    focusWhenRendered(this.element('#effect'));
  }

  causeFormInput(value: string): void {
    if (this.causeForm?.mode !== 'add') return;
    const hadError = this.causeForm.error !== undefined;
    this.causeForm = { ...this.causeForm, text: value, error: undefined };
    if (hadError) this.paint();
  }

  causeFormKeydown(event: KeyboardEvent): void {
    const form = this.causeForm;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.closeCauseForm();
    } else if (form?.mode === 'add' && event.key === 'Enter' && !event.shiftKey && (event.target as HTMLElement).id === 'cause-text') {
      event.preventDefault();
      this.submitCauseForm();
    }
  }

  submitCauseForm(): void {
    const form = this.causeForm;
    if (form?.mode !== 'add' || !this.state || this.readOnly) return;
    if (!form.text.trim()) {
      this.causeForm = { ...form, error: 'Write the cause first (Escape cancels).' };
      return this.paint();
    }
    this.causeForm = undefined;
    this.focusAfterState = { bone: form.category };
    this.post({ type: 'addCause', baseVersion: this.state.version, cause: { category: form.category as FishboneCategory, text: form.text } });
    this.paint();
  }

  closeCauseForm(): void {
    const form = this.causeForm;
    if (!form) return;
    if (form.mode === 'edit') this.fieldCommit(form.key);
    this.causeForm = undefined;
    this.paint();
    // Back to where the editor was opened from.
    const back = form.mode === 'add'
      ? this.element<SVGGElement>(`g.bone[data-category="${CSS.escape(form.category)}"]`)
      : this.element<SVGGElement>(`g.cause[data-key="${CSS.escape(form.key)}"]`);
    back?.focus();
  }

  moveCause(cause: CauseItem, category: string): void {
    if (!this.state || this.readOnly || category === cause.category || !this.bones.includes(category)) return;
    this.post({ type: 'moveCause', baseVersion: this.state.version, index: cause.index, category: category as FishboneCategory },
      this.onCause(cause.key, (now, version) => (now.category === category ? undefined : { type: 'moveCause', baseVersion: version, index: now.index, category: category as FishboneCategory })));
  }

  deleteCause(cause: CauseItem): void {
    if (!this.state || this.readOnly) return;
    this.drafts.discard(cause.key, TEXT);
    this.causeForm = undefined;
    this.post({ type: 'deleteCause', baseVersion: this.state.version, index: cause.index },
      this.onCause(cause.key, (now, version) => ({ type: 'deleteCause', baseVersion: version, index: now.index })));
    const notice: Notice = {
      text: `Deleted the cause “${cause.text}”.`,
      action: this.bones.includes(cause.category) ? { label: 'Undo', run: () => {
        this.dismissNotice(notice);
        if (!this.state || this.readOnly) return;
        const index = Math.min(cause.index, this.parts.causes.length);
        this.post({ type: 'addCause', baseVersion: this.state.version, index, cause: { category: cause.category as FishboneCategory, text: cause.text } });
      } } : undefined,
    };
    this.pushNotice(notice);
  }

  promoteCause(cause: CauseItem): void {
    if (!this.state || this.readOnly || cause.promoted) return;
    this.post({ type: 'promoteCause', baseVersion: this.state.version, index: cause.index },
      this.onCause(cause.key, (now, version) => (now.promoted ? undefined : { type: 'promoteCause', baseVersion: version, index: now.index })));
  }

  exportSvg(): void {
    if (!this.state || this.readOnly) return;
    this.post({ type: 'exportSvg', baseVersion: this.state.version });
  }

  get drawScale(): number | undefined {
    return this.zoom === 'fit' ? undefined : this.zoom;
  }

  zoomBy(direction: 1 | -1): void {
    this.setZoom(stepZoom(this.scale, direction));
  }

  zoomToFit(): void {
    this.setZoom('fit');
  }

  private setZoom(zoom: Zoom): void {
    if (zoom === this.zoom) return;
    this.zoom = zoom;
    this.save();
    this.paint();
  }

  /** What the fit zoom scales to: the diagram frame's width against the diagram's own. */
  private measureScale(): number {
    const frame = this.element<HTMLElement>('.diagram-scroll');
    return effectiveScale(this.zoom, this.layout.width, frame?.clientWidth ?? 0);
  }

  /** Links in the rendered root cause open in the browser through the host (web links only). */
  openLink(event: MouseEvent): void {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    event.preventDefault();
    const url = link.getAttribute('href') ?? '';
    if (isWebUrl(url)) this.host.post({ type: 'openSource', url });
  }

  /**
   * The effect (the head, what the diagram is about) is at the right end of a diagram wider than
   * a side-by-side panel: the first time the diagram is on screen, scroll it into view.
   */
  private showHead(): void {
    if (this.headShown || this.tab !== 1 || this.zoom === 'fit') return;
    const scroller = this.element<HTMLElement>('.diagram-scroll');
    // Before the tab panel is laid out the scroller has no width yet: try again next paint.
    if (!scroller || scroller.clientWidth === 0) return;
    scroller.scrollLeft = scroller.scrollWidth;
    this.headShown = true;
  }

  diagramScrolled(): void {
    this.placeCauseForm();
  }

  /** Puts the cause editor next to the bone or cause it belongs to, inside the diagram's frame. */
  private placeCauseForm(): void {
    const form = this.element<HTMLElement>('.cause-form');
    const frame = this.element<HTMLElement>('.diagram-frame');
    if (!form || !frame || !this.causeForm) return;
    const anchor = this.causeForm.mode === 'add'
      ? this.element(`g.bone[data-category="${CSS.escape(this.causeForm.category)}"] text.category`)
      : this.element(`g.cause[data-key="${CSS.escape(this.causeForm.key)}"]`);
    if (!anchor) return;
    const box = frame.getBoundingClientRect();
    const at = anchor.getBoundingClientRect();
    const width = form.offsetWidth;
    const height = form.offsetHeight;
    const left = Math.max(0, Math.min(at.left - box.left, box.width - width));
    const below = at.bottom - box.top + POPOVER_GAP;
    const above = at.top - box.top - POPOVER_GAP - height;
    // CSSOM, not a style attribute: the CSP blocks inline style attributes.
    form.style.left = `${left}px`;
    form.style.top = `${below + height <= box.height || above < 0 ? below : above}px`;
  }

  // ---- notices, saving, painting ---------------------------------------------------------

  private save(): void {
    if (!this.state) return;
    this.host.save({ document: { uri: this.state.document.uri }, scrollY: window.scrollY, tab: this.tab, zoom: this.zoom });
  }

  private element<E extends Element = HTMLElement>(selector: string): E | null {
    return this.root.querySelector<E>(selector);
  }

  private fieldOf(row: RowKey): HTMLElement | null {
    return this.element(`[data-row="${CSS.escape(row)}"]`);
  }

  protected readonly paint = serialPainter(() => {
    this.relayout();
    render(renderPanel(this), this.root);
    // The label shows the fitted scale, known once the frame is laid out.
    const scale = this.measureScale();
    if (scale !== this.scale) {
      this.scale = scale;
      render(renderPanel(this), this.root);
    }
    this.root.removeAttribute('aria-busy');
    this.placeCauseForm();
    // The text areas render their rows a frame later; then they can be measured.
    requestAnimationFrame(() => this.root.querySelectorAll('vscode-textarea').forEach((area) => growToFit(area)));
    // The tab panel shows (and takes its width) once the tabs have rendered.
    if (!this.headShown) requestAnimationFrame(() => this.showHead());
    // Its controls finish rendering a frame later, which can change its height.
    if (this.causeForm) requestAnimationFrame(() => this.placeCauseForm());
  });
}

new RootCausePanel(document.getElementById('app')!);
