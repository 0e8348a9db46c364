// Review-shaped YAML written by hand rather than by a library, so it has what people's files have:
// block and flow maps and lists, plain / quoted / block scalars over several lines, comments,
// odd and mixed indentation, CRLF, tabs, byte-order marks, directives and document markers,
// unicode. Then characters inserted, deleted and duplicated. Much of it is not valid YAML; that
// is the point: the fast reader must decline it or read it as the yaml library does.
import fc from 'fast-check';

type Scalar = { kind: 'scalar'; style: 'plain' | 'single' | 'double' | 'literal' | 'folded'; lines: string[]; header: string; comment: string };
type Collection = { kind: 'map' | 'seq'; flow: boolean; indent: number; entries: { key: string; value: Node; comment: string; above: string; compact: boolean }[] };
type Node = Scalar | Collection;

const WORDS = ['Checkout down', 'payments', 'rollback', 'it\'s', 'say "hi"', 'é 😀 中文', '12:30', 'yes', 'off', '010', '1e3', '1e400', '0x1F', '~', 'null',
  '2026-03-14T09:00:00Z', '2026-03-14', '#x', 'x #y', 'a: b', 'a:b', '- x', '-x', '[x]', '{y}', '*a', '&a', '!t', '%p', '@u', '`b`', '|', '>', '?', ',', ':',
  ' lead', 'trail ', '\t', 'tab\tin', '\\', '\u2028', '\u00a0', '\ufeff', '', 'k'.repeat(40)];
const KEYS = ['pir', 'title', 'summary', 'timeline', 'at', 'text', 'kind', 'rootCause', 'actionItems', 'owner', 'x-notes', 'x-链接', 'a b', '"quoted key"', "'k'", 'tags', '1', 'true', '? q'];
const COMMENTS = ['', '', '', ' # note', '  # a: b # c', '\t# tab', ' #', ' # é'];

const word = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', ' ', ':', '#', '-', '\t', '"', "'", '\\', 'é', '\n'), maxLength: 6 }) });

const scalar: fc.Arbitrary<Scalar> = fc.record({
  kind: fc.constant('scalar' as const),
  style: fc.constantFrom('plain', 'plain', 'single', 'double', 'literal', 'folded'),
  lines: fc.array(word, { minLength: 1, maxLength: 3 }),
  header: fc.constantFrom('', '', '-', '+', '2', '1-', '+3'),
  comment: fc.constantFrom(...COMMENTS),
});

const { node } = fc.letrec<{ node: Node; collection: Collection }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('collection')),
  collection: fc.record({
    kind: fc.constantFrom('map' as const, 'seq' as const),
    flow: fc.boolean(),
    indent: fc.oneof(fc.constant(2), fc.integer({ min: 0, max: 5 })),
    entries: fc.array(fc.record({ key: fc.constantFrom(...KEYS), value: tie('node'), comment: fc.constantFrom(...COMMENTS), above: fc.constantFrom('', '', '# above', '  # deeper', '\n'), compact: fc.boolean() }), { maxLength: 4 }),
  }),
}));

function quoted(style: Scalar['style'], text: string): string {
  if (style === 'single') return `'${text.replace(/'/g, "''")}'`;
  if (style === 'double') return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\t/g, '\\t')}"`;
  return text;
}

/** A scalar after `key:` or `-` at `column`: its first line without the separating space, and its further lines. */
function renderScalar(s: Scalar, column: number, indent: number, inFlow: boolean): string {
  const pad = ' '.repeat(column + Math.max(indent, 1));
  if ((s.style === 'literal' || s.style === 'folded') && !inFlow) {
    const body = s.lines.map((line) => (line.trim() === '' ? line : pad + line)).join('\n');
    return `${s.style === 'literal' ? '|' : '>'}${s.header}${s.comment}\n${body}`;
  }
  const text = s.lines.join('\n' + (inFlow ? ' ' : pad));
  return s.style === 'single' || s.style === 'double' ? quoted(s.style, text) : text;
}

