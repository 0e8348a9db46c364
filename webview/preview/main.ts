// The Review Preview: shows the report the host renders, scrolls with the editor, and hands
// clicked links to the host (which opens only http(s) URLs). Nothing here edits the review.
import { REPORT_CSS } from '../../src/core/render/report-css';
import type { ControlMessage } from '../shared/protocol';
import type { PreviewMessage } from './protocol';

declare function acquireVsCodeApi(): { postMessage(message: ControlMessage): void };

const host = acquireVsCodeApi();
const app = document.getElementById('app')!;

// The report stylesheet is the one the standalone export inlines. A constructed stylesheet is
// not an inline <style>, so the panel's CSP (styles only from the extension or with the nonce)
// allows it; main.css maps its colours onto the theme.
const sheet = new CSSStyleSheet();
sheet.replaceSync(REPORT_CSS);
document.adoptedStyleSheets = [sheet];

let editorLine = 1;

window.addEventListener('message', (event: MessageEvent<PreviewMessage>) => {
  const message = event.data;
  if (message?.type === 'render') {
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
    scrollToLine(editorLine);
  } else if (message?.type === 'scroll') {
    editorLine = message.line;
    scrollToLine(editorLine);
  }
});

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest('a[href]');
  if (!link) return;
  event.preventDefault();
  host.postMessage({ type: 'openSource', url: (link as HTMLAnchorElement).href });
});

/** Shows the report part whose source starts nearest above `line`; the top for the lines before the first part. */
function scrollToLine(line: number): void {
  let target: HTMLElement | undefined;
  let best = 0;
  for (const element of app.querySelectorAll<HTMLElement>('[data-line]')) {
    const start = Number(element.dataset.line);
    if (start <= line && start >= best) {
      best = start;
      target = element;
    }
  }
  if (target && best > 1) target.scrollIntoView({ block: 'start' });
  else window.scrollTo({ top: 0 });
}

host.postMessage({ type: 'ready' });
