import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Document, isCollection, isScalar, parseDocument, visit } from 'yaml';
import { ParsedReview } from '../parse';
import { isRecord } from '../review';
import { mulberry32 } from '../../../bench/generate';
import type { Path } from '../types';
import { deleteIn, insertIn, moveIn, setIn } from './operations';
import { deletePlain, insertPlain, movePlain, setPlain } from './plain';
import { applyEdits, type TextEdit } from './text-edit';

// Random review-like documents, written in random styles, edited by random intents. After every
// intent the text must parse, read back as the intent applied to plain data, and change only
// inside the entry that holds the touched node.

const KEYS = ['pir', 'title', 'status', 'owner', 'timeline', 'actionItems', 'tags', 'at', 'text', 'x-team', 'a b', '12', 'on'];
const TRICKY = [
  '12:30', 'yes', 'Off', '#tag', '- x', 'null', '~', '', ' lead', 'trail ', 'multi\nline', 'multi\nline\n', 'a: b', '[x]', '{y}',
  "'q'", '"dq"', '2026-03-14T09:12:00Z', '*ref', '&anchor', '!tag', '@at', 'x # not a comment', 'line\n\n  indented\n', 'é ünï', '0o17', '1e3',
];

const scalar = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(1.5, true, false, null),
);
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 3, noNullPrototype: true }),
  ),
}));
const root = fc.dictionary(fc.constantFrom(...KEYS), value, { minKeys: 1, maxKeys: 4, noNullPrototype: true });

interface Style {
  indent: 2 | 4;
  indentSeq: boolean;
  crlf: boolean;
  finalNewline: boolean;
  docStart: boolean;
  header: boolean;
  /** Decides, node by node, where to use flow style and where to put comments and blank lines. */
  seed: number;
}
const style = fc.record<Style>({
  indent: fc.constantFrom(2, 4),
  indentSeq: fc.boolean(),
  crlf: fc.boolean(),
  finalNewline: fc.boolean(),
  docStart: fc.boolean(),
  header: fc.boolean(),
  seed: fc.integer(),
});

/** A step described by numbers, turned into a concrete intent against the value at hand. */
interface Intent {
  op: 'set' | 'delete' | 'insert' | 'move';
  walk: number[];
  key: string;
  a: number;
  b: number;
  value: unknown;
}
const intent = fc.record<Intent>({
  op: fc.constantFrom('set', 'delete', 'insert', 'move'),
  walk: fc.array(fc.nat(), { maxLength: 4 }),
  key: fc.constantFrom(...KEYS),
  a: fc.nat(),
  b: fc.nat(),
  value,
});

describe('structured edits (properties)', () => {
  it('keep the document parsing, reading back as intended, and untouched outside the edited entry', () => {
    fc.assert(
      fc.property(root, style, fc.array(intent, { minLength: 1, maxLength: 5 }), (data, look, intents) => {
        let text = write(data, look);
        let expected: unknown = parseDocument(text).toJS();
        for (const step of intents) {
          const concrete = concretize(expected, step);
          if (!concrete) continue;
          const edits = concrete.run(text);
          const next = applyEdits(text, edits);
          const doc = parseDocument(next);
          assert.deepEqual(doc.errors, [], `does not parse:\n${next}`);
          expected = concrete.plain(expected);
          assert.deepEqual(doc.toJS(), expected);
          assertLocal(text, next, edits, concrete.bound);
          text = next;
        }
      }),
      { numRuns: 200 },
    );
  }).timeout(30_000); // about 3 s; the margin is for loaded CI machines
});

/** Writes `data` as YAML in the given style, with comments and blank lines at random places. */
export function write(data: unknown, look: Style): string {
  const random = mulberry32(look.seed);
  const doc = new Document(data);
  if (look.header) doc.commentBefore = ' A header comment';
  visit(doc, {
    Node(key, node) {
      if (isCollection(node) && random() < 0.2) node.flow = true;
      // Not on keys: the yaml library would write the value below the comment, unindented.
      if (isScalar(node) && key !== 'key' && random() < 0.2) node.comment = ' trailing';
    },
    Pair(_, pair) {
      if (isScalar(pair.key) && random() < 0.25) pair.key.commentBefore = ' about this key';
      if (isScalar(pair.key) && random() < 0.15) pair.key.spaceBefore = true;
    },
    Seq(_, seq) {
      for (const item of seq.items) {
        if ((isScalar(item) || isCollection(item)) && random() < 0.25) item.commentBefore = ' about this item';
      }
    },
  });
  let text = doc.toString({ indent: look.indent, indentSeq: look.indentSeq });
  if (look.docStart) text = `---\n${text}`;
  if (!look.finalNewline) text = text.replace(/\n$/, '');
  return look.crlf ? text.replace(/\n/g, '\r\n') : text;
}

