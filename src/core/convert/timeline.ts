// Timeline events from the time-stamped lines of a postmortem's timeline: list items,
// paragraph lines and table rows, in every way people write a time ("14:51", "**14:51**",
// "2017-01-31 17:20 UTC —", "9:37AM PST", "± 23:30", "8:20 - 8:24", a heading "### 4:27" over
// the paragraphs that tell what happened). Each time is resolved against the incident's day,
// with the days a timeline names ("### 2020-02-21") and rollovers past midnight; an entry known
// only by its day (a table row "2021-12-10", a paragraph under "### 2016-10-24") keeps the day.
import type { TimelineEvent } from '../review';
import { columnRoles, otherCells } from './columns';
import { itemMarkdown, type Block } from './markdown';
import { DATE_TEXT, documentZone, findDate, instantOf, isOnlyDate, isoUtc, nearestDay, nextDay, parseZone, ZONE_PATTERN, type Zone } from './times';

/** A time stamp at the start of a line. */
export interface Stamp {
  /** The day the stamp names: YYYY-MM-DD, or MM-DD when it gives no year. */
  day?: string;
  monthDay?: { month: number; day: number };
  /** Minutes after midnight. */
  minutes: number;
  zone?: Zone;
  approximate: boolean;
  /** The end of a range ("8:20 - 8:24"), as written. */
  until?: string;
  /** The line after the stamp and its separator. */
  rest: string;
}

const STAMP = new RegExp(
  [
    '^(?<open>\\*\\*|__|`|\\[)?\\s*',
    '(?<approx>±|~|≈|approx\\.?\\s|around\\s|about\\s|ca\\.\\s)?\\s*',
    `(?:(?:(?<date>${DATE_TEXT})|(?<month>\\d{1,2})[-/](?<monthDay>\\d{1,2}))(?:T|,?\\s+(?:at\\s+)?))?`,
    '(?:(?<hour>\\d{1,2}):(?<minute>\\d{2})(?::(?<second>\\d{2}))?(?:\\s?(?<half>[ap])\\.?m\\.?)?|(?<bareHour>\\d{1,2})\\s?(?<bareHalf>[ap])\\.?m\\.?)\\b',
    '(?:\\s?[-–—]\\s?(?<until>\\d{1,2}:\\d{2}(?:\\s?[ap]\\.?m\\.?)?)\\b)?',
    `(?:\\s?(?<zone>${ZONE_PATTERN}|Z)\\b)?`,
    '\\s*(?<close>\\*\\*|__|`|\\])?\\s*(?:[:|\\-–—]+\\s*|\\s)',
  ].join(''),
  'i',
);

const CLOSING: Record<string, string> = { '**': '**', __: '__', '`': '`', '[': ']' };

/** The time stamp that starts `line`, if it starts with one. */
export function parseStamp(line: string): Stamp | undefined {
  const text = `${line.trim()} `;
  const match = STAMP.exec(text);
  if (!match?.groups) return undefined;
  const g = match.groups;
  let hours = Number(g.hour ?? g.bareHour);
  const meridiem = (g.half ?? g.bareHalf)?.toLowerCase();
  if (meridiem) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (meridiem === 'p' ? 12 : 0);
  }
  const minutes = Number(g.minute ?? 0);
  const seconds = Number(g.second ?? 0);
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  if (g.open && g.close && CLOSING[g.open] !== g.close) return undefined;
  const day = g.date ? findDate(g.date)?.day : undefined;
  if (g.date && !day) return undefined;
  let rest = text.slice(match[0].length).trim();
  // "**21:17 UTC: the fix is deployed**": the emphasis covered the whole line; keep it on the text.
  if (g.open && !g.close && g.open !== '[') rest = rest.endsWith(g.open) ? `${g.open}${rest}` : rest;
  else if (g.open === '[' && !g.close) return undefined;
  return {
    ...(day ? { day } : {}),
    ...(g.month ? { monthDay: { month: Number(g.month), day: Number(g.monthDay) } } : {}),
    minutes: hours * 60 + minutes + seconds / 60,
    ...(g.zone ? { zone: parseZone(g.zone === 'Z' ? 'UTC' : g.zone) } : {}),
    approximate: g.approx !== undefined,
    ...(g.until ? { until: g.until } : {}),
    rest,
  };
}

export interface TimelineContext {
  /** The incident's day, YYYY-MM-DD; undefined when the document gives none. */
  day?: string;
  /** The zone for times that do not name one. */
  zone: Zone;
}

