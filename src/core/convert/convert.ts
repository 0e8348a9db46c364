// A Markdown postmortem as a draft review. Sections go where their headings say; what has no
// home goes to an `x-` key named after its heading, or to `x-unsorted`: nothing is dropped.
// The conversion report says what was inferred and what a person must check or fill in.
import MarkdownIt from 'markdown-it';
import type { ResolvedConfig, SectionSpec } from '../config';
import type { ActionItem, ContributingFactor, Reference, TimelineEvent } from '../review';
import { slugify } from '../template';
import { extractActionItems } from './action-items';
import { splitFrontMatter } from './front-matter';
import { inferLifecycle, kindOf } from './lifecycle';
import { inlineReferenceLinks, itemMarkdown, parseMarkdown, type Block, type Heading, type LinkDefinition } from './markdown';
import { frontMatterMetadata, readMetadataLines, type Metadata } from './metadata';
import { redactContacts } from './redact';
import { extensionTarget, isExactName, postmortemSectionCount, standardTarget, teamTarget, type SectionTarget } from './sections';
import { DEFAULT_SCALE, findSeverity, severityFromText, type SeverityScale } from './severity';
import { extractTimeline } from './timeline';
import { documentZone, findDate, ianaZone, type Zone } from './times';

export interface ConvertOptions {
  /** The source's file name: a fallback for the title and the date. */
  fileName?: string;
  /** IANA zone for times the document gives no zone for (`--time-zone`); wins over `teamTimeZone`. */
  timeZone?: string;
  /** The team's `timeZone`: the zone when neither the document nor `timeZone` gives one. */
  teamTimeZone?: string;
  /** Severity when the document states none (`--severity`). */
  severity?: string;
  /** The team's severity levels, most severe first. */
  scale?: SeverityScale;
  /** The team's own sections: a heading that names one goes there. */
  sections?: readonly SectionSpec[];
  /** Replace e-mail addresses and phone numbers (default true). */
  redact?: boolean;
}

export interface ConversionReport {
  /** What the converter guessed: a person should check it. */
  inferred: string[];
  /** What the converter could not do: a person must. */
  needsPerson: string[];
}

export interface Conversion {
  /** The draft review, keys in the order the format writes them. */
  review: Record<string, unknown>;
  /** The incident's day, YYYY-MM-DD, when the document gives one. */
  day?: string;
  title: string;
  /** `<date>-<slug>.pir.yaml`. */
  fileName: string;
  report: ConversionReport;
  /** Why the document does not look like a postmortem, when it does not (a folder skips it). */
  notPostmortem?: string;
}

interface Section {
  target: SectionTarget;
  heading?: Heading;
  /** Whether the target's name says what the heading said, so the heading need not be kept. */
  named: boolean;
  level: number;
  blocks: Block[];
}

type Entry = Record<string, unknown>;

