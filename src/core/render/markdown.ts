// The review as GitHub-flavoured Markdown, for a pull request or a wiki. Plain-text fields are
// escaped (markdownInline), Markdown fields are passed through made safe (markdownBlock); the
// fishbone is a grouped list here, its drawing is in the HTML report.
import { groupCauses } from '../fishbone/layout';
import { humanize } from '../labels';
import { isSafeUrl } from './links';
import { markdownBlock, markdownInline, markdownLink } from './markdown-text';
import { RESPONSE_ASPECTS, reportData, type ReportData, type ReportOptions } from './report-data';
import { extensionText, impactRows, keyFacts, metricFacts, RESPONSE_TITLES, SECTION_TITLES, timelineTimes } from './report-view';

export function renderMarkdown(review: unknown, options: ReportOptions = {}): string {
  const data = reportData(review, options);
  const blocks = [
    header(data),
    section(SECTION_TITLES.summary, data.summary && markdownBlock(data.summary)),
    section(SECTION_TITLES.timeline, timeline(data)),
    section(SECTION_TITLES.rootCause, rootCause(data)),
    section(SECTION_TITLES.contributingFactors, list(data.contributingFactors.map((f) => `${markdownInline(f.text)}${f.category ? ` (${markdownInline(humanize(f.category))})` : ''}`))),
    section(SECTION_TITLES.impact, impact(data)),
    section(SECTION_TITLES.response, response(data)),
    section(SECTION_TITLES.wentWell, list(data.wentWell.map((t) => markdownInline(t)))),
    section(SECTION_TITLES.lessonsLearned, list(data.lessonsLearned.map((t) => markdownInline(t)))),
    ...data.customSections.map((s) => section(markdownInline(s.title), markdownBlock(s.text))),
    section(SECTION_TITLES.actionItems, actionItems(data)),
    section(SECTION_TITLES.references, list(data.references.map(reference))),
    ...data.extensions.map(({ key, value }) => {
      const shown = extensionText(value);
      return section(markdownInline(key), shown.markdown ? markdownBlock(shown.text) : `\`\`\`yaml\n${shown.text.replace(/`{3,}/g, (m) => m.split('').join('\u200b'))}\`\`\``);
    }),
  ];
  return `${blocks.filter(Boolean).join('\n\n')}\n`;
}

function section(title: string, body: string | undefined): string | undefined {
  return body ? `## ${title}\n\n${body}` : undefined;
}

function list(items: string[]): string | undefined {
  return items.length ? items.map((item) => `- ${item}`).join('\n') : undefined;
}

/** A GFM table; every cell must already be escaped inline text. */
function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

const cell = (value: string | undefined) => (value ? markdownInline(value, { table: true }) : '');

function header(data: ReportData): string {
  const badges = [
    data.id && `**${markdownInline(data.id)}**`,
    data.severity && `**Severity:** ${markdownInline(data.severity)}`,
    data.status && `**Status:** ${markdownInline(humanize(data.status))}`,
    data.category && `**Category:** ${markdownInline(humanize(data.category))}`,
  ].filter(Boolean);
  const metrics = metricFacts(data);
  return [
    `# ${markdownInline(data.title ?? 'Untitled review')}`,
    badges.join(' · '),
    table(metrics.map((m) => cell(m.label)), [metrics.map((m) => cell(m.value))]),
    list(keyFacts(data).map((f) => `**${f.label}:** ${markdownInline(f.value)}`)),
  ].filter(Boolean).join('\n\n');
}

function timeline(data: ReportData): string | undefined {
  if (!data.timeline.length) return undefined;
  const { heading, times } = timelineTimes(data.timeline, data.clock);
  const rows = data.timeline.map((e, i) => [
    cell(times[i]), cell(e.kind && humanize(e.kind)), cell(e.text), cell(e.actor), e.source ? sourceLink(e.source) : '',
  ]);
  return table([heading, 'Kind', 'Event', 'Actor', 'Source'], rows);
}

