// Where the cursor is in a review, for completion and hover. The text is usually incomplete
// while the author types (`  - ti`, `severity: `), so this reads YAML's block structure from
// indentation line by line instead of parsing it: keys, `- ` list markers and block scalars.
import type { Path, Range } from './types';

/** What the cursor is on: a key being typed in a mapping, or the value of a key. */
export interface CursorContext {
  /** The mapping a key goes into (`kind: 'key'`), or the key whose value is typed (`kind: 'value'`). */
  path: Path;
  kind: 'key' | 'value';
  /** What is typed so far; a completion replaces `range`. */
  prefix: string;
  range: Range;
  /** Keys already present in the mapping at `path` (key position only). */
  siblings: string[];
}

/** A key on a line and the path it names. */
export interface KeyAt {
  path: Path;
  /** The key's own text. */
  range: Range;
}

/** One level of the structure around a line: a mapping key or a list index, at the column it starts. */
interface Frame {
  column: number;
  step: string | number;
}

/** The block-structure tokens of a line: `- ` markers, then maybe `key:` and a value. */
interface LineShape {
  /** Columns of the `- ` list markers, left to right. */
  dashes: number[];
  /** Column where the content after the markers starts. */
  contentColumn: number;
  key?: { name: string; start: number; end: number; valueStart: number };
}

const KEY = /^("[^"]*"|'[^']*'|[^\s#'"\-?:,[\]{}][^:#]*?|-[^\s:#][^:#]*?)[ \t]*:(?=[ \t]|$)/;
const BLOCK_SCALAR = /^[|>][-+0-9]*[ \t]*(#.*)?$/;

function shapeOf(line: string): LineShape {
  const dashes: number[] = [];
  let column = line.length - line.trimStart().length;
  while (line[column] === '-' && (column + 1 === line.length || line[column + 1] === ' ' || line[column + 1] === '\t')) {
    dashes.push(column);
    column++;
    while (line[column] === ' ' || line[column] === '\t') column++;
  }
  const match = KEY.exec(line.slice(column));
  if (!match) return { dashes, contentColumn: column };
  const raw = match[1];
  const name = /^["']/.test(raw) ? raw.slice(1, -1) : raw;
  let valueStart = column + match[0].length;
  while (line[valueStart] === ' ' || line[valueStart] === '\t') valueStart++;
  return { dashes, contentColumn: column, key: { name, start: column, end: column + raw.length, valueStart } };
}

/** Reads lines top to bottom, keeping the path of the current line as a stack of frames. */
class StructureReader {
  private frames: Frame[] = [];
  /** Keys seen per mapping path (JSON of the path). */
  readonly keysByPath = new Map<string, Set<string>>();
  /** While inside a block scalar: lines indented deeper than this column belong to it. */
  private blockScalarColumn?: number;

  /** True when the line is text of a block scalar, which has no structure. */
  inBlockScalar(line: string): boolean {
    if (this.blockScalarColumn === undefined) return false;
    const indent = line.length - line.trimStart().length;
    if (line.trim() === '' || indent > this.blockScalarColumn) return true;
    this.blockScalarColumn = undefined;
    return false;
  }

  dash(column: number): void {
    this.popWhile((top) => top.column > column);
    const top = this.frames.at(-1);
    if (top && top.column === column && typeof top.step === 'number') top.step++;
    else this.frames.push({ column, step: 0 });
  }

  /** Leaves every frame a key at `column` cannot be inside. */
  keyColumn(column: number): void {
    this.popWhile((top) => top.column >= column);
  }

  key(column: number, name: string, value: string): void {
    this.keyColumn(column);
    const parent = JSON.stringify(this.path());
    if (!this.keysByPath.has(parent)) this.keysByPath.set(parent, new Set());
    this.keysByPath.get(parent)!.add(name);
    this.frames.push({ column, step: name });
    if (BLOCK_SCALAR.test(value)) this.blockScalarColumn = column;
  }

  line(line: string): LineShape | undefined {
    if (this.inBlockScalar(line) || /^\s*(#|$)/.test(line) || /^(---|\.\.\.)(\s|$)/.test(line)) return undefined;
    const shape = shapeOf(line);
    for (const column of shape.dashes) this.dash(column);
    if (shape.key) this.key(shape.key.start, shape.key.name, line.slice(shape.key.valueStart));
    return shape;
  }

  path(): Path {
    return this.frames.map((frame) => frame.step);
  }

  private popWhile(test: (top: Frame) => boolean): void {
    while (this.frames.length > 0 && test(this.frames.at(-1)!)) this.frames.pop();
  }
}

interface Line {
  text: string;
  start: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    lines.push({ text: raw.endsWith('\r') ? raw.slice(0, -1) : raw, start });
    start += raw.length + 1;
  }
  return lines;
}

function lineIndexAt(lines: Line[], offset: number): number {
  let index = 0;
  while (index + 1 < lines.length && lines[index + 1].start <= offset) index++;
  return index;
}

/** Characters a key or a plain value word is made of, for the range a completion replaces. */
const WORD = /[^\s:#,[\]{}]/;

export function cursorContext(text: string, offset: number): CursorContext {
  const lines = linesOf(text);
  const cursorLine = lineIndexAt(lines, offset);
  const reader = new StructureReader();
  for (let i = 0; i < cursorLine; i++) reader.line(lines[i].text);

  const { text: line, start } = lines[cursorLine];
  const column = offset - start;
  const before = line.slice(0, column);
  let wordEnd = column;
  while (wordEnd < line.length && WORD.test(line[wordEnd])) wordEnd++;

  let context: CursorContext;
  if (reader.inBlockScalar(line)) {
    // Free text: nothing to complete, but say which key it belongs to.
    context = { path: reader.path(), kind: 'value', prefix: '', range: { start: offset, end: offset }, siblings: [] };
  } else {
    const shape = shapeOf(before);
    for (const dash of shape.dashes) reader.dash(dash);
    if (shape.key) {
      reader.key(shape.key.start, shape.key.name, '');
      const prefix = before.slice(shape.key.valueStart);
      context = { path: reader.path(), kind: 'value', prefix, range: { start: start + shape.key.valueStart, end: start + wordEnd }, siblings: [] };
    } else {
      const keyColumn = shape.contentColumn;
      reader.keyColumn(keyColumn);
      const prefix = before.slice(keyColumn);
      context = { path: reader.path(), kind: 'key', prefix, range: { start: start + keyColumn, end: start + wordEnd }, siblings: [] };
    }
  }
  // The rest of the document tells which keys the mapping already has.
  const mapping = JSON.stringify(context.path);
  for (let i = cursorLine + 1; i < lines.length; i++) reader.line(lines[i].text);
  context.siblings = [...(reader.keysByPath.get(mapping) ?? [])];
  return context;
}

/** The key under `offset` (on the key itself or on its value), with its path. */
export function keyAt(text: string, offset: number): KeyAt | undefined {
  const lines = linesOf(text);
  const cursorLine = lineIndexAt(lines, offset);
  const reader = new StructureReader();
  for (let i = 0; i < cursorLine; i++) reader.line(lines[i].text);
  const { text: line, start } = lines[cursorLine];
  const shape = reader.line(line);
  if (!shape?.key) return undefined;
  return { path: reader.path(), range: { start: start + shape.key.start, end: start + shape.key.end } };
}