export function convertMarkdown(markdown: string, options: ConvertOptions = {}): Conversion {
  const scale = options.scale ?? DEFAULT_SCALE;
  const report: ConversionReport = { inferred: [], needsPerson: [] };
  const redacted = options.redact === false ? { text: markdown, count: 0 } : redactContacts(markdown);
  if (redacted.count) report.inferred.push(`${redacted.count} e-mail address(es) or phone number(s) replaced by "[… redacted]".`);

  const front = splitFrontMatter(redacted.text);
  if (front.error) report.needsPerson.push(`Front matter not read (${front.error}); it is kept as text.`);
  const metadata = frontMatterMetadata(front.data);
  const document = parseMarkdown(front.body);
  const blocks = document.blocks.map((block) => withInlineLinks(block, document.links));

  const headings = blocks.filter((b): b is Heading => b.kind === 'heading');
  const titleHeading = titleHeadingOf(headings);
  const sections = splitSections(blocks, titleHeading, options.sections);
  const preamble = sections[0].heading ? [] : sections.shift()!.blocks;
  const preambleRest = readPreamble(preamble, metadata);

  const title = metadata.title ?? titleHeading?.text.trim() ?? titleFromFileName(options.fileName);
  const day = metadata.day ?? findDate(front.body)?.day ?? findDate(options.fileName ?? '')?.day;
  if (!day) report.needsPerson.push('No incident date found: timeline times could not be placed, and the file is named "undated".');

  const fields = new Fields();
  const hasSummary = sections.some((s) => s.target.kind === 'text' && s.target.path[0] === 'summary');
  if (preambleRest.length) fields.addText(hasSummary ? ['x-unsorted'] : ['summary'], preambleRest.map((b) => b.source));

  const zone = chooseZone(front.body, options);
  for (const section of sections) {
    const { target } = section;
    const headingLine = section.heading && !section.named ? [`**${section.heading.text.trim()}**`] : [];
    if (target.kind === 'text') {
      fields.addText(target.path, [...headingLine, ...section.blocks.map((block) => block.source)]);
    } else if (target.kind === 'list') {
      const entries = [...headingLine, ...section.blocks.flatMap(listEntries)];
      fields.addList(target.key, target.key === 'contributingFactors' ? entries.map((text): ContributingFactor => ({ text })) : entries);
    } else if (target.kind === 'timeline') {
      const result = extractTimeline(section.blocks, { day, zone: zone.zone });
      for (const event of result.events) {
        const kind = kindOf(event.text);
        if (kind) event.kind = kind;
      }
      fields.addList('timeline', result.events);
      fields.addText(['x-timeline-notes'], [...headingLine, ...result.notes]);
      for (const line of result.unresolved) report.needsPerson.push(`Timeline entry not placed in time (no incident date): ${oneLine(line)}`);
      if (result.usedDefaultZone && zone.assumed) report.needsPerson.push("The document names no time zone: its times were read as UTC. Use --time-zone, or the team's timeZone in .pirrc.yaml, if they are not.");
      else if (result.usedDefaultZone) report.inferred.push(`Times were read in ${zone.zone.name}, ${zone.from}.`);
      for (const index of result.approximate) report.inferred.push(`An approximate time was taken as exact: "${oneLine(result.events[index].text)}".`);
    } else if (target.kind === 'actionItems') {
      const result = extractActionItems(section.blocks, scale);
      fields.addList('actionItems', result.items);
      fields.addText(['x-action-items-notes'], [...headingLine, ...result.notes]);
    } else {
      const result = referencesOf(section.blocks);
      fields.addList('references', result.references);
      fields.addText(['x-references-notes'], [...headingLine, ...result.notes]);
    }
  }

  const timeline = (fields.get('timeline') ?? []) as TimelineEvent[];
  const kinds = timeline.filter((e) => e.kind).length;
  if (kinds) report.inferred.push(`Event kinds of ${kinds} of ${timeline.length} timeline entries, from their wording.`);
  // Lifecycle times are instants: an entry known only by its day gives none.
  const times = inferLifecycle(timeline.filter((event) => event.at.includes('T')));
  for (const [key, at] of Object.entries(times)) report.inferred.push(`times.${key}: ${at}, from the timeline's wording.`);
  const actionItems = (fields.get('actionItems') ?? []) as ActionItem[];
  const ownerless = actionItems.filter((item) => !item.owner).length;
  if (ownerless) report.needsPerson.push(`${ownerless} of ${actionItems.length} action items have no owner.`);
  addImages(fields, report);
  addUnusedLinks(fields, document.links);

  const severity = chooseSeverity(metadata, front.body, options.severity, scale, report);
  const review: Record<string, unknown> = {
    pir: 1,
    ...(day ? { id: `PIR-${day}-${slugify(title)}` } : {}),
    title,
    ...(severity ? { severity } : {}),
    status: 'draft',
    ...(metadata.tags ? { tags: metadata.tags } : {}),
    ...(metadata.authors ? { authors: metadata.authors } : {}),
    ...(Object.keys(times).length ? { times } : {}),
    ...fields.ordered(),
    ...(Object.keys(metadata.other).length ? { 'x-front-matter': metadata.other } : {}),
  };
  const found = postmortemSectionCount(headings.map((h) => h.text));
  const namedLikeOne = /post-?mortem|incident|outage|retro/i.test(`${title} ${options.fileName ?? ''}`);
  const notPostmortem =
    found >= 2 || (found === 1 && namedLikeOne)
      ? undefined
      : `it has ${found === 0 ? 'no postmortem sections' : 'only one postmortem section'} (Summary, Impact, Root cause, Timeline, Action items…)`;
  return { review, day, title, fileName: `${day ?? 'undated'}-${slugify(title)}.pir.yaml`, report, ...(notPostmortem ? { notPostmortem } : {}) };
}

/** What a team's `.pirrc.yaml` tells the converter: its severity scale, its sections, its time zone. */
export function teamOptions(config: ResolvedConfig): Pick<ConvertOptions, 'scale' | 'sections' | 'teamTimeZone'> {
  return { scale: config.severities.map((entry) => entry.id), sections: config.sections, ...(config.timeZone ? { teamTimeZone: config.timeZone } : {}) };
}