function renderFlow(n: Node): string {
  if (n.kind === 'scalar') return renderScalar({ ...n, style: n.style === 'literal' || n.style === 'folded' ? 'double' : n.style }, 0, 1, true);
  const items = n.entries.map((e) => (n.kind === 'map' ? `${e.key}: ${renderFlow(e.value)}` : renderFlow(e.value)));
  const inner = items.join(n.indent % 2 ? ',\n ' : ', ');
  return n.kind === 'map' ? `{${inner}}` : `[${inner}]`;
}

/** A block collection whose entries start at `column`, as lines. */
function renderBlock(n: Collection, column: number): string {
  const pad = ' '.repeat(column);
  return n.entries.map((e) => {
    const above = e.above === '' ? '' : e.above === '\n' ? '\n' : pad + e.above + '\n';
    const lead = n.kind === 'map' ? `${pad}${e.key}:` : `${pad}-`;
    if (n.kind === 'seq' && e.compact && e.value.kind !== 'scalar' && !e.value.flow && e.value.entries.length > 0) {
      // `- a: 1` with the rest of the map under `a`: the map is drawn one column right of the `-`, or more.
      const inner = renderBlock(e.value, column + 1 + Math.max(n.indent, 1));
      return above + lead + inner.slice(column + 1);
    }
    return above + lead + renderValue(e.value, column, n.indent) + (e.value.kind === 'scalar' && e.value.style !== 'literal' && e.value.style !== 'folded' ? e.comment : '');
  }).join('\n');
}

/** What follows `key:` or `-` at `column`. */
function renderValue(value: Node, column: number, indent: number): string {
  if (value.kind === 'scalar') {
    const text = renderScalar(value, column, indent, false);
    return text === '' ? '' : ' ' + text;
  }
  if (value.flow || value.entries.length === 0) return ' ' + renderFlow(value);
  return '\n' + renderBlock(value, column + indent);
}

const PROLOGUES = ['', '', '', '\ufeff', '---\n', '--- # doc\n', '%YAML 1.2\n---\n', '%YAML 1.1\n---\n', '# header\n', '\n', ' ---\n', '\ufeff# bom\n'];
const EPILOGUES = ['\n', '\n', '', '\n...\n', '\n\n# end\n', '\n---\nb: 2\n', '\n\t\n'];
const NASTY = [' ', '\t', '\n', '\r\n', '#', ':', '-', '"', "'", '|', '>', '[', ']', '{', '}', ',', '&', '*', '!', '%', '?', '\ufeff', 'é', '😀', '\\', '0', 'e'];

const edit = fc.record({ op: fc.constantFrom('insert', 'delete', 'duplicate'), at: fc.nat(), what: fc.constantFrom(...NASTY), length: fc.integer({ min: 1, max: 4 }) });

/** One generated review text, before mutation. */
export const reviewText = fc.record({
  root: node.filter((n): n is Collection => n.kind !== 'scalar'),
  prologue: fc.constantFrom(...PROLOGUES),
  epilogue: fc.constantFrom(...EPILOGUES),
  crlf: fc.boolean(),
  tabAfterColon: fc.boolean(),
}).map(({ root, prologue, epilogue, crlf, tabAfterColon }) => {
  let text = prologue + (root.flow ? renderFlow(root) : renderBlock(root, 0)) + epilogue;
  if (tabAfterColon) text = text.replace(/: /, ':\t');
  return crlf ? text.replace(/\r?\n/g, '\r\n') : text;
});

/** A generated review with a few characters inserted, deleted or duplicated. */
export const mutatedReviewText = fc.tuple(reviewText, fc.array(edit, { maxLength: 3 })).map(([text, edits]) => {
  for (const { op, at, what, length } of edits) {
    const i = text.length === 0 ? 0 : at % (text.length + 1);
    if (op === 'insert') text = text.slice(0, i) + what + text.slice(i);
    else if (op === 'delete') text = text.slice(0, i) + text.slice(i + length);
    else text = text.slice(0, i) + text.slice(i, i + length) + text.slice(i);
  }
  return text;
});
