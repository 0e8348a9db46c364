import { Document, isPair, isScalar, LineCounter, parseDocument, Scalar, visit } from 'yaml';

/** How new text must look to blend in: see `EditSource`. */
export interface RenderStyle {
  eol: '\n' | '\r\n';
  indent: number;
  indentSeq: boolean;
}

// The key and item we render around a value and strip again: rendering the value in place
// lets the yaml library pick quoting and block-scalar indentation for that exact position.
const PLACEHOLDER_KEY = 'k';

/**
 * The text after `key:` for a value in a block map whose keys sit at `column`: ` scalar`,
 * ` |-` plus a block scalar, ` []`, or a line break plus an indented block collection.
 */
export function blockPairValue(value: unknown, column: number, style: RenderStyle): string {
  return reindent(stringify({ [PLACEHOLDER_KEY]: value }, style).slice(PLACEHOLDER_KEY.length + 1), column, style);
}

/** A whole `key: value` entry for a block map at `column`; its first line carries no indentation. */
export function blockPair(key: string, value: unknown, column: number, style: RenderStyle): string {
  return reindent(stringify({ [key]: value }, style), column, style);
}

/** The text after `-` for an item of a block list at `column`; always starts with a space (`- a: 1` compact form). */
export function blockItemValue(value: unknown, column: number, style: RenderStyle): string {
  return reindent(stringify([value], style).slice(1), column, style);
}

/** A whole document value at column 0. */
export function rootValue(value: unknown, style: RenderStyle): string {
  return reindent(stringify(value, style), 0, style);
}

/** A value on one line of flow YAML, for an item of `[a, b]` or a value in `{a: b}`. */
export function flowValue(value: unknown): string {
  return stringify([value], undefined).slice(1, -1);
}

/** `key: value` on one line, for a flow map `{a: b}`. */
export function flowPair(key: string, value: unknown): string {
  return stringify({ [key]: value }, undefined).slice(1, -1);
}

/** YAML for `value` with no trailing line break; flow style on one line when `style` is undefined. */
function stringify(value: unknown, style: RenderStyle | undefined): string {
  const doc = new Document(value);
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value !== 'string') return;
      // Flow text must stay on one line, and YAML 1.1 readers (PyYAML, older tools) would turn
      // plain `yes`, `off` or `12:30` into a boolean or a number.
      if ((!style && node.value.includes('\n')) || readsAsNonStringInYaml11(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  const text = doc.toString({
    indent: style?.indent ?? 2,
    indentSeq: style?.indentSeq ?? true,
    lineWidth: 0,
    blockQuote: 'literal',
    flowCollectionPadding: false,
    collectionStyle: style ? 'any' : 'flow',
  });
  const trimmed = text.endsWith('\n') ? text.slice(0, -1) : text;
  return style && !style.indentSeq && style.indent > 2 ? dashesUnderKeys(trimmed, style.indent - 2) : trimmed;
}

/**
 * Moves each block list that is a map value left by `extra` columns, with everything in it. With
 * `indentSeq: false` and an indent over 2 the yaml library writes `key:\n - a` (the `-` at
 * indent - 2); a document that writes unindented lists has `key:\n- a`, the item's content 2
 * columns in (found by the panel-edit fuzz test).
 */
function dashesUnderKeys(text: string, extra: number): string {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const lineOf = (offset: number): number => lines.linePos(offset).line - 1;
  const shift = new Array<number>(lines.lineStarts.length).fill(0);
  visit(doc, {
    Seq(_, node, path) {
      if (node.flow || !node.range || !isPair(path.at(-1))) return;
      for (let line = lineOf(node.range[0]); line <= lineOf(Math.max(node.range[0], node.range[1] - 1)); line++) shift[line] += extra;
    },
  });
  return text.split('\n').map((line, i) => line.slice(Math.min(shift[i], line.length - line.trimStart().length))).join('\n');
}

function readsAsNonStringInYaml11(value: string): boolean {
  if (value.length > 40 || !/^[\w.:+~-]+$/.test(value)) return false;
  const node = parseDocument(value, { version: '1.1' }).contents;
  // Dates are fine: reviews write ISO timestamps plain, and the format reads them as strings.
  return isScalar(node) && (typeof node.value === 'boolean' || typeof node.value === 'number');
}

/** Indents every line but the first by `column`, and uses the document's line ending. */
function reindent(text: string, column: number, style: RenderStyle): string {
  const pad = ' '.repeat(column);
  return text
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : pad + line))
    .join(style.eol);
}