/** The first heading is the title when no other heading is at its level or above, and it names no section. */
function titleHeadingOf(headings: readonly Heading[]): Heading | undefined {
  const [first, ...rest] = headings;
  if (!first || rest.some((h) => h.level <= first.level) || standardTarget(first.text)) return undefined;
  return first;
}

function titleFromFileName(fileName: string | undefined): string {
  const base = (fileName ?? '').replace(/^.*[\\/]/, '').replace(/\.(md|markdown)$/i, '');
  const words = base.replace(/^\d{4}-\d{2}-\d{2}[-_]?/, '').replace(/[-_]+/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : 'Untitled incident';
}

/**
 * The document cut at its headings. A heading that names a team section or has a standard home
 * starts a section; one without starts an `x-` section at the top level and stays in its
 * section's text below it. The first section, with no heading, holds what comes before the
 * first heading.
 */
function splitSections(blocks: readonly Block[], titleHeading: Heading | undefined, teamSections?: readonly SectionSpec[]): Section[] {
  const sections: Section[] = [{ target: { kind: 'text', path: ['x-unsorted'] }, named: true, level: 0, blocks: [] }];
  for (const block of blocks) {
    const current = sections[sections.length - 1];
    if (block === titleHeading) continue;
    if (block.kind !== 'heading') {
      current.blocks.push(block);
      continue;
    }
    const team = teamTarget(block.text, teamSections);
    const standard = team ? undefined : standardTarget(block.text);
    const section = { heading: block, level: block.level, blocks: [] };
    if (team) sections.push({ target: team, named: true, ...section });
    // Below a timeline or action items, a heading is a day, a time or a group of items ("### Detection").
    else if (current.heading && block.level > current.level && (!standard || current.target.kind === 'timeline' || current.target.kind === 'actionItems')) current.blocks.push(block);
    else if (standard) sections.push({ target: standard, named: isExactName(block.text), ...section });
    else sections.push({ target: extensionTarget(block.text), named: true, ...section });
  }
  if (sections[0].blocks.length === 0 && sections.length > 1) sections.shift();
  return sections;
}

/** Metadata lines under the title are read; the blocks left over are returned. */
function readPreamble(blocks: readonly Block[], metadata: Metadata): Block[] {
  const rest: Block[] = [];
  for (const block of blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'list') {
      rest.push(block);
      continue;
    }
    const kept = readMetadataLines(block.source, metadata).join('\n').trim();
    if (kept) rest.push({ kind: 'paragraph', source: kept });
  }
  return rest;
}

function chooseZone(body: string, { timeZone, teamTimeZone }: ConvertOptions): { zone: Zone; assumed: boolean; from: string } {
  const stated = documentZone(body);
  if (stated) return { zone: stated, assumed: false, from: 'as the document says' };
  const option = timeZone ? ianaZone(timeZone) : undefined;
  if (option) return { zone: option, assumed: false, from: 'from the time-zone option' };
  const team = teamTimeZone ? ianaZone(teamTimeZone) : undefined;
  if (team) return { zone: team, assumed: false, from: "from the team's timeZone (.pirrc.yaml)" };
  return { zone: { offsetMinutes: 0, name: 'UTC' }, assumed: true, from: 'assumed' };
}

function chooseSeverity(metadata: Metadata, body: string, fallback: string | undefined, scale: SeverityScale, report: ConversionReport): string | undefined {
  const stated = metadata.severity ? { level: severityFromText(metadata.severity, scale), written: metadata.severity } : findSeverity(body, scale);
  if (stated?.level) {
    report.inferred.push(`severity: ${stated.level}, from "${stated.written}".`);
    return stated.level;
  }
  const option = fallback ? severityFromText(fallback, scale) : undefined;
  if (option) return option;
  report.needsPerson.push(`No severity found: set \`severity\` (${scale.join(', ')}), or convert with --severity.`);
  return undefined;
}

/** A block as entries of a list section: one per list item, one for anything else. */
function listEntries(block: Block): string[] {
  if (block.kind === 'list') return block.items.map((item) => itemMarkdown(item).slice(2));
  if (block.kind === 'heading') return [`**${block.text.trim()}**`];
  return [block.source];
}

function withInlineLinks(block: Block, links: ReadonlyMap<string, LinkDefinition>): Block {
  const inline = (text: string) => inlineReferenceLinks(text, links);
  switch (block.kind) {
    case 'heading':
      return { ...block, text: inline(block.text), source: inline(block.source) };
    case 'list':
      return { ...block, items: block.items.map((item) => ({ ...item, text: inline(item.text) })), source: inline(block.source) };
    case 'table':
      return { ...block, header: block.header.map(inline), rows: block.rows.map((row) => row.map(inline)), source: inline(block.source) };
    default:
      return { ...block, source: inline(block.source) };
  }
}

