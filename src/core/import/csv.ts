// CSV: a generic list of events, one a row: time, text, and optionally actor, kind, url. A header
// row naming those columns may give them in any order; without one they are in that order.
import { parse } from 'csv-parse/sync';
import { EVENT_KINDS, type EventKind } from '../review';
import type { Collector } from './collect';
import { dateTimeProblem } from '../time';
import { parseEpochMs, parseLocalInstant } from './instant';
import { ImportError } from './types';

const COLUMNS = ['time', 'text', 'actor', 'kind', 'url'] as const;
type Column = (typeof COLUMNS)[number];
const EXPECTED = 'CSV with columns time,text[,actor,kind,url]; times in ISO 8601 with Z or an offset (without one when .pirrc.yaml sets timeZone)';
/** A date-time as the time column holds it, with or without an offset: enough to recognise a header-less CSV. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}/;

/** The rows of a CSV text; throws ImportError naming the file when it is not CSV. */
export function csvRows(text: string, file: string): string[][] {
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch (error) {
    throw new ImportError(file, `is not readable CSV (${(error as Error).message}); expected ${EXPECTED}.`);
  }
}

/** True when the text's first row is a header with time and text, or its first cell is a time. */
export function isEventCsv(text: string): boolean {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  if (!first.includes(',')) return false;
  const cells = first.split(',').map((cell) => cell.trim().replace(/^"|"$/g, '').toLowerCase());
  return (cells.includes('time') && cells.includes('text')) || DATE_TIME.test(cells[0]);
}

/** Reads event rows; a time without an offset is a wall-clock time in `timeZone` (the team's). */
export function readCsv(text: string, file: string, sink: Collector, timeZone?: string): void {
  const rows = csvRows(text, file);
  const header = rows[0]?.map((cell) => cell.toLowerCase());
  const hasHeader = header?.includes('time') && header.includes('text');
  const columns = new Map<Column, number>(COLUMNS.map((column, index) => [column, hasHeader ? header!.indexOf(column) : index]));
  const cell = (row: string[], column: Column): string | undefined => {
    const index = columns.get(column)!;
    return index >= 0 ? row[index] || undefined : undefined;
  };
  rows.slice(hasHeader ? 1 : 0).forEach((row, index) => {
    const line = index + (hasHeader ? 2 : 1);
    const time = cell(row, 'time') ?? '';
    const ms = parseLocalInstant(time, timeZone) ?? (/^\d{12,}$/.test(time) ? parseEpochMs(Number(time)) : undefined);
    if (ms === undefined) {
      const problem = dateTimeProblem(time, timeZone);
      throw new ImportError(file, `row ${line}: "${time}" ${problem ?? `is not a time with a UTC offset; expected ${EXPECTED}`}.`);
    }
    const kind = cell(row, 'kind');
    if (kind !== undefined && !(EVENT_KINDS as readonly string[]).includes(kind)) {
      throw new ImportError(file, `row ${line}: kind "${kind}" is not one of ${EVENT_KINDS.join(', ')}.`);
    }
    const text = cell(row, 'text');
    if (!text) return sink.skip();
    const url = cell(row, 'url');
    sink.add('csv', file, ms, () => ({
      kind: kind as EventKind | undefined,
      text,
      actor: cell(row, 'actor'),
      origin: url ?? `csv:${new Date(ms).toISOString()}/${text}`,
      source: url ?? null,
    }));
  });
}
