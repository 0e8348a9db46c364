// What the Timeline and Root-Cause panels share: the connection to the host and the state it last
// sent, the drafts of text being typed, the notices, and how a refused intent is shown. Each panel
// rebuilds itself from a new state (`onState`) and paints itself (`paint`).
import { Notices, type Notice } from './banners';
import { DraftBook } from './drafts';
import { connectReviewHost, type ReviewHost, type SavedState } from './host';
import type { HostMessage, ImportOfferMessage, StateMessage } from '../../src/core/protocol/panels';

export abstract class ReviewPanelApp<S extends SavedState> {
  protected readonly host: ReviewHost<S>;
  /** The document as the host last sent it; undefined until the first state. */
  protected state?: StateMessage;
  protected readonly drafts = new DraftBook();
  /** What the panel saved before a reload or while hidden. */
  protected readonly restored: S | undefined;
  private readonly noticeList = new Notices();

  /** Renders the panel (a serialPainter in each panel). */
  protected abstract readonly paint: () => void;

  constructor() {
    this.host = connectReviewHost<S>((message) => this.receive(message));
    this.restored = this.host.saved();
  }

  get loaded(): boolean {
    return this.state !== undefined;
  }

  get readOnly(): boolean {
    return this.state?.parseError !== undefined;
  }

  get parseError(): string | undefined {
    return this.state?.parseError;
  }

  get notices(): readonly Notice[] {
    return this.noticeList.shown;
  }

  dismissNotice(notice: Notice): void {
    this.noticeList.dismiss(notice);
    this.paint();
  }

  protected notify(text: string): void {
    this.pushNotice({ text });
  }

  protected pushNotice(notice: Notice): void {
    this.noticeList.push(notice);
    this.paint();
  }

  /** `state` holds the new state; `first` when it is the first since the panel opened. */
  protected abstract onState(first: boolean): void;

  /** What an import found (the Timeline Editor shows it; other panels never ask for one). */
  protected onImportOffer(_offer: ImportOfferMessage): void {}

  private receive(message: HostMessage): void {
    if (message.type === 'importOffer') return this.onImportOffer(message);
    if (message.type === 'refused') {
      // A stale refusal reaches the panel only once the connection has stopped resending it.
      this.drafts.refused(message.baseVersion);
      if (message.reason !== 'stale') this.notify(`Not applied: ${message.message}`);
      this.paint();
      return;
    }
    const first = this.state === undefined;
    this.state = message;
    this.onState(first);
  }
}