export interface TimelineResult {
  events: TimelineEvent[];
  /** Markdown from the section that is not an event (notes, day lines, unparsed entries), in order. */
  notes: string[];
  /** Entries that look time-stamped but could not be placed (no incident day). */
  unresolved: string[];
  /** Events written with an approximate time ("± 23:30"), by index. */
  approximate: number[];
  /** Whether any event took the default zone (so an assumed zone is worth reporting). */
  usedDefaultZone: boolean;
}

// A time of day more than this much earlier than the one before it is on the next day; a small
// step back is an entry written out of order.
const ROLLOVER_MINUTES = 120;

const TIME_COLUMN = /\b(time|when|date|timestamp|utc|pst|pdt)\b/;
const TABLE_ROLES = {
  time: TIME_COLUMN,
  actor: /\b(who|actor|person|owner|by)\b/,
  text: /\b(event|events|description|what|action|details|activity|note|notes|summary|update)\b/,
};

export function extractTimeline(blocks: readonly Block[], context: TimelineContext): TimelineResult {
  const result: TimelineResult = { events: [], notes: [], unresolved: [], approximate: [], usedDefaultZone: false };
  let day = context.day;
  let previous: number | undefined;

  const add = (stamp: Stamp, text: string, extra: Partial<TimelineEvent> & Record<string, string> = {}): boolean => {
    // A date on the entry is for that entry ("Unless otherwise noted all events happened on …").
    const named = stamp.day ?? (stamp.monthDay && day ? nearestDay(stamp.monthDay.month, stamp.monthDay.day, day) : undefined);
    if (!(named ?? day) || !text.trim()) return false;
    const zone = stamp.zone ?? context.zone;
    let at = instantOf((named ?? day)!, stamp.minutes, zone);
    if (!named && day && previous !== undefined && at < previous - ROLLOVER_MINUTES * 60_000) {
      day = nextDay(day);
      at = instantOf(day, stamp.minutes, zone);
    }
    previous = at;
    if (!stamp.zone) result.usedDefaultZone = true;
    if (stamp.approximate) result.approximate.push(result.events.length);
    // Continuation lines lose the indent that lined them up under the first line's text.
    result.events.push({ at: isoUtc(at), text: eventText(text), ...(stamp.until ? { 'x-until': stamp.until } : {}), ...extra });
    return true;
  };
  const place = (stamp: Stamp, text: string, source: string, extra?: Record<string, string>) => {
    if (!add(stamp, text, extra)) {
      result.notes.push(source);
      result.unresolved.push(source);
    }
  };
  const placeDay = (onDay: string, text: string, extra: Record<string, string> = {}) => {
    result.events.push({ at: onDay, text: eventText(text), ...extra });
  };
  // A line with a date and no time ("2019-01-23", "All times in PST, on February 5th 2019") names the day.
  const noteDay = (text: string) => {
    const found = findDate(text);
    if (found) {
      day = found.day;
      previous = undefined;
    }
    return found?.day;
  };

  // Under a heading that is a time ("### 4:27"), the blocks up to the next heading are its text;
  // under one that is only a day ("### 2016-10-24"), paragraphs with no time are that day's entry.
  let headed: { stamp: Stamp; heading: string; parts: string[] } | undefined;
  let dayHeaded: { day: string; parts: string[] } | undefined;
  const closeHeadings = () => {
    if (headed) place(headed.stamp, headed.parts.join('\n\n'), [headed.heading, ...headed.parts].join('\n\n'));
    if (dayHeaded?.parts.length) placeDay(dayHeaded.day, dayHeaded.parts.join('\n\n'));
    headed = undefined;
    dayHeaded = undefined;
  };

  for (const block of blocks) {
    if (block.kind === 'heading') {
      closeHeadings();
      const stamp = parseStamp(block.text);
      if (stamp) {
        headed = { stamp, heading: block.source, parts: stamp.rest ? [stamp.rest] : [] };
        continue;
      }
      const named = noteDay(block.text);
      if (named && isOnlyDate(block.text)) dayHeaded = { day: named, parts: [] };
      result.notes.push(block.source);
      continue;
    }
    if (headed) {
      headed.parts.push(block.source);
      continue;
    }
    if (dayHeaded) {
      if (block.kind === 'paragraph' && !paragraphLines(block.source).some((line) => parseStamp(line)) && !documentZone(block.source)) {
        dayHeaded.parts.push(block.source);
        continue;
      }
      closeHeadings();
    }
    if (block.kind === 'list') {
      const unplaced: string[] = [];
      for (const item of block.items) {
        const stamp = parseStamp(item.text);
        if (stamp) place(stamp, stamp.rest, itemMarkdown(item));
        else {
          noteDay(item.text);
          unplaced.push(itemMarkdown(item));
        }
      }
      if (unplaced.length) result.notes.push(unplaced.join('\n'));
    } else if (block.kind === 'paragraph') {
      const loose: string[] = [];
      let current: { stamp: Stamp; lines: string[] } | undefined;
      const flush = () => {
        if (current) place(current.stamp, current.lines.join('\n'), current.lines.join('\n'));
        current = undefined;
      };
      for (const line of paragraphLines(block.source)) {
        const stamp = parseStamp(line);
        if (stamp) {
          flush();
          current = { stamp, lines: [stamp.rest] };
        } else if (current) current.lines.push(line);
        else loose.push(line);
      }
      flush();
      if (loose.length) {
        noteDay(loose.join(' '));
        result.notes.push(loose.join('\n'));
      }
    } else if (block.kind === 'table') {
      tableEvents(block.header, block.rows, { place, placeDay }, result.notes);
    } else {
      result.notes.push(block.source);
    }
  }
  closeHeadings();
  return result;
}

