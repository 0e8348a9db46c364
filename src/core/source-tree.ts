// Where each YAML node of a review sits in its text: the part of the syntax tree that findings,
// quick fixes and the preview need. Two readers build it (read-events.ts, the fast one, and
// read-document.ts), and both follow the conventions below, so a test can check they agree.
import type { Path } from './types';

/**
 * Offsets into the text, half-open. A scalar spans its source (quotes and a block scalar's
 * header included; a trailing comment and a block scalar's trailing blank space not); an empty value sits just after its `:` or `-` and
 * the spaces that follow. A block collection ends where its last child ends, a flow collection
 * after its closing bracket.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface SourceScalar extends Span {
  readonly kind: 'scalar';
  /** Written without quotes or a block header, so a ` #` ends it. */
  readonly plain: boolean;
}

export interface SourceMap extends Span {
  readonly kind: 'map';
  readonly flow: boolean;
  readonly pairs: readonly SourcePair[];
}

export interface SourceSeq extends Span {
  readonly kind: 'seq';
  readonly flow: boolean;
  readonly items: readonly SourceNode[];
}

/** An alias (`*name`): only the Document reader keeps these. */
export interface SourceAlias extends Span {
  readonly kind: 'alias';
}

export type SourceNode = SourceScalar | SourceMap | SourceSeq | SourceAlias;

export interface SourcePair {
  /** The key when it is a string, which is how paths name it. */
  readonly name: string | undefined;
  readonly key: SourceNode | undefined;
  readonly value: SourceNode;
}

/** The node at `path` with the map entry that holds it, or undefined when a step is absent. */
export function lookup(root: SourceNode | undefined, path: Path): { pair?: SourcePair; node: SourceNode } | undefined {
  let node = root;
  let pair: SourcePair | undefined;
  for (const step of path) {
    pair = undefined;
    if (node?.kind === 'map' && typeof step === 'string') {
      pair = node.pairs.find((p) => p.name === step);
      node = pair?.value;
    } else if (node?.kind === 'seq' && typeof step === 'number') {
      node = node.items[step];
    } else {
      return undefined;
    }
    if (!node) return undefined;
  }
  return node && { pair, node };
}

/** Every scalar under `node` that is a value rather than a map key, with its path. */
export function* valueScalars(node: SourceNode | undefined, path: Path = []): Generator<[SourceScalar, Path]> {
  if (node?.kind === 'scalar') yield [node, path];
  if (node?.kind === 'seq') {
    for (const [index, item] of node.items.entries()) yield* valueScalars(item, [...path, index]);
  }
  if (node?.kind === 'map') {
    for (const pair of node.pairs) if (pair.name !== undefined) yield* valueScalars(pair.value, [...path, pair.name]);
  }
}

/** Where an empty value starts: after the `indicator` (`:` or `-`) that follows `from`, and its spaces. */
export function afterIndicator(text: string, from: number, indicator: string): number {
  let at = skipSpace(text, from);
  if (text[at] !== indicator) return from;
  at++;
  while (text[at] === ' ' || text[at] === '\t') at++;
  return at;
}

/** Just past a flow collection's closing bracket, scanning from its last child. */
export function afterClosingBracket(text: string, from: number): number {
  let at = from;
  for (;;) {
    at = skipSpace(text, at);
    if (text[at] === ',') at++;
    else break;
  }
  return text[at] === ']' || text[at] === '}' ? at + 1 : from;
}

/**
 * Where a block scalar starts: at its `|` or `>` header on the line before `contentStart`. A
 * comment after the header must follow a space, so a `#` cannot be taken for one. A byte-order
 * mark may start the text before a header.
 */
export function blockScalarStart(text: string, contentStart: number): number {
  const headerEnd = text[contentStart - 1] === '\n' ? contentStart - 1 : contentStart;
  const lineStart = text.lastIndexOf('\n', headerEnd - 1) + 1;
  const header = /(?:^\uFEFF?|[ \t])([|>][0-9+-]*)(?:[ \t]+#.*|[ \t]*)\r?$/.exec(text.slice(lineStart, headerEnd));
  return header ? lineStart + header.index + header[0].indexOf(header[1]) : contentStart;
}

/** `end` moved back over whitespace, not past `start`. */
export function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** Skips spaces, tabs, line breaks and comments. */
function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length) {
    const c = text[at];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') at++;
    else if (c === '#' && (at === 0 || /\s/.test(text[at - 1]))) {
      const lineEnd = text.indexOf('\n', at);
      at = lineEnd < 0 ? text.length : lineEnd;
    } else break;
  }
  return at;
}