const md = new MarkdownIt({ html: false });

/** Links in a references section: an item with one http(s) link is a reference; the rest are notes. */
function referencesOf(blocks: readonly Block[]): { references: Reference[]; notes: string[] } {
  const references: Reference[] = [];
  const notes: string[] = [];
  for (const block of blocks) {
    if (block.kind !== 'list') {
      notes.push(block.source);
      continue;
    }
    const unplaced: string[] = [];
    for (const item of block.items) {
      const links = linksIn(item.text);
      if (links.length === 1) references.push({ title: plainText(item.text) || links[0].url, url: links[0].url });
      else unplaced.push(itemMarkdown(item));
    }
    if (unplaced.length) notes.push(unplaced.join('\n'));
  }
  return { references, notes };
}

function linksIn(markdown: string): { url: string; text: string; image: boolean }[] {
  const links: { url: string; text: string; image: boolean }[] = [];
  for (const token of md.parseInline(markdown, {})[0]?.children ?? []) {
    const url = token.type === 'link_open' ? token.attrGet('href') : token.type === 'image' ? token.attrGet('src') : null;
    if (url) links.push({ url, text: token.type === 'image' ? token.content : '', image: token.type === 'image' });
  }
  return links;
}

function plainText(markdown: string): string {
  return (md.parseInline(markdown, {})[0]?.children ?? [])
    .filter((t) => t.type === 'text' || t.type === 'code_inline')
    .map((t) => t.content)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

const isWebUrl = (url: string) => /^https?:\/\/[^\s]+$/i.test(url);

/** Images anywhere in the review's text become references (they stay in the text too). */
function addImages(fields: Fields, report: ConversionReport): void {
  const images = fields.texts().flatMap((text) => linksIn(text).filter((link) => link.image));
  for (const image of images) {
    if (isWebUrl(image.url)) fields.addList('references', [{ title: image.text || 'Image', url: image.url, kind: 'image' }]);
    else report.needsPerson.push(`Image "${image.url}" has a relative path: copy it beside the review or link it by URL.`);
  }
}

/** Link definitions no text uses would be lost with the Markdown: they become references. */
function addUnusedLinks(fields: Fields, links: ReadonlyMap<string, LinkDefinition>): void {
  const used = fields.texts().join('\n');
  for (const link of links.values()) {
    if (used.includes(link.url) || !isWebUrl(link.url)) continue;
    fields.addList('references', [{ title: link.title ?? link.label, url: link.url }]);
  }
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 100 ? `${line.slice(0, 99)}…` : line;
}

// The review's keys in the order the format writes them; `x-` keys follow in document order,
// `x-unsorted` last.
const ORDER = ['summary', 'impact', 'rootCause', 'timeline', 'contributingFactors', 'response', 'wentWell', 'lessonsLearned', 'actionItems', 'references'];

/** The review's fields as sections fill them in. */
class Fields {
  private readonly values = new Map<string, unknown>();

  get(key: string): unknown {
    return this.values.get(key);
  }

  addText(path: readonly string[], parts: readonly string[]): void {
    const text = parts.filter((p) => p.trim()).join('\n\n');
    if (!text) return;
    const [key, sub] = path;
    if (sub === undefined) {
      const before = this.values.get(key) as string | undefined;
      this.values.set(key, before ? `${before}\n\n${text}` : text);
      return;
    }
    const parent = (this.values.get(key) as Record<string, string> | undefined) ?? {};
    parent[sub] = parent[sub] ? `${parent[sub]}\n\n${text}` : text;
    this.values.set(key, parent);
  }

  addList(key: string, entries: readonly unknown[]): void {
    if (entries.length === 0) return;
    this.values.set(key, [...((this.values.get(key) as unknown[] | undefined) ?? []), ...entries]);
  }

  /** Every Markdown string in the fields, for finding images and links. */
  texts(): string[] {
    const out: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') out.push(value);
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    this.values.forEach((value) => walk(value));
    return out;
  }

  ordered(): Entry {
    const keys = [...this.values.keys()];
    const rank = (key: string) => (key === 'x-unsorted' ? 1000 : ORDER.includes(key) ? ORDER.indexOf(key) : 100);
    return Object.fromEntries(keys.sort((a, b) => rank(a) - rank(b)).map((key) => [key, this.values.get(key)]));
  }
}
