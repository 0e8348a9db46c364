// A Markdown postmortem as a flat list of blocks, each with its source text, so that the
// converter can route whole blocks to review fields and keep their Markdown as written.
// markdown-it does the parsing (its token `map`s give each block's lines); this module only
// cuts the source along them.
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { splitCodeSpans } from '../render/markdown-text';

export interface Heading {
  kind: 'heading';
  level: number;
  /** The heading's inline Markdown, without the `#`s. */
  text: string;
  source: string;
}

export interface ListItem {
  /** The item's Markdown without its marker, continuation lines dedented. */
  text: string;
  /** `- [x]` true, `- [ ]` false, otherwise undefined. */
  checked?: boolean;
}

export interface List {
  kind: 'list';
  items: ListItem[];
  source: string;
}

export interface Table {
  kind: 'table';
  header: string[];
  rows: string[][];
  source: string;
}

/** Paragraphs, code, quotes, rules and HTML: kept as their source. */
export interface Other {
  kind: 'paragraph' | 'other';
  source: string;
}

export type Block = Heading | List | Table | Other;

export interface MarkdownDocument {
  blocks: Block[];
  /** Link reference definitions (`[label]: url`), by normalised label. */
  links: Map<string, LinkDefinition>;
}

export interface LinkDefinition {
  label: string;
  url: string;
  title?: string;
}

// html: false, like every renderer in the product; the parser still reports raw HTML as blocks.
const md = new MarkdownIt({ html: false });

export function parseMarkdown(text: string): MarkdownDocument {
  const env: { references?: Record<string, { href: string; title: string }> } = {};
  const tokens = md.parse(text, env);
  const lines = text.split(/\r?\n/);
  const slice = (map: [number, number] | null) => (map ? lines.slice(map[0], map[1]).join('\n').replace(/\s+$/, '') : '');
  const blocks: Block[] = [];
  for (let i = 0; i < tokens.length; i = closing(tokens, i) + 1) {
    const token = tokens[i];
    const source = slice(token.map);
    if (token.type === 'heading_open') {
      blocks.push({ kind: 'heading', level: Number(token.tag.slice(1)), text: tokens[i + 1].content, source });
    } else if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
      blocks.push({ kind: 'list', items: listItems(tokens, i, slice), source });
    } else if (token.type === 'table_open') {
      blocks.push({ kind: 'table', ...tableCells(tokens, i), source });
    } else if (source) {
      blocks.push({ kind: token.type === 'paragraph_open' ? 'paragraph' : 'other', source });
    }
  }
  const links = new Map<string, LinkDefinition>();
  for (const [label, { href, title }] of Object.entries(env.references ?? {})) {
    links.set(label, { label: originalLabel(text, label), url: href, ...(title ? { title } : {}) });
  }
  return { blocks, links };
}

/** Index of the token that closes the one at `start` (itself for a self-contained token). */
function closing(tokens: Token[], start: number): number {
  if (tokens[start].nesting !== 1) return start;
  let depth = 0;
  for (let i = start; i < tokens.length; i++) {
    depth += tokens[i].nesting;
    if (depth === 0) return i;
  }
  return tokens.length - 1;
}

function listItems(tokens: Token[], start: number, slice: (map: [number, number] | null) => string): ListItem[] {
  const items: ListItem[] = [];
  const end = closing(tokens, start);
  for (let i = start + 1; i < end; i = closing(tokens, i) + 1) {
    if (tokens[i].type !== 'list_item_open') continue;
    items.push(withCheckbox(itemText(slice(tokens[i].map))));
  }
  return items;
}

/** An item's source without its marker; continuation lines lose the marker's indent. */
function itemText(source: string): string {
  const [first, ...rest] = source.split('\n');
  const marker = /^\s*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/.exec(first)?.[0] ?? '';
  const indent = marker.length;
  const dedent = (line: string) => line.replace(new RegExp(`^ {0,${indent}}`), '');
  return [first.slice(marker.length), ...rest.map(dedent)].join('\n').trim();
}

/** An item as a Markdown list entry again, its checkbox included; continuation lines indented. */
export function itemMarkdown(item: ListItem): string {
  const box = item.checked === undefined ? '' : `[${item.checked ? 'x' : ' '}] `;
  return `- ${box}${item.text.replace(/\n/g, '\n  ')}`;
}

function withCheckbox(text: string): ListItem {
  const box = /^\[([ xX])\][ \t]+/.exec(text);
  return box ? { text: text.slice(box[0].length), checked: box[1] !== ' ' } : { text };
}

function tableCells(tokens: Token[], start: number): { header: string[]; rows: string[][] } {
  const rows: string[][] = [];
  let header: string[] = [];
  let row: string[] = [];
  for (let i = start + 1; i < closing(tokens, start); i++) {
    const token = tokens[i];
    if (token.type === 'tr_open') row = [];
    else if (token.type === 'inline') row.push(token.content.trim());
    else if (token.type === 'tr_close') {
      if (header.length === 0 && tokens.slice(start, i).every((t) => t.type !== 'tbody_open')) header = row;
      else rows.push(row);
    }
  }
  return { header, rows };
}

/** The label as the author wrote it (markdown-it keys definitions by an upper-cased form). */
function originalLabel(text: string, normalised: string): string {
  for (const match of text.matchAll(/^ {0,3}\[([^\]]+)\]:/gm)) {
    if (normaliseLabel(match[1]) === normalised) return match[1];
  }
  return normalised;
}

/** CommonMark's label matching: case-insensitive, runs of white space as one. */
export function normaliseLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toUpperCase();
}

/**
 * `text` with reference links (`[text][label]`, `[label][]`, `[label]`) written inline, so a
 * field keeps working Markdown once it is taken out of the document that defined the labels.
 * Code spans are left alone.
 */
export function inlineReferenceLinks(text: string, links: ReadonlyMap<string, LinkDefinition>): string {
  if (links.size === 0) return text;
  const inline = (part: string) =>
    part.replace(/(!?)\[([^\]]+)\](?:\[([^\]\n]*)\])?(?![([])/g, (whole, bang: string, label: string, ref: string | undefined) => {
      const definition = links.get(normaliseLabel(ref || label));
      if (!definition) return whole;
      const title = definition.title ? ` "${definition.title.replace(/"/g, '\\"')}"` : '';
      return `${bang}[${label}](${definition.url}${title})`;
    });
  return splitCodeSpans(text)
    .map((part) => (part.code ? `\`${part.text}\`` : inline(part.text)))
    .join('');
}
