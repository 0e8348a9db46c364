// The HTML shell of a review panel. No `vscode` import: the webview UI tests serve exactly this
// page (same CSP) from a plain HTTP server.
import { escapeHtml } from '../../core/html-escape';
import { pageStart } from '../../core/render/page-head';

export interface PanelPage {
  /** `webview.cspSource`: the origin the panel's own files are served from. */
  cspSource: string;
  /** A fresh random value per page load; only scripts carrying it run. */
  nonce: string;
  title: string;
  scriptUri: string;
  styleUri: string;
  codiconUri: string;
}

/**
 * No inline script or style, no remote anything: scripts run only with the nonce, styles and
 * fonts come only from the extension's dist/webview. Lit components style themselves with
 * constructed stylesheets (adoptedStyleSheets), which style-src does not govern.
 */
export function contentSecurityPolicy({ cspSource, nonce }: Pick<PanelPage, 'cspSource' | 'nonce'>): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `font-src ${cspSource}`,
    `img-src ${cspSource} data:`,
  ].join('; ');
}

export function panelHtml(page: PanelPage): string {
  const attr = escapeHtml;
  const styles = `<link rel="stylesheet" href="${attr(page.codiconUri)}" id="vscode-codicon-stylesheet" nonce="${attr(page.nonce)}">
<link rel="stylesheet" href="${attr(page.styleUri)}" nonce="${attr(page.nonce)}">`;
  return `${pageStart({ csp: attr(contentSecurityPolicy(page)), title: page.title, extra: styles })}<main id="app" aria-busy="true">Loading…</main>
<script nonce="${attr(page.nonce)}" src="${attr(page.scriptUri)}"></script>
</body>
</html>`;
}
