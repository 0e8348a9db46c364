// Text put into the exported Markdown. Two kinds of field:
// - plain text (titles, names, list entries, table cells) is escaped so it reads as typed:
//   no emphasis, links, headings or table columns appear from the characters in it; only
//   `code` spans are kept, since reviews quote identifiers that way even in plain fields;
// - Markdown fields (summary, rootCause, ...) keep their Markdown, but must not carry raw HTML
//   or script links into the reader's renderer: `<` outside code becomes `&lt;` and links to
//   schemes other than http(s)/mailto lose their link syntax. Known cost: a `<` inside an
//   inline code span shows as `&lt;` (fenced and indented code blocks keep theirs).
import MarkdownIt from 'markdown-it';
import { isSafeUrl } from './links';

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
 */
export function markdownInline(text: string, { table = false } = {}): string {
  const line = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  const escaped = splitCodeSpans(line)
    .map((part) => (part.code ? `\`${table ? part.text.replace(/\|/g, '\\|') : part.text}\`` : escapeText(part.text)))
    .join('');
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
  return `[${markdownInline(label, options)}](${href})`;
}

// Used only to find code blocks; its own html option is irrelevant to where code is.
// Made on first use: creating it at load would load markdown-it when the extension activates.
let commonmark: MarkdownIt | undefined;
const parser = (): MarkdownIt => (commonmark ??= new MarkdownIt('commonmark'));

/**
 * A Markdown field, made safe to embed at the top level of the report: raw HTML outside code
 * is escaped, unsafe links are made text, and an unclosed code fence is closed so it cannot
 * swallow the sections after it.
 */
export function markdownBlock(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\s+$/, '').split('\n');
  // Escaping can change the block structure (an HTML block that hid a fence becomes a paragraph,
  // and the fence then pairs differently), so repeat until the lines left unescaped are code in
  // the text as it will finally be read. Each round escapes at least one line, so this ends.
  for (;;) {
    const code = codeContentLines(lines.join('\n'));
    let changed = false;
    for (let i = 0; i < lines.length; i++) {
      if (code.has(i)) continue;
      const next = neutralizeLinks(lines[i], lines[i + 1] ?? '').replace(/</g, '&lt;');
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
function codeContentLines(text: string): Set<number> {
  const lines = new Set<number>();
  for (const token of parser().parse(text, {})) {
    if (!token.map) continue;
    const [start, end] = token.map;
    if (token.type === 'code_block') for (let i = start; i < end; i++) lines.add(i);
    // The opening fence line (with its info string) is not content; the closing one has no `<`.
    if (token.type === 'fence') for (let i = start + 1; i < end; i++) lines.add(i);
  }
  return lines;
}

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
