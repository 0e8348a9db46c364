// The banners both review panels show above their content: the parse error that makes the panel
// read-only, and short notices (a refusal, a deletion with Undo). Text goes through lit bindings.
import { html, nothing, type TemplateResult } from 'lit';

export interface Notice {
  text: string;
  /** An action offered with the notice, e.g. undoing a delete. */
  action?: { label: string; run: () => void };
}

/** Notices shown at once; older ones give way. */
const MAX_NOTICES = 3;

/** The notices a panel shows, newest last. */
export class Notices {
  private list: Notice[] = [];

  get shown(): readonly Notice[] {
    return this.list;
  }

  push(notice: Notice): void {
    this.list = [...this.list, notice].slice(-MAX_NOTICES);
  }

  dismiss(notice: Notice): void {
    this.list = this.list.filter((n) => n !== notice);
  }
}

/** `what` names what went read-only: "the timeline", "the analysis". */
export function renderParseError(what: string, parseError: string | undefined): TemplateResult | typeof nothing {
  if (parseError === undefined) return nothing;
  return html`
    <div class="banner error" role="alert" id="parse-error">
      <vscode-icon name="error"></vscode-icon>
      <div><strong>The YAML does not parse, so ${what} is read-only.</strong>
        <span class="message">${parseError}</span>
        <span>Showing the last version that parsed. Fix the text to edit again.</span></div>
    </div>`;
}

export function renderNotices(notices: readonly Notice[], dismiss: (notice: Notice) => void): TemplateResult[] {
  return notices.map((notice) => html`
    <div class="banner notice" role="status">
      <span>${notice.text}</span>
      ${notice.action ? html`<vscode-button secondary @click=${notice.action.run}>${notice.action.label}</vscode-button>` : nothing}
      <vscode-icon name="close" action-icon label="Dismiss" @click=${() => dismiss(notice)}></vscode-icon>
    </div>`);
}
