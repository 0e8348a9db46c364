// The Review Preview: shows the report the host renders, scrolls with the editor both ways, and
// hands clicked links to the host (which opens only http(s) URLs). Nothing here edits the review.
import { REPORT_CSS } from '../../src/core/render/report-css';
import { connectHost, type SavedState } from '../shared/host';
import type { PreviewMessage, PreviewWebviewMessage } from '../../src/core/protocol/preview';

const app = document.getElementById('app')!;

// The report stylesheet is the one the standalone export inlines. A constructed stylesheet is
// not an inline <style>, so the panel's CSP (styles only from the extension or with the nonce)
// allows it; main.css maps its colours onto the theme.
const sheet = new CSSStyleSheet();
sheet.replaceSync(REPORT_CSS);
document.adoptedStyleSheets = [sheet];

let editorLine = 1;
/** Where the last scroll made for the editor left the page: a scroll event there is not the user's. */
let scrolledTo: number | undefined;

const host = connectHost<SavedState, PreviewMessage, PreviewWebviewMessage>((message) => {
  if (message.type === 'render') {
    // The HTML comes from the host's renderer, which escapes every field; the CSP would also
    // stop any script or handler in it.
    app.innerHTML = message.html;
    if (message.notice) {
      const notice = document.createElement('p');
      notice.className = 'pir-notice';
      notice.textContent = message.notice;
      app.prepend(notice);
    }
    app.removeAttribute('aria-busy');
    host.save({ document: { uri: message.uri } });
    scrollToLine(editorLine);
  } else {
    editorLine = message.line;
    scrollToLine(editorLine);
  }
}, ['render', 'scroll'] satisfies PreviewMessage['type'][]);

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest('a[href]');
  if (!link) return;
  event.preventDefault();
  host.post({ type: 'openSource', url: (link as HTMLAnchorElement).href });
});

// The user's own scrolling moves the editor to the part now at the top, once per frame.
let frame = 0;
window.addEventListener('scroll', () => {
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    if (scrolledTo !== undefined && Math.abs(window.scrollY - scrolledTo) < 2) return;
    scrolledTo = undefined;
    const line = lineAtTop();
    if (line !== undefined && line !== editorLine) {
      editorLine = line;
      host.post({ type: 'revealLine', line });
    }
  });
});

/** Shows the report part whose source starts nearest above `line`; the top for the lines before the first part. */
function scrollToLine(line: number): void {
  let target: HTMLElement | undefined;
  let best = 0;
  for (const element of parts()) {
    const start = Number(element.dataset.line);
    if (start <= line && start >= best) {
      best = start;
      target = element;
    }
  }
  if (target && best > 1) target.scrollIntoView({ block: 'start' });
  else window.scrollTo({ top: 0 });
  scrolledTo = window.scrollY;
}

/** The source line of the last part whose top has reached the top of the view; 1 above the first. */
function lineAtTop(): number | undefined {
  let line: number | undefined;
  for (const element of parts()) {
    if (element.getBoundingClientRect().top > 1) break;
    line = Number(element.dataset.line);
  }
  return line ?? (window.scrollY === 0 ? 1 : undefined);
}

/** The report parts that know their source line, in page order. */
function parts(): NodeListOf<HTMLElement> {
  return app.querySelectorAll<HTMLElement>('[data-line]');
}

host.post({ type: 'ready' });
