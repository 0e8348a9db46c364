// The review as HTML: the standalone export (one file, inlined CSS, no script at all, a CSP
// that forbids everything but inline styles and data: images) and the body of the preview.
// Every plain-text field is escaped; Markdown fields go through markdown-it with raw HTML off
// and links restricted to http(s)/mailto.
import { groupCauses, layoutFishbone } from '../fishbone/layout';
import { fishboneSvg } from '../fishbone/svg';
import { escapeHtml } from '../html-escape';
import { humanize } from '../labels';
import { ACTION_STATUSES, EVENT_KINDS, REVIEW_STATUSES, SEVERITIES } from '../review';
import type { Path } from '../types';
import { isSafeUrl } from './links';
import { htmlLink as link, markdownHtml } from './markdown-html';
import { inlineParts } from './markdown-text';
import { pageStart } from './page-head';
import { RESPONSE_ASPECTS, reportData, type ReportData, type ReportOptions } from './report-data';
import { REPORT_CSS } from './report-css';
import { extensionText, impactRows, keyFacts, metricFacts, RESPONSE_TITLES, SECTION_TITLES, timelineTimes } from './report-view';

export interface HtmlOptions extends ReportOptions {
  /** A whole document with its own CSS and CSP, for a file; else the `<article>` alone, for a host page. */
  standalone: boolean;
  /** Replaces the built-in stylesheet of a standalone document. */
  css?: string;
  /**
   * The 1-based source line of a review path, when it is in the text. Sections and rows then
   * carry `data-line`, which lets the preview scroll in step with the editor.
   */
  lineOf?: (path: Path) => number | undefined;
  /** Timeline and action-item rows get ids (`timeline-3`, `actionItems-0`), so a link can point at one (the site's search). */
  rowAnchors?: boolean;
}

/** The Content-Security-Policy of a standalone export: no script, no remote loads. */
export const STANDALONE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function renderHtml(review: unknown, options: HtmlOptions): string {
  const data = reportData(review, options);
  const at = (path: Path) => {
    const line = options.lineOf?.(path);
    const anchor = options.rowAnchors && path.length === 2 && typeof path[1] === 'number' ? ` id="${rowAnchor(path[0] as string, path[1])}"` : '';
    return anchor + (line === undefined ? '' : ` data-line="${line}"`);
  };
  const section = (id: string, path: Path, title: string, body: string | undefined) =>
    body ? `<section id="${id}"${at(path)}>\n<h2>${title}</h2>\n${body}\n</section>` : '';
  const article = [
    `<article class="pir-report">`,
    header(data, at),
    section('summary', ['summary'], SECTION_TITLES.summary, data.summary && markdown(data.summary)),
    section('timeline', ['timeline'], SECTION_TITLES.timeline, timeline(data, at)),
    section('root-cause', data.rootCause ? ['rootCause'] : ['analysis'], SECTION_TITLES.rootCause, rootCause(data, at)),
    section('contributing-factors', ['contributingFactors'], SECTION_TITLES.contributingFactors,
      list(data.contributingFactors.map((f) => `${inline(f.text)}${f.category ? ` <span class="pir-tag">${escapeHtml(humanize(f.category))}</span>` : ''}`))),
    section('impact', ['impact'], SECTION_TITLES.impact, impact(data)),
    section('response', ['response'], SECTION_TITLES.response, response(data, at)),
    section('went-well', ['wentWell'], SECTION_TITLES.wentWell, list(data.wentWell.map(inline))),
    section('lessons-learned', ['lessonsLearned'], SECTION_TITLES.lessonsLearned, list(data.lessonsLearned.map(inline))),
    ...data.customSections.map((s) => section(`section-${escapeHtml(s.key)}`, [s.key], inline(s.title), markdown(s.text))),
    section('action-items', ['actionItems'], SECTION_TITLES.actionItems, actionItems(data, at)),
    section('references', ['references'], SECTION_TITLES.references, list(data.references.map(reference))),
    ...data.extensions.map(({ key, value }) => {
      const shown = extensionText(value);
      return section(`field-${escapeHtml(key)}`, [key], escapeHtml(key), shown.markdown ? markdown(shown.text) : `<pre><code>${escapeHtml(shown.text)}</code></pre>`);
    }),
    `</article>`,
  ].filter(Boolean).join('\n');
  if (!options.standalone) return article;
  return `${pageStart({ csp: STANDALONE_CSP, title: documentTitle(data), extra: `<style>${options.css ?? REPORT_CSS}</style>` })}${article}
</body>
</html>
`;
}

