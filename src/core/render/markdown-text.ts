// Text put into the exported Markdown. Two kinds of field:
// - plain text (titles, names, list entries, table cells) is escaped so it reads as typed:
//   no emphasis, links, headings or table columns appear from the characters in it; only
//   `code` spans are kept, since reviews quote identifiers that way even in plain fields;
// - Markdown fields (summary, rootCause, ...) keep their Markdown, but must not carry raw HTML
//   or script links into the reader's renderer: `<` outside code and autolinks becomes `&lt;`
//   and links to schemes other than http(s)/mailto lose their link syntax. Code spans, code
//   blocks and http(s)/mailto autolinks keep their `<`.
// Either way the exported Markdown must read, text and links, as the HTML export does
// (export-fidelity.test.ts checks it).
import MarkdownIt from 'markdown-it';
import { isSafeUrl } from './links';

/** A piece of plain text: literal text, a `code` span, or an explicit http(s)/mailto URL. */
export interface InlinePart {
  text: string;
  kind: 'text' | 'code' | 'url';
}

/**
 * Plain text split into its code spans and explicit URLs (with a scheme: `setup.py` or
 * `monitor.gitlab.net` is a file or host name, not a link). Both renderers link the URLs.
 */
export function inlineParts(text: string): InlinePart[] {
  return splitCodeSpans(text).flatMap((part): InlinePart[] => {
    if (part.code) return [{ text: part.text, kind: 'code' }];
    const parts: InlinePart[] = [];
    let last = 0;
    for (const url of explicitUrls(part.text)) {
      if (url.index > last) parts.push({ text: part.text.slice(last, url.index), kind: 'text' });
      parts.push({ text: url.raw, kind: 'url' });
      last = url.lastIndex;
    }
    if (last < part.text.length) parts.push({ text: part.text.slice(last), kind: 'text' });
    return parts;
  });
}

/** The http(s) and mailto URLs written out with their scheme in `text`. */
function explicitUrls(text: string): { raw: string; index: number; lastIndex: number }[] {
  if (!text.includes(':')) return [];
  return (parser().linkify.match(text) ?? []).filter((match) => isSafeUrl(match.raw) && match.raw === match.url);
}

/**
 * Plain text with `code` spans: reviews quote identifiers and error messages in backticks even in
 * plain fields. A span is a single backtick, text without backticks, and a single backtick, as
 * CommonMark reads it; any other backtick is text. Code span content is literal in Markdown and
 * HTML renderers alike, so it needs no escaping.
 */
