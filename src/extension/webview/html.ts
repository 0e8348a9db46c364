// The HTML shell of a review panel. No `vscode` import: the webview UI tests serve exactly this
// page (same CSP) from a plain HTTP server.
import { escapeHtml } from '../../core/html-escape';

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
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(page))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(page.title)}</title>
<link rel="stylesheet" href="${attr(page.codiconUri)}" id="vscode-codicon-stylesheet" nonce="${attr(page.nonce)}">
<link rel="stylesheet" href="${attr(page.styleUri)}" nonce="${attr(page.nonce)}">
</head>
<body>
<main id="app" aria-busy="true">Loading…</main>
<script nonce="${attr(page.nonce)}" src="${attr(page.scriptUri)}"></script>
</body>
</html>`;
}