/** The id of a list row when `rowAnchors` is on: `timeline-3`. */
export function rowAnchor(list: string, index: number): string {
  return `${list}-${index}`;
}

function documentTitle(data: ReportData): string {
  return [data.id, data.title ?? 'Untitled review'].filter(Boolean).join(': ');
}

/** Plain text, escaped, with its `code` spans as <code> and its explicit URLs as links. */
function inline(text: string): string {
  return inlineParts(text).map((p) => {
    if (p.kind === 'code') return `<code>${escapeHtml(p.text)}</code>`;
    return p.kind === 'url' ? link(p.text, p.text) : escapeHtml(p.text);
  }).join('');
}

function markdown(text: string): string {
  return `<div class="pir-md">${markdownHtml(text)}</div>`;
}

function list(items: string[]): string | undefined {
  return items.length ? `<ul>\n${items.map((item) => `<li>${item}</li>`).join('\n')}\n</ul>` : undefined;
}

/** A data attribute only for a known enum value, so CSS can colour it and nothing else gets in. */
function known(name: string, value: string | undefined, values: readonly string[]): string {
  return value !== undefined && values.includes(value) ? ` data-${name}="${value}"` : '';
}

type LineAttribute = (path: Path) => string;

function header(data: ReportData, at: LineAttribute): string {
  const badges = [
    data.id && `<span class="pir-id">${escapeHtml(data.id)}</span>`,
    data.severity && `<span class="pir-badge"${known('severity', data.severity, SEVERITIES)} title="Severity">${escapeHtml(data.severity)}</span>`,
    data.status && `<span class="pir-badge"${known('status', data.status, REVIEW_STATUSES)} title="Review status">${escapeHtml(humanize(data.status))}</span>`,
    data.category && `<span class="pir-badge" title="Category">${escapeHtml(humanize(data.category))}</span>`,
  ].filter(Boolean);
  const metrics = metricFacts(data)
    .map((m) => `<div title="${escapeHtml(m.title)}"><dt>${escapeHtml(m.label)}</dt><dd>${escapeHtml(m.value)}</dd></div>`)
    .join('');
  const facts = keyFacts(data).map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd>`).join('\n');
  return [
    `<header${at(['title'])}>`,
    badges.length ? `<div class="pir-eyebrow">${badges.join(' ')}</div>` : '',
    `<h1>${inline(data.title ?? 'Untitled review')}</h1>`,
    `<dl class="pir-metrics">${metrics}</dl>`,
    facts ? `<dl class="pir-facts">\n${facts}\n</dl>` : '',
    `</header>`,
  ].filter(Boolean).join('\n');
}

function timeline(data: ReportData, at: LineAttribute): string | undefined {
  if (!data.timeline.length) return undefined;
  const { heading, times } = timelineTimes(data.timeline, data.clock);
  const rows = data.timeline.map((e, i) => {
    const kind = e.kind ? `<span class="pir-kind"${known('kind', e.kind, EVENT_KINDS)}>${escapeHtml(humanize(e.kind))}</span>` : '';
    const source = e.source ? link(isSafeUrl(e.source) ? new URL(e.source).hostname : e.source, e.source) : '';
    return `<tr${at(['timeline', e.index])}><td class="pir-time">${escapeHtml(times[i])}</td><td>${kind}</td><td>${inline(e.text ?? '')}</td><td>${escapeHtml(e.actor ?? '')}</td><td>${source}</td></tr>`;
  });
  return table([escapeHtml(heading), 'Kind', 'Event', 'Actor', 'Source'], rows, 'pir-timeline');
}

function table(head: string[], rows: string[], className: string): string {
  return `<table class="${className}">\n<thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

function rootCause(data: ReportData, at: LineAttribute): string | undefined {
  // One list per chain, each opened by its problem.
  const chains = data.fiveWhys.map(({ problem, whys }) => [
    problem ? `<li class="pir-problem"><b>Problem</b>${inline(problem)}</li>` : '',
    ...whys.map((why) => `<li class="pir-why"><b>Why</b>${inline(why)}</li>`),
  ].filter(Boolean));
  const { effect, causes, categories } = data.fishbone;
  // Long causes are cut in the drawing, so the full texts follow it as a list.
  const causeList = groupCauses(causes, false, categories).map((g) => `<li><b>${escapeHtml(humanize(g.category))}</b>${list(g.causes.map(inline))}</li>`);
  const fishbone = causes.length || effect
    ? `<figure class="pir-fishbone-figure">${fishboneSvg(layoutFishbone({ effect, causes }, { categories }))}` +
      (causeList.length ? `<details><summary>All causes as text</summary><ul>${causeList.join('')}</ul></details>` : '') +
      `</figure>`
    : '';
  const parts = [
    data.rootCause ? markdown(data.rootCause) : '',
    chains.length ? `<h3${at(['analysis', 'fiveWhys'])}>${SECTION_TITLES.fiveWhys}</h3>\n${chains.map((chain) => `<ol class="pir-whys">\n${chain.join('\n')}\n</ol>`).join('\n')}` : '',
    fishbone ? `<h3${at(['analysis', 'fishbone'])}>${SECTION_TITLES.fishbone}</h3>\n${fishbone}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join('\n') : undefined;
}

function impact(data: ReportData): string | undefined {
  const rows = impactRows(data.impact).map((r) => `<tr><th scope="row">${escapeHtml(r.label)}</th><td>${escapeHtml(r.value)}</td></tr>`);
  const parts = [
    data.impact.description ? markdown(data.impact.description) : '',
    rows.length ? `<table class="pir-impact">\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>` : '',
  ].filter(Boolean);
  return parts.length ? parts.join('\n') : undefined;
}

function response(data: ReportData, at: LineAttribute): string | undefined {
  const parts = RESPONSE_ASPECTS.flatMap((aspect) => {
    const text = data.response[aspect];
    return text ? [`<h3${at(['response', aspect])}>${RESPONSE_TITLES[aspect]}</h3>\n${markdown(text)}`] : [];
  });
  return parts.length ? parts.join('\n') : undefined;
}

function actionItems(data: ReportData, at: LineAttribute): string | undefined {
  if (!data.actionItems.length) return undefined;
  const rows = data.actionItems.map((a) => {
    // The id links to the tracker when the tracker is a URL; a tracker key is shown beside it.
    const trackerUrl = a.tracker && isSafeUrl(a.tracker) ? a.tracker : undefined;
    const id = trackerUrl ? link(a.id ?? 'tracker', trackerUrl) : escapeHtml([a.id, a.tracker && `(${a.tracker})`].filter(Boolean).join(' '));
    const outcome = a.outcome ? `<span class="pir-outcome">${markdownHtml(a.outcome)}</span>` : '';
    const status = a.status ? `<span class="pir-badge"${known('action-status', a.status, ACTION_STATUSES)}>${escapeHtml(humanize(a.status))}</span>${a.completed ? ` ${escapeHtml(a.completed)}` : ''}` : '';
    const blocked = a.blockedBy ? ` <span class="pir-badge pir-blocked">${escapeHtml(`blocked by ${a.blockedBy.join(', ')}`)}</span>` : '';
    const dependsOn = a.dependsOn ? ` <span class="pir-depends-on">(depends on ${escapeHtml(a.dependsOn.join(', '))})</span>` : '';
    return `<tr${at(['actionItems', a.index])}><td class="pir-nowrap">${id}</td><td>${inline(a.title ?? '')}${dependsOn}${outcome}</td><td>${escapeHtml(a.type ? humanize(a.type) : '')}</td><td>${escapeHtml(a.owner ?? '')}</td><td>${escapeHtml(a.priority ?? '')}</td><td class="pir-nowrap">${escapeHtml(a.due ?? '')}</td><td>${status}${blocked}</td></tr>`;
  });
  return table(['ID', 'Action', 'Type', 'Owner', 'Priority', 'Due', 'Status'], rows, 'pir-actions');
}

function reference(r: ReportData['references'][number]): string {
  const title = r.title ?? r.url ?? '';
  const shown = r.url ? link(title, r.url) : escapeHtml(title);
  return r.kind ? `${shown} <span class="pir-tag">${escapeHtml(r.kind)}</span>` : shown;
}