export function splitCodeSpans(text: string): { text: string; code: boolean }[] {
  const parts: { text: string; code: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(/(?<!`)`([^`]+)`(?!`)/g)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), code: false });
    parts.push({ text: match[1], code: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), code: false });
  return parts;
}

/**
 * One line of plain text, escaped for any inline position: heading, list item or table cell.
 * `table: true` also escapes `|` inside code spans, which GFM splits cells on before anything else.
 * Explicit http(s)/mailto URLs become autolinks (`urls: false` leaves them text, for a link label).
 */
export function markdownInline(text: string, { table = false, urls = true } = {}): string {
  const line = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  const parts = urls ? inlineParts(line) : splitCodeSpans(line).map((p): InlinePart => ({ text: p.text, kind: p.code ? 'code' : 'text' }));
  const escaped = parts.map((part) => {
    if (part.kind === 'code') return `\`${table ? part.text.replace(/\|/g, '\\|') : part.text}\``;
    // An autolink: every renderer links it, and escapes inside it would be read literally.
    if (part.kind === 'url') return `<${table ? part.text.replace(/\|/g, '%7C') : part.text}>`;
    return escapeText(part.text);
  }).join('');
  // A leading list, quote or numbered-list marker would start a block inside the container.
  return escaped.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/(^|\s)#/g, '$1\\#');
}

/** A link when the URL is safe, else the URL (or label) as plain text. */
export function markdownLink(label: string, url: string, options: { table?: boolean } = {}): string {
  if (!isSafeUrl(url)) return markdownInline(label === url ? url : `${label} (${url})`, options);
  // Percent-encode what could end the destination early or start HTML.
  const href = url.trim().replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  // A link's label cannot hold another link.
  return `[${markdownInline(label, { ...options, urls: false })}](${href})`;
}

// Used only to find code and URLs. HTML is off: once escaped, the text has no HTML block left
// (every `<` outside code that could open one is `&lt;`), so this is the structure a reader
// sees, the one the HTML export renders (an HTML block would hide a fence that follows it).
// Made on first use: creating it at load would load markdown-it when the extension activates.
let commonmark: MarkdownIt | undefined;
const parser = (): MarkdownIt => {
  if (commonmark) return commonmark;
  commonmark = new MarkdownIt('commonmark', { html: false });
  commonmark.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
  return commonmark;
};

/**
 * A Markdown field, made safe to embed at the top level of the report: raw HTML outside code
 * is escaped, unsafe links are made text, and an unclosed code fence is closed so it cannot
 * swallow the sections after it.
 */
export function markdownBlock(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\s+$/, '').split('\n');
  // Escaping can change the block structure (a link made text can end a paragraph differently),
  // so repeat until the lines left unescaped are code in the text as it will finally be read.
  // Each round escapes at least one line, so this ends.
  for (;;) {
    const tokens = parser().parse(lines.join('\n'), {});
    const code = codeContentLines(tokens);
    const spans = codeSpanColumns(tokens, lines);
    let changed = false;
    for (let i = 0; i < lines.length; i++) {
      if (code.has(i)) continue;
      // Links first: escaping their `<` would hide an unsafe destination from the check. A line
      // they change has moved columns, so its `<` wait for the next round's code spans.
      const linked = neutralizeLinks(lines[i], lines[i + 1] ?? '');
      const next = linked !== lines[i] ? linked : escapeHtmlStarts(lines[i], spans.get(i) ?? []);
      if (next !== lines[i]) {
        lines[i] = next;
        changed = true;
      }
    }
    if (!changed) break;
  }
  const closer = unclosedFence(lines);
  if (closer) lines.push(closer);
  return lines.join('\n');
}

/** Lines (0-based) that are the content of a fenced or indented code block. */
function codeContentLines(tokens: readonly MarkdownIt.Token[]): Set<number> {
  const lines = new Set<number>();
  for (const token of tokens) {
    if (!token.map) continue;
    const [start, end] = token.map;
    if (token.type === 'code_block') for (let i = start; i < end; i++) lines.add(i);
    // The opening fence line (with its info string) is not content; the closing one has no `<`.
    if (token.type === 'fence') for (let i = start + 1; i < end; i++) lines.add(i);
  }
  return lines;
}

/** Column ranges [from, to) of each line that lie in an inline code span (which may span lines within its paragraph). */
function codeSpanColumns(tokens: readonly MarkdownIt.Token[], lines: readonly string[]): Map<number, [number, number][]> {
  const columns = new Map<number, [number, number][]>();
  for (const token of tokens) {
    if (token.type !== 'inline' || !token.map || !token.content.includes('`')) continue;
    const [first, end] = token.map;
    const starts: number[] = [];
    let offset = 0;
    for (let i = first; i < end; i++) {
      starts.push(offset);
      offset += lines[i].length + 1;
    }
    for (const [from, to] of codeSpanRanges(lines.slice(first, end).join('\n'))) {
      starts.forEach((start, k) => {
        const a = Math.max(from, start);
        const b = Math.min(to, start + lines[first + k].length);
        if (a < b) columns.set(first + k, [...(columns.get(first + k) ?? []), [a - start, b - start]]);
      });
    }
  }
  return columns;
}

/**
 * Where the code spans of a paragraph's source are, as CommonMark finds them: a run of n
 * backticks (not backslash-escaped) opens a span that the next run of exactly n closes; a run
 * with no closer is literal text.
 */
function codeSpanRanges(source: string): [number, number][] {
  const ranges: [number, number][] = [];
  const runs = [...source.matchAll(/`+/g)].map((run) => ({ index: run.index, length: run[0].length }));
  for (let i = 0; i < runs.length; i++) {
    let { index, length } = runs[i];
    // A backslash escapes one backtick; the rest of the run may still open a span.
    if (countBackslashesBefore(source, index) % 2 === 1) [index, length] = [index + 1, length - 1];
    const closer = runs.findIndex((run, j) => j > i && run.length === length);
    if (length === 0 || closer < 0) continue;
    ranges.push([index, runs[closer].index + length]);
    i = closer;
  }
  return ranges;
}

function countBackslashesBefore(text: string, index: number): number {
  let count = 0;
  while (index - count > 0 && text[index - count - 1] === '\\') count++;
  return count;
}

// CommonMark's autolinks: `<scheme:…>` and `<address@host>`.
// eslint-disable-next-line no-control-regex -- an autolink ends at a control character or space
const AUTOLINK = /^<([a-z][a-z0-9+.-]{1,31}:[^<>\u0000-\u0020]*)>/i;
const EMAIL_AUTOLINK = /^<([a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*)>/i;

/**
 * The line with every `<` that could start raw HTML written `&lt;`. A `<` inside a code span (the
 * `spans` columns) is literal already, and one that starts an http(s) or mailto autolink is a link.
 */
function escapeHtmlStarts(line: string, spans: readonly [number, number][]): string {
  return line.replace(/</g, (lt, at: number) => {
    if (spans.some(([from, to]) => at >= from && at < to)) return lt;
    const rest = line.slice(at);
    const url = AUTOLINK.exec(rest)?.[1] ?? (POINTY_DESTINATION_BEFORE.test(line.slice(0, at)) ? POINTY_DESTINATION.exec(rest)?.[1] : undefined);
    if (url !== undefined && isSafeUrl(url)) return lt;
    return EMAIL_AUTOLINK.test(rest) ? lt : '&lt;';
  });
}

// `[label](<destination with spaces>)` and `[label]: <destination>`.
const POINTY_DESTINATION_BEFORE = /(?:\]\(\s*|^ {0,3}\[(?:[^\]\\]|\\.)+\]:\s*)$/;
const POINTY_DESTINATION = /^<([^<>\n\\]*)>/;

/** The fence to append when a top-level code fence runs to the end of the field, else undefined. */
function unclosedFence(lines: string[]): string | undefined {
  const tokens = parser().parse(lines.join('\n'), {});
  const last = tokens.filter((t) => t.type === 'fence' && t.level === 0 && t.map).at(-1);
  if (!last?.map || last.map[1] < lines.length) return undefined;
  const closing = lines[last.map[1] - 1].trim();
  const closed = last.map[1] - last.map[0] > 1 && closing.startsWith(last.markup) && new Set(closing).size === 1;
  return closed ? undefined : last.markup;
}

// `](destination`: an inline link or image. `[label]: destination`: a reference definition.
const INLINE_LINK = /\]\(\s*/g;
const DEFINITION = /^( {0,3})\[((?:[^\]\\]|\\.)+)\]:\s*/;

/** The line with any link whose destination (which may start on `nextLine`) has an unsafe scheme made literal text. */
function neutralizeLinks(line: string, nextLine: string): string {
  let result = line.replace(INLINE_LINK, (match, offset: number) => {
    const destination = (line.slice(offset + match.length) || nextLine).trimStart();
    // `]\(` is no link; the escaped `(` also keeps this from matching again in the next round.
    return hasUnsafeScheme(destination) ? `]\\(${match.slice(2)}` : match;
  });
  const definition = DEFINITION.exec(result);
  if (definition) {
    const destination = result.slice(definition[0].length) || nextLine.trimStart();
    if (hasUnsafeScheme(destination)) result = `${definition[1]}\\${result.slice(definition[1].length)}`;
  }
  return result;
}

/** Whether a link destination, decoded the way a Markdown renderer decodes it, names a scheme other than http(s)/mailto. */
function hasUnsafeScheme(destination: string): boolean {
  const raw = destination.startsWith('<') ? destination.slice(1) : destination;
  const decoded = parser().utils.unescapeAll(raw.split(/[\s)>]/, 1)[0]);
  // Browsers drop control characters and whitespace inside a scheme; so must this check.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(decoded.replace(/[\u0000-\u0020]/g, ''));
  return scheme !== null && !isSafeUrl(decoded);
}
