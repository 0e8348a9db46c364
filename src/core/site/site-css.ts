// The site's stylesheet: the export's (report-css.ts, light and dark by prefers-color-scheme)
// plus the frame, tables, filters and search results. One file, loaded by <link>: the CSP
// allows no inline style.
import { REPORT_CSS } from '../render/report-css';

const FRAME_CSS = `
html { -webkit-text-size-adjust: 100%; }
body { font-family: var(--pir-font); font-size: var(--pir-font-size); line-height: 1.5; }
a { color: var(--pir-accent); }
:focus-visible { outline: 2px solid var(--pir-accent); outline-offset: 2px; }
.site-skip { position: absolute; left: -999px; top: 0; background: var(--pir-bg); padding: 8px; z-index: 1; }
.site-skip:focus { left: 8px; }
.site-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.site-header { display: flex; flex-wrap: wrap; gap: 8px 24px; align-items: center; padding: 12px 28px; border-bottom: 1px solid var(--pir-border); background: var(--pir-subtle); }
.site-name { font-weight: 600; color: var(--pir-fg); text-decoration: none; }
.site-header nav { display: flex; flex-wrap: wrap; gap: 4px 16px; }
.site-header nav a { text-decoration: none; padding: 2px 0; }
.site-header nav a[aria-current="page"] { color: var(--pir-fg); font-weight: 600; border-bottom: 2px solid var(--pir-accent); }
main { display: block; max-width: 1180px; margin: 0 auto; padding: 16px 28px 64px; }
main:focus { outline: none; }
main > h1 { font-size: 1.7em; margin: 0.6em 0 0.4em; }
main > section > h2, .site-owner h2 { font-size: 1.2em; margin: 1.6em 0 0.6em; }
.site-muted { color: var(--pir-muted); font-weight: normal; font-size: 0.92em; }
.site-nowrap { white-space: nowrap; }
.site-num { text-align: right; }
.site-search label { display: block; font-weight: 600; margin-bottom: 4px; }
.site-search input, .site-filters select {
  font: inherit; color: var(--pir-fg); background: var(--pir-bg); border: 1px solid var(--pir-border); border-radius: 6px; padding: 6px 10px;
}
.site-search input { width: 100%; box-sizing: border-box; font-size: 1.05em; }
.site-results { list-style: none; padding: 0; margin: 0; }
.site-results li { padding: 10px 0; border-bottom: 1px solid var(--pir-border); }
.site-results .site-section { color: var(--pir-muted); font-size: 0.9em; }
.site-results p { margin: 4px 0 0; }
mark { background: rgba(212, 167, 44, 0.4); color: inherit; border-radius: 2px; }
.site-filters { display: flex; flex-wrap: wrap; gap: 8px 16px; margin: 0 0 12px; }
.site-filters label { display: flex; gap: 6px; align-items: center; }
.site-table-wrap { overflow-x: auto; }
.site-table { border-collapse: collapse; width: 100%; }
.site-table th, .site-table td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--pir-border); vertical-align: top; }
.site-table th { font-size: 0.9em; color: var(--pir-muted); white-space: nowrap; }
.site-table th button { font: inherit; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
.site-table th[aria-sort="ascending"] button::after { content: " ▲"; }
.site-table th[aria-sort="descending"] button::after { content: " ▼"; }
.site-overdue-badge { color: var(--pir-p1); border-color: var(--pir-p1); }
.site-related { max-width: 980px; margin: 0 auto; padding: 0 28px 48px; }
.site-related .site-repeat a { font-weight: 600; }
.pir-report :target, .pir-report tr:target td { background: rgba(212, 167, 44, 0.22); }
.site-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(140px, 1fr)); gap: 10px; margin: 0 0 16px; }
.site-cards div { border: 1px solid var(--pir-border); border-radius: 6px; padding: 8px 12px; background: var(--pir-subtle); }
.site-cards dt { color: var(--pir-muted); font-size: 0.85em; }
.site-cards dd { margin: 0; font-size: 1.3em; font-weight: 600; }
.site-charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 460px), 1fr)); gap: 16px; }
.site-chart-card { margin: 0; border: 1px solid var(--pir-border); border-radius: 6px; padding: 10px 14px; }
.site-chart-card h2 { font-size: 1.05em; margin: 0; }
.site-chart-card p { margin: 2px 0 8px; }
.site-chart { position: relative; height: 280px; }
/* The charts read their colours from these (webview/dashboard/theme.ts reads VS Code's names). */
body {
  --vscode-foreground: var(--pir-fg); --vscode-descriptionForeground: var(--pir-muted); --vscode-editorWidget-border: var(--pir-border);
  --vscode-editor-background: var(--pir-bg); --vscode-font-family: var(--pir-font); --vscode-font-size: 13px;
  --vscode-charts-red: var(--pir-p1); --vscode-charts-orange: var(--pir-p2); --vscode-charts-yellow: var(--pir-p3);
  --vscode-charts-blue: var(--pir-accent); --vscode-charts-foreground: var(--pir-p4); --vscode-charts-green: var(--pir-ok); --vscode-charts-purple: #8250df;
}
@media (max-width: 640px) {
  .site-header, main { padding-left: 14px; padding-right: 14px; }
  .pir-report { padding: 16px 14px 48px; }
  .site-table th, .site-table td { padding: 6px; }
}
`;

export const SITE_CSS = REPORT_CSS + FRAME_CSS;