interface Concrete {
  run(text: string): TextEdit[];
  plain(old: unknown): unknown;
  /** The entry whose text may change: the parent of the deepest existing node the intent touches. */
  bound: Path;
}

function concretize(current: unknown, step: Intent): Concrete | undefined {
  const path: (string | number)[] = [];
  let node = current;
  for (const choice of step.walk) {
    const keys = Array.isArray(node) ? node.map((_, i) => i) : isRecord(node) ? Object.keys(node) : [];
    const index = choice % (keys.length + 1);
    if (index === keys.length) break;
    path.push(keys[index]);
    node = (node as Record<string | number, unknown>)[keys[index]];
  }
  const bound = path.slice(0, -1);
  switch (step.op) {
    case 'set': {
      const target = isRecord(node) || path.length === 0 ? [...path, step.key] : Array.isArray(node) && step.a % 2 === 0 ? [...path, node.length] : path;
      return { run: (t) => setIn(t, target, step.value), plain: (v) => setPlain(v, target, step.value), bound: existingBound(current, target) };
    }
    case 'delete': {
      const target = path.length === 0 ? [step.key] : path;
      return { run: (t) => deleteIn(t, target), plain: (v) => deletePlain(v, target), bound: existingBound(current, target) };
    }
    case 'insert': {
      if (Array.isArray(node)) {
        const index = step.a % (node.length + 1);
        return { run: (t) => insertIn(t, path, index, step.value), plain: (v) => insertPlain(v, path, index, step.value), bound };
      }
      const list = [...path, step.key];
      if (!isRecord(node) || node[step.key] !== undefined) return undefined;
      return { run: (t) => insertIn(t, list, 0, step.value), plain: (v) => insertPlain(v, list, 0, step.value), bound };
    }
    case 'move': {
      if (!Array.isArray(node) || node.length === 0) return undefined;
      const [from, to] = [step.a % node.length, step.b % node.length];
      return { run: (t) => moveIn(t, path, from, to), plain: (v) => movePlain(v, path, from, to), bound };
    }
  }
}

/** The parent of the deepest existing node along `target`. */
function existingBound(current: unknown, target: Path): Path {
  let depth = 0;
  let node = current;
  while (depth < target.length && typeof node === 'object' && node !== null && Object.prototype.hasOwnProperty.call(node, target[depth])) {
    node = (node as Record<string | number, unknown>)[target[depth]];
    depth++;
  }
  return target.slice(0, Math.max(0, depth - 1));
}

/**
 * Every edit lies inside the lines of the `bound` entry: from its first line (and the comment and
 * `-` lines above it) to its last line (and the comment lines indented under it); all else is byte-identical.
 */
function assertLocal(before: string, after: string, edits: readonly TextEdit[], bound: Path): void {
  if (edits.length === 0) return assert.equal(after, before);
  const start = Math.min(...edits.map((e) => e.start));
  const end = Math.max(...edits.map((e) => e.end));
  assert.equal(after.slice(0, start), before.slice(0, start));
  assert.equal(after.slice(after.length - (before.length - end)), before.slice(end));
  if (bound.length === 0) return;
  const parsed = new ParsedReview(before);
  const range = parsed.rangeOf(bound, 'entry');
  const lines = before.split(/(?<=\n)/);
  const lineOf = (offset: number): number => parsed.position(offset).line - 1;
  const column = parsed.position(range.start).column - 1;
  let first = lineOf(range.start);
  // A list item's `-` may sit on a line of its own, with the item's comment after it.
  while (first > 0 && /^\s*(-\s*)?(#.*)?\r?\n?$/.test(lines[first - 1])) first--;
  let last = lineOf(Math.max(range.start, range.end - 1));
  while (last + 1 < lines.length && /^\s*#/.test(lines[last + 1]) && lines[last + 1].search(/\S/) > column) last++;
  const allowedStart = lines.slice(0, first).join('').length;
  const allowedEnd = lines.slice(0, last + 1).join('').length;
  assert.ok(start >= allowedStart && end <= allowedEnd, `edit ${start}-${end} leaves the entry ${JSON.stringify(bound)} at ${allowedStart}-${allowedEnd}`);
}

