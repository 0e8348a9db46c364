// The fast reader. js-yaml's event stream gives every scalar's offsets and builds the value
// about ten times quicker than a yaml Document is built (docs/performance.md). It takes the
// YAML that reviews are written in: one document, no anchors, aliases or tags, string keys, no
// duplicate keys. For anything else it returns undefined, and read-document.ts, whose error
// messages are the better ones, reads the text instead.
import { COLLECTION_STYLE, constructFromEvents, EVENT_ID, getScalarValue, parseEvents, SCALAR_STYLE, type Event, type ScalarEvent } from 'js-yaml';
import { afterClosingBracket, afterIndicator, blockScalarStart, trimmedEnd, type SourceNode, type SourcePair, type SourceScalar } from './source-tree';

/** A review's text as data, and where each node of it is. */
export interface Reading {
  readonly value: unknown;
  readonly root: SourceNode | undefined;
}

/** A collection whose end event has not come yet. */
interface OpenCollection {
  readonly kind: 'map' | 'seq' | 'document';
  readonly start: number;
  readonly flow: boolean;
  readonly pairs: SourcePair[];
  readonly items: SourceNode[];
  /** In a map: the key read, waiting for its value. */
  key?: { node: SourceScalar; name: string };
  root?: SourceNode;
}

/** Plain keys that the core schema reads as something other than a string (`1`, `~`, `true`). */
const NON_STRING_KEY = /^(?:[-+.\d~]|(?:true|false|null)$)/i;

/**
 * Where the two libraries read the same text differently; the Document reader decides these
 * (test/unit/yaml-test-suite.test.ts and the fuzz tests look for more):
 * - a carriage return alone (js-yaml takes it for a line break);
 * - a tab in a line's indentation: js-yaml skips it on a blank line or in a multi-line scalar,
 *   where yaml reports bad indentation;
 * - a directive (`%YAML 1.1` makes yaml read `off` as false, `010` as 8), a document end
 *   marker `...` (js-yaml may read what follows into the same document), or a first line that
 *   starts with an indented `---`, `...` or `%`, or with a byte-order mark before a `- ` (yaml
 *   reports an error there);
 * - a byte-order mark at the start of a later line (js-yaml keeps it in a key, yaml drops it);
 * - in double quotes, an escaped line break followed by an empty line;
 * - a block scalar with an explicit indentation indicator (`|1-`): over blank lines with spaces
 *   the two keep different amounts of them;
 * - a number too large for a double (yaml reads Infinity, js-yaml the string);
 * - an implicit key over 1,024 characters, which yaml refuses.
 */