/** A source link labelled with its host, which says more in a narrow column than "link". */
function sourceLink(url: string): string {
  return markdownLink(isSafeUrl(url) ? new URL(url).hostname : url, url, { table: true });
}

function rootCause(data: ReportData): string | undefined {
  // Every chain, one after the other, each opened by its problem.
  const fiveWhys = data.fiveWhys.flatMap(({ problem, whys }) => [
    problem && `**Problem:** ${markdownInline(problem)}`,
    whys.length ? whys.map((why, i) => `${i + 1}. **Why?** ${markdownInline(why)}`).join('\n') : undefined,
  ]).filter(Boolean);
  const { effect, causes, categories } = data.fishbone;
  const fishbone = [
    effect && `**Effect:** ${markdownInline(effect)}`,
    list(groupCauses(causes, false, categories).map((g) => `**${markdownInline(humanize(g.category))}**\n${g.causes.map((c) => `  - ${markdownInline(c)}`).join('\n')}`)),
  ].filter(Boolean);
  const parts = [
    data.rootCause && markdownBlock(data.rootCause),
    fiveWhys.length ? `### ${SECTION_TITLES.fiveWhys}\n\n${fiveWhys.join('\n\n')}` : undefined,
    fishbone.length ? `### ${SECTION_TITLES.fishbone}\n\n${fishbone.join('\n\n')}` : undefined,
  ].filter(Boolean);
  return parts.length ? parts.join('\n\n') : undefined;
}

function impact(data: ReportData): string | undefined {
  const rows = impactRows(data.impact);
  const parts = [
    data.impact.description && markdownBlock(data.impact.description),
    rows.length ? table(['Measure', 'Value'], rows.map((r) => [cell(r.label), cell(r.value)])) : undefined,
  ].filter(Boolean);
  return parts.length ? parts.join('\n\n') : undefined;
}

function response(data: ReportData): string | undefined {
  const parts = RESPONSE_ASPECTS.flatMap((aspect) => {
    const text = data.response[aspect];
    return text ? [`### ${RESPONSE_TITLES[aspect]}\n\n${markdownBlock(text)}`] : [];
  });
  return parts.length ? parts.join('\n\n') : undefined;
}

function actionItems(data: ReportData): string | undefined {
  if (!data.actionItems.length) return undefined;
  const rows = data.actionItems.map((a) => {
    // The id links to the tracker when the tracker is a URL; a tracker key is shown beside it.
    const tracker = a.tracker && (isSafeUrl(a.tracker) ? undefined : markdownInline(a.tracker, { table: true }));
    const id = a.tracker && !tracker ? markdownLink(a.id ?? 'tracker', a.tracker, { table: true }) : [cell(a.id), tracker && `(${tracker})`].filter(Boolean).join(' ');
    // A Markdown outcome in a table cell must stay on one row.
    const outcome = a.outcome && markdownBlock(a.outcome).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
    const dependsOn = a.dependsOn && `(depends on ${a.dependsOn.map((ref) => cell(ref)).join(', ')})`;
    const action = [cell(a.title), dependsOn, outcome && `— *${outcome}*`].filter(Boolean).join(' ');
    const status = [a.status && `${humanize(a.status)}${a.completed ? ` ${a.completed}` : ''}`, a.blockedBy && `blocked by ${a.blockedBy.join(', ')}`].filter(Boolean).join(' · ');
    return [id, action, cell(a.type && humanize(a.type)), cell(a.owner), cell(a.priority), cell(a.due), cell(status || undefined)];
  });
  return table(['ID', 'Action', 'Type', 'Owner', 'Priority', 'Due', 'Status'], rows);
}

function reference(r: ReportData['references'][number]): string {
  const title = r.title ?? r.url ?? '';
  const link = r.url ? markdownLink(title, r.url) : markdownInline(title);
  return r.kind ? `${link} (${markdownInline(r.kind)})` : link;
}
