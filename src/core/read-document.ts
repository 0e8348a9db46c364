// The thorough reader: the yaml library's Document. It reads any text, reports every syntax error
// with a clear message, and stops alias bombs. ParsedReview uses it for what the fast reader
// (read-events.ts) leaves: errors, anchors and aliases, tags, several documents, odd keys.
import { isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Reading } from './read-events';
import { trimmedEnd, type SourceNode, type SourcePair } from './source-tree';
import type { Range } from './types';

/**
 * Alias expansions allowed when turning the YAML into a value. A review never needs many;
 * a "billion laughs" document needs millions, and the yaml library stops it at this count.
 */
const MAX_ALIAS_COUNT = 100;

export interface DocumentReading extends Reading {
  /** Syntax errors; when there are any, `value` is undefined. */
  readonly errors: readonly { message: string; range: Range }[];
  /** Why the value could not be built from valid YAML (too many aliases). */
  readonly unexpandable?: string;
}

export function readWithDocument(text: string): DocumentReading {
  // logLevel 'error': a collection used as a key is stringified without a console warning.
  const doc = parseDocument(text, { prettyErrors: false, keepSourceTokens: false, logLevel: 'error' });
  const root = sourceNode(text, doc.contents);
  const errors = doc.errors.map((error) => {
    const message = error.code === 'MULTIPLE_DOCS'
      ? 'A review is one YAML document; this file has more than one (remove the extra `---`).'
      : firstLine(error.message);
    // An error at the end of the file (an unclosed `[`) points past the text: mark its last character instead.
    const last = text.length;
    const start = Math.min(error.pos[0], Math.max(0, last - 1));
    return { message, range: { start, end: Math.min(Math.max(error.pos[1], start + 1), last) } };
  });
  if (errors.length > 0) return { value: undefined, root, errors };
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), root, errors };
  } catch (error) {
    // The yaml library throws on excessive alias expansion (a "billion laughs" document).
    return { value: undefined, root, errors, unexpandable: error instanceof Error ? error.message : String(error) };
  }
}

/** A yaml node as a source-tree node (see the conventions in source-tree.ts). */
function sourceNode(text: string, node: unknown): SourceNode | undefined {
  if (isScalar(node) && node.range) {
    const [start, end] = node.range;
    const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
    return { kind: 'scalar', plain: node.type === 'PLAIN', start, end: block ? trimmedEnd(text, start, end) : end };
  }
  if (isAlias(node) && node.range) return { kind: 'alias', start: node.range[0], end: node.range[1] };
  if ((isMap(node) || isSeq(node)) && node.range) {
    const [start, flowEnd] = node.range;
    const empty = (at: number): SourceNode => ({ kind: 'scalar', plain: true, start: at, end: at });
    if (isMap(node)) {
      const pairs = node.items.map((pair): SourcePair => {
        const key = sourceNode(text, pair.key);
        const name = isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : undefined;
        return { name, key, value: sourceNode(text, pair.value) ?? empty(key?.end ?? start) };
      });
      const end = node.flow ? flowEnd : (pairs.at(-1)?.value.end ?? start);
      return { kind: 'map', flow: Boolean(node.flow), start, end, pairs };
    }
    const items = node.items.map((item) => sourceNode(text, item) ?? empty(start));
    const end = node.flow ? flowEnd : (items.at(-1)?.end ?? start);
    return { kind: 'seq', flow: Boolean(node.flow), start, end, items };
  }
  return undefined;
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0].replace(/ at line \d+, column \d+:?$/, '');
}