const LONE_CR = /\r(?!\n)/;
const TAB_IN_INDENTATION = /^\uFEFF? *\t/m;
const DIRECTIVE_OR_END = /^(?:%|\.\.\.)/m;
const ODD_FIRST_LINE = /^(?:\uFEFF?[ \t]+(?:%|---|\.\.\.)|\uFEFF[ \t]*-(?:[ \t\r\n]|$))/;
const BOM_STARTING_LINE = /\n[ \t]*\uFEFF/;
const ESCAPED_BREAK_THEN_EMPTY_LINE = /\\\r?\n[ \t]*\r?\n/;
const NUMBER = /^[-+]?(?:0x[0-9a-f]+|0o[0-7]+|(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)$/i;
const MAX_KEY_LENGTH = 1000;
const EXPLICIT_INDENTATION = /^[|>][+-]?[1-9]/;

/** Reads `text` if it is in the subset above; undefined otherwise. */
export function readWithEvents(text: string): Reading | undefined {
  if (LONE_CR.test(text) || TAB_IN_INDENTATION.test(text) || DIRECTIVE_OR_END.test(text) || ODD_FIRST_LINE.test(text) || BOM_STARTING_LINE.test(text)) {
    return undefined;
  }
  let events: Event[];
  try {
    events = parseEvents(text, {});
  } catch {
    return undefined;
  }
  const root = sourceTree(text, events);
  if (!root) return undefined;
  try {
    return { value: constructFromEvents(events, { source: text })[0], root };
  } catch {
    // A duplicate key: the Document reader reports it.
    return undefined;
  }
}

function sourceTree(text: string, events: readonly Event[]): SourceNode | undefined {
  // Read once: in the extension's bundle each js-yaml export is a getter (esbuild.mjs, lazy-libraries).
  const { DOCUMENT, MAPPING, SEQUENCE, SCALAR, POP } = EVENT_ID;
  const FLOW = COLLECTION_STYLE.FLOW;
  const open: OpenCollection[] = [];
  let documents = 0;
  let root: SourceNode | undefined;

  /** Adds a finished node to the collection it is in; false when the shape is outside the subset. */
  const add = (node: SourceNode): boolean => {
    const parent = open.at(-1);
    if (!parent) return false;
    if (parent.kind === 'document') parent.root = node;
    else if (parent.kind === 'seq') parent.items.push(node);
    else if (parent.key) {
      parent.pairs.push({ name: parent.key.name, key: parent.key.node, value: node });
      parent.key = undefined;
    } else return false; // a collection as a key
    return true;
  };

  for (const event of events) {
    switch (event.type) {
      case DOCUMENT:
        if (++documents > 1) return undefined;
        open.push({ kind: 'document', start: 0, flow: false, pairs: [], items: [] });
        break;
      case MAPPING:
      case SEQUENCE:
        if (event.anchorStart >= 0 || event.tagStart >= 0) return undefined;
        open.push({
          kind: event.type === MAPPING ? 'map' : 'seq',
          start: event.start,
          flow: event.style === FLOW,
          pairs: [],
          items: [],
        });
        break;
      case SCALAR: {
        if (event.anchorStart >= 0 || event.tagStart >= 0) return undefined;
        const parent = open.at(-1);
        if (parent?.kind === 'map' && !parent.key) {
          const key = keyOf(text, event);
          if (!key) return undefined;
          parent.key = key;
          break;
        }
        const node = event.valueStart >= 0 ? scalarOf(text, event) : parent && emptyValueIn(text, parent);
        if (!node || !add(node)) return undefined;
        break;
      }
      case POP: {
        const done = open.pop();
        if (!done) return undefined;
        if (done.kind === 'document') root = done.root;
        else if (!add(collectionOf(text, done))) return undefined;
        break;
      }
      default: // an alias
        return undefined;
    }
  }
  return root;
}

function keyOf(text: string, event: ScalarEvent): OpenCollection['key'] {
  if (event.valueStart < 0) return undefined;
  const name = getScalarValue(text, event);
  const node = scalarOf(text, event);
  if (!node || (node.plain && NON_STRING_KEY.test(name)) || node.end - node.start > MAX_KEY_LENGTH) return undefined;
  return { node, name };
}

/**
 * An empty value in `parent`, placed after its `:` or `-`; undefined where the Document reader
 * should decide (an empty flow-list item is an error there).
 */
function emptyValueIn(text: string, parent: OpenCollection): SourceScalar | undefined {
  let at: number | undefined;
  if (parent.kind === 'map' && parent.key) at = afterIndicator(text, parent.key.node.end, ':');
  if (parent.kind === 'seq' && !parent.flow) at = afterIndicator(text, parent.items.at(-1)?.end ?? parent.start, '-');
  return at === undefined ? undefined : { kind: 'scalar', plain: true, start: at, end: at };
}

/** A scalar with text, spanned by the conventions of source-tree.ts; undefined outside the subset. */
function scalarOf(text: string, event: ScalarEvent): SourceScalar | undefined {
  const { valueStart, valueEnd, style } = event;
  const { SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL_BLOCK, FOLDED_BLOCK } = SCALAR_STYLE;
  if (style === DOUBLE_QUOTED && !event.fast && ESCAPED_BREAK_THEN_EMPTY_LINE.test(text.slice(valueStart, valueEnd))) {
    return undefined;
  }
  if (style === SINGLE_QUOTED || style === DOUBLE_QUOTED) {
    return { kind: 'scalar', plain: false, start: valueStart - 1, end: valueEnd + 1 };
  }
  if (style === LITERAL_BLOCK || style === FOLDED_BLOCK) {
    const start = blockScalarStart(text, valueStart);
    if (EXPLICIT_INDENTATION.test(text.slice(start, start + 3))) return undefined;
    return { kind: 'scalar', plain: false, start, end: trimmedEnd(text, start, valueEnd) };
  }
  if (overflows(text, valueStart, valueEnd)) return undefined;
  return { kind: 'scalar', plain: true, start: valueStart, end: valueEnd };
}

/** A plain number that a double cannot hold; cheap for the dates and words most scalars are. */
function overflows(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  // Only a digit, sign or dot can start a number: skip the rest before slicing.
  if (!((first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46) || end - start < 5) return false;
  const plain = text.slice(start, end);
  if (!NUMBER.test(plain)) return false;
  const unsigned = plain.replace(/^[-+]/, '');
  const radix = /^0x/i.test(unsigned) ? 16 : /^0o/i.test(unsigned) ? 8 : 10;
  return !Number.isFinite(radix === 10 ? Number(unsigned) : parseInt(unsigned.slice(2), radix));
}

function collectionOf(text: string, done: OpenCollection): SourceNode {
  const last = done.kind === 'map' ? done.pairs.at(-1)?.value : done.items.at(-1);
  const lastEnd = last?.end ?? done.start + 1;
  // A pair written without braces in a flow list (`[a, team: payments]`) ends at its value, not at the list's `]`.
  const bracketed = done.flow && (text[done.start] === '[' || text[done.start] === '{');
  const end = bracketed ? afterClosingBracket(text, lastEnd) : (last?.end ?? done.start);
  return done.kind === 'map'
    ? { kind: 'map', flow: done.flow, start: done.start, end, pairs: done.pairs }
    : { kind: 'seq', flow: done.flow, start: done.start, end, items: done.items };
}