/** A paragraph's lines; `<br>` breaks a line too ("14:44 - it broke<br> 14:45 - …"). */
function paragraphLines(source: string): string[] {
  return source.replace(/<br\s*\/?>[ \t]*/gi, '\n').split('\n');
}

function eventText(text: string): string {
  return text.trim().replace(/\n[ \t]+(?![-*+][ \t]|\d+[.)][ \t])/g, '\n');
}

interface Placing {
  place: (stamp: Stamp, text: string, source: string, extra?: Record<string, string>) => void;
  placeDay: (day: string, text: string, extra?: Record<string, string>) => void;
}

function tableEvents(header: readonly string[], rows: readonly string[][], { place, placeDay }: Placing, notes: string[]): void {
  const roles = columnRoles(header, TABLE_ROLES);
  const timeColumn = roles.get('time') ?? 0;
  const textColumn = roles.get('text');
  const actorColumn = roles.get('actor');
  // "Date and Time in CET": the header names the zone of the column's times.
  const headerZone = new RegExp(`\\b(${ZONE_PATTERN})\\b`, 'i').exec(header[timeColumn] ?? '')?.[1];
  const zone = headerZone ? parseZone(headerZone) : undefined;
  const used = new Set([timeColumn, ...(textColumn === undefined ? [] : [textColumn]), ...(actorColumn === undefined ? [] : [actorColumn])]);
  const unplaced: string[] = [];
  for (const row of rows) {
    const source = `| ${row.join(' | ')} |`;
    const cell = row[timeColumn] ?? '';
    const stamp = parseStamp(`${cell} -`);
    const text = textColumn === undefined ? row.filter((_, i) => i !== timeColumn && i !== actorColumn).join(' — ') : (row[textColumn] ?? '');
    // A row with a day and no time ("2021-12-10", "2019-12-03 --:--") is an entry of that day.
    const onDay = stamp ? undefined : dayOnly(cell);
    if ((!stamp && !onDay) || !text.trim()) {
      unplaced.push(source);
      continue;
    }
    const extra: Record<string, string> = textColumn === undefined ? {} : otherCells(header, row, used);
    const actor = actorColumn === undefined ? '' : (row[actorColumn] ?? '');
    const fields = { ...(actor ? { actor } : {}), ...extra };
    if (stamp) place(zone && !stamp.zone ? { ...stamp, zone } : stamp, text, source, fields);
    else placeDay(onDay!, text, fields);
  }
  if (unplaced.length) notes.push([`| ${header.join(' | ')} |`, `|${header.map(() => ' --- |').join('')}`, ...unplaced].join('\n'));
}

/** The day of a cell that is a date and no time, or a time left blank ("--:--", "??:??"). */
function dayOnly(cell: string): string | undefined {
  const found = findDate(cell);
  if (!found) return undefined;
  const rest = cell.slice(0, found.index) + cell.slice(found.index + found.length);
  return /^[\s\-–—:?x*_`]*$/i.test(rest) ? found.day : undefined;
}
