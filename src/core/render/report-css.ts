// The report's stylesheet. Colours are custom properties: the standalone export sets them for
// light and dark screens, the preview maps them to the VS Code theme (webview/preview/main.css).

export const REPORT_CSS = `
:root {
  --pir-fg: #1f2328; --pir-bg: #ffffff; --pir-muted: #59636e; --pir-border: #d1d9e0; --pir-subtle: #f6f8fa;
  --pir-accent: #0969da; --pir-code-bg: rgba(129, 139, 152, 0.15);
  --pir-p1: #cf222e; --pir-p2: #bc4c00; --pir-p3: #9a6700; --pir-p4: #59636e; --pir-ok: #1a7f37;
  --pir-font: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif;
  --pir-mono: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
  --pir-font-size: 15px;
}
@media (prefers-color-scheme: dark) {
  :root {
    --pir-fg: #e6edf3; --pir-bg: #0d1117; --pir-muted: #9198a1; --pir-border: #3d444d; --pir-subtle: #151b23;
    --pir-accent: #4493f8; --pir-p1: #f85149; --pir-p2: #db6d28; --pir-p3: #d29922; --pir-p4: #9198a1; --pir-ok: #3fb950;
  }
}
body { margin: 0; background: var(--pir-bg); color: var(--pir-fg); }
.pir-report {
  font-family: var(--pir-font); font-size: var(--pir-font-size); line-height: 1.55; color: var(--pir-fg);
  max-width: 980px; margin: 0 auto; padding: 32px 28px 64px; overflow-wrap: break-word;
}
.pir-report a { color: var(--pir-accent); text-decoration: none; }
.pir-report a:hover { text-decoration: underline; }
.pir-report code { font-family: var(--pir-mono); font-size: 0.88em; background: var(--pir-code-bg); border-radius: 4px; padding: 0.1em 0.35em; }
.pir-report pre { background: var(--pir-subtle); border: 1px solid var(--pir-border); border-radius: 6px; padding: 12px 14px; overflow-x: auto; }
.pir-report pre code { background: none; padding: 0; font-size: 0.85em; }
.pir-report h1 { font-size: 1.9em; line-height: 1.25; margin: 0.2em 0 0.6em; }
.pir-report h2 { font-size: 1.35em; margin: 2em 0 0.7em; padding-bottom: 0.3em; border-bottom: 1px solid var(--pir-border); }
.pir-report h3 { font-size: 1.08em; margin: 1.5em 0 0.5em; }
.pir-report blockquote { margin: 0 0 1em; padding: 0 1em; color: var(--pir-muted); border-left: 3px solid var(--pir-border); }
.pir-md > :first-child { margin-top: 0; }
.pir-md > :last-child { margin-bottom: 0; }

.pir-eyebrow { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.pir-id { font-family: var(--pir-mono); font-size: 0.85em; color: var(--pir-muted); margin-right: 4px; }
.pir-badge {
  display: inline-block; font-size: 0.78em; font-weight: 600; line-height: 1.6; padding: 0 9px; border-radius: 999px;
  border: 1px solid var(--pir-border); color: var(--pir-muted); white-space: nowrap;
}
.pir-badge[data-severity] { color: #fff; border-color: transparent; background: var(--pir-p4); }
.pir-badge[data-severity="P1"] { background: var(--pir-p1); }
.pir-badge[data-severity="P2"] { background: var(--pir-p2); }
.pir-badge[data-severity="P3"] { background: var(--pir-p3); }
.pir-badge[data-status="final"] { color: var(--pir-ok); border-color: currentColor; }
.pir-badge[data-status="in-review"] { color: var(--pir-accent); border-color: currentColor; }
.pir-badge[data-action-status="done"] { color: var(--pir-ok); border-color: currentColor; }
.pir-badge[data-action-status="in-progress"] { color: var(--pir-accent); border-color: currentColor; }
.pir-badge[data-action-status="open"] { color: var(--pir-p2); border-color: currentColor; }
.pir-blocked { color: var(--pir-p3); border-color: currentColor; }

.pir-metrics { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 10px; margin: 0 0 18px; }
.pir-metrics > div { border: 1px solid var(--pir-border); border-radius: 8px; padding: 8px 14px; background: var(--pir-subtle); }
.pir-metrics dt { font-size: 0.75em; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; color: var(--pir-muted); }
.pir-metrics dd { margin: 0; font-size: 1.35em; font-weight: 600; font-variant-numeric: tabular-nums; }
.pir-facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; margin: 0; font-size: 0.93em; }
.pir-facts dt { color: var(--pir-muted); }
.pir-facts dd { margin: 0; }

.pir-report table { width: 100%; border-collapse: collapse; font-size: 0.92em; margin: 0 0 1em; }
.pir-report th { text-align: left; font-size: 0.8em; font-weight: 600; letter-spacing: 0.03em; text-transform: uppercase; color: var(--pir-muted); }
.pir-report th, .pir-report td { padding: 7px 10px; border-bottom: 1px solid var(--pir-border); vertical-align: top; }
.pir-report tbody tr:nth-child(even) { background: var(--pir-subtle); }
.pir-time { font-family: var(--pir-mono); font-size: 0.9em; white-space: nowrap; font-variant-numeric: tabular-nums; }
.pir-nowrap { white-space: nowrap; }
.pir-kind { display: inline-block; font-size: 0.8em; font-weight: 600; padding: 0 7px; border-radius: 4px; background: var(--pir-code-bg); white-space: nowrap; }
.pir-kind[data-kind="trigger"] { color: var(--pir-p1); }
.pir-kind[data-kind="detection"], .pir-kind[data-kind="escalation"] { color: var(--pir-p2); }
.pir-kind[data-kind="mitigation"], .pir-kind[data-kind="resolution"] { color: var(--pir-ok); }
.pir-kind[data-kind="decision"], .pir-kind[data-kind="communication"] { color: var(--pir-accent); }
.pir-outcome { display: block; margin-top: 4px; color: var(--pir-muted); font-size: 0.95em; }
.pir-outcome p { margin: 0; }
.pir-impact th[scope="row"] { width: 40%; text-transform: none; font-size: 1em; font-weight: 400; letter-spacing: 0; }
.pir-impact td { font-variant-numeric: tabular-nums; font-weight: 600; }

.pir-whys { list-style: none; padding: 0; margin: 0 0 1em; counter-reset: why; }
.pir-whys li { position: relative; border: 1px solid var(--pir-border); border-radius: 8px; padding: 8px 14px; margin: 0 0 22px; background: var(--pir-bg); }
.pir-whys li:not(:last-child)::after { content: "↓"; position: absolute; left: 22px; bottom: -22px; line-height: 22px; color: var(--pir-muted); }
.pir-whys li.pir-why { counter-increment: why; }
.pir-whys li > b { display: block; font-size: 0.75em; letter-spacing: 0.04em; text-transform: uppercase; color: var(--pir-muted); }
.pir-whys li.pir-why > b::after { content: " " counter(why); }
.pir-whys li.pir-problem { background: var(--pir-subtle); font-weight: 600; }

.pir-fishbone-figure { margin: 0 0 1em; overflow-x: auto; border: 1px solid var(--pir-border); border-radius: 8px; padding: 8px; }
.pir-fishbone { display: block; max-width: 100%; height: auto; margin: 0 auto; color: var(--pir-fg); font-family: var(--pir-font); }
.pir-fishbone .fb-rib { stroke: var(--pir-border); }
.pir-fishbone .fb-bone-line, .pir-fishbone .fb-spine, .pir-fishbone .fb-arrow { stroke: var(--pir-muted); }
.pir-fishbone .fb-head { fill: var(--pir-subtle); stroke: var(--pir-p1); }
.pir-fishbone .fb-effect { font-weight: 600; }
.pir-fishbone .fb-category { font-weight: 700; font-size: 13px; text-transform: uppercase; letter-spacing: 0.04em; fill: var(--pir-accent); }
.pir-fishbone .fb-cause { fill: var(--pir-fg); }

.pir-fishbone-figure details { margin: 4px 8px; font-size: 0.92em; }
.pir-fishbone-figure summary { cursor: pointer; color: var(--pir-muted); }
.pir-fishbone-figure details ul { margin: 6px 0; }
.pir-tag { color: var(--pir-muted); font-size: 0.9em; }
.pir-empty { color: var(--pir-muted); font-style: italic; }
@media print {
  .pir-report { max-width: none; padding: 0; }
  .pir-report h2 { break-after: avoid; }
  .pir-report tr, .pir-whys li { break-inside: avoid; }
}
`;
