// The choice the Timeline Editor offers after an import: which candidates go in (checkboxes,
// filters, all / none), which kind a change before the start becomes, and which lifecycle times
// are set. Plain state, no DOM: the view renders it and the panel sends what it yields.
import type { Candidate, LifecycleSuggestion } from '../../src/core/import/types';
import type { ImportOfferMessage, LifecycleTime, NewEvent } from '../../src/core/protocol/panels';
import type { EventKind } from '../../src/core/review';

/** Sources whose records are conversation: most lines are not timeline events. */
const CHAT: readonly string[] = ['slack', 'teams'];

export interface ImportFilter {
  text: string;
  /** A source name (`slack`, `pagerduty` …) or '' for all. */
  from: string;
  /** An actor or '' for all. */
  actor: string;
}

export class ImportPicker {
  readonly candidates: readonly Candidate[];
  readonly lifecycle: readonly LifecycleSuggestion[];
  readonly offer: ImportOfferMessage;
  filter: ImportFilter = { text: '', from: '', actor: '' };
  private readonly chosen = new Set<string>();
  private readonly kinds = new Map<string, EventKind>();
  private readonly times = new Set<string>();

  constructor(offer: ImportOfferMessage) {
    this.offer = offer;
    this.candidates = offer.candidates;
    this.lifecycle = offer.lifecycle.filter((suggestion) => suggestion.action !== 'same');
    // Chat is noisy: only its key moments (pinned, reacted to) start chosen. Every other source's records do.
    for (const candidate of this.candidates) {
      if (!candidate.duplicateOf && (!CHAT.includes(candidate.from) || candidate.keyMoment)) this.chosen.add(candidate.origin);
    }
    // Empty lifecycle times are filled; one the review already has is changed only if the user ticks it.
    for (const suggestion of this.lifecycle) if (suggestion.action === 'fill') this.times.add(suggestion.key);
  }

  /** The source names and actors present, for the filter lists. */
  get sources(): string[] {
    return [...new Set(this.candidates.map((candidate) => candidate.from))].sort();
  }

  get actors(): string[] {
    return [...new Set(this.candidates.flatMap((candidate) => (candidate.actor ? [candidate.actor] : [])))].sort((a, b) => a.localeCompare(b));
  }

  /** The candidates the filter lets through, in time order. */
  get visible(): Candidate[] {
    const words = this.filter.text.toLowerCase().split(/\s+/).filter(Boolean);
    return this.candidates.filter((candidate) =>
      (!this.filter.from || candidate.from === this.filter.from) &&
      (!this.filter.actor || candidate.actor === this.filter.actor) &&
      words.every((word) => `${candidate.text} ${candidate.actor ?? ''}`.toLowerCase().includes(word)));
  }

  isChosen(candidate: Candidate): boolean {
    return this.chosen.has(candidate.origin);
  }

  setChosen(candidate: Candidate, chosen: boolean): void {
    if (candidate.duplicateOf) return;
    if (chosen) this.chosen.add(candidate.origin);
    else this.chosen.delete(candidate.origin);
  }

  /** Ticks (or unticks) every visible candidate that can be chosen. */
  setAllVisible(chosen: boolean): void {
    for (const candidate of this.visible) this.setChosen(candidate, chosen);
  }

  kindOf(candidate: Candidate): EventKind | undefined {
    return this.kinds.get(candidate.origin) ?? candidate.kind ?? candidate.kindChoices?.[0];
  }

  setKind(candidate: Candidate, kind: EventKind): void {
    if (candidate.kindChoices?.includes(kind)) this.kinds.set(candidate.origin, kind);
  }

  isTimeChosen(suggestion: LifecycleSuggestion): boolean {
    return this.times.has(suggestion.key);
  }

  setTimeChosen(suggestion: LifecycleSuggestion, chosen: boolean): void {
    if (chosen) this.times.add(suggestion.key);
    else this.times.delete(suggestion.key);
  }

  get chosenCount(): number {
    return this.chosen.size;
  }

  /** What the `importEvents` intent carries: the chosen events as the review will hold them. */
  chosenEvents(): NewEvent[] {
    return this.candidates.filter((candidate) => this.chosen.has(candidate.origin)).map((candidate) => {
      const event: NewEvent = { at: candidate.at, text: candidate.text };
      const kind = this.kindOf(candidate);
      if (kind) event.kind = kind;
      if (candidate.actor) event.actor = candidate.actor;
      if (candidate.source) event.source = candidate.source;
      return event;
    });
  }

  chosenTimes(): LifecycleTime[] {
    return this.lifecycle.filter((suggestion) => this.times.has(suggestion.key)).map(({ key, value }) => ({ key, value }));
  }
}
