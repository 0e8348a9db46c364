// Dates, times of day and time zones as postmortems write them, turned into UTC instants.

/** A time zone: a fixed offset (from "PST", "UTC-7") or an IANA name (from an option). */
export type Zone = { offsetMinutes: number; name: string } | { iana: string; name: string };

// The abbreviations postmortems use. Ambiguous ones (IST, CST) take their most common reading.
const ABBREVIATIONS: Record<string, number> = {
  UTC: 0, GMT: 0, Z: 0, WET: 0,
  PST: -480, PDT: -420, MST: -420, MDT: -360, CST: -360, CDT: -300, EST: -300, EDT: -240,
  AKST: -540, AKDT: -480, HST: -600,
  BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180,
  IST: 330, SGT: 480, HKT: 480, JST: 540, KST: 540, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
};

/** The pattern of a zone written after a time or in "All times PST": an abbreviation or UTC±H(:MM). */
export const ZONE_PATTERN = `(?:(?:UTC|GMT)\\s?[+-−]\\s?\\d{1,2}(?::?\\d{2})?|${Object.keys(ABBREVIATIONS).filter((z) => z !== 'Z').join('|')})`;

/** "PDT", "UTC-7", "UTC+05:30" as a zone; undefined for anything else. */
export function parseZone(text: string): Zone | undefined {
  const trimmed = text.trim().toUpperCase();
  const offset = /^(?:UTC|GMT)\s?([+-−])\s?(\d{1,2})(?::?(\d{2}))?$/.exec(trimmed);
  if (offset) {
    const minutes = Number(offset[2]) * 60 + Number(offset[3] ?? 0);
    return { offsetMinutes: offset[1] === '+' ? minutes : -minutes, name: trimmed.replace('−', '-') };
  }
  return trimmed in ABBREVIATIONS ? { offsetMinutes: ABBREVIATIONS[trimmed], name: trimmed } : undefined;
}

/** An IANA zone name as a zone, if this runtime knows it. */
export function ianaZone(name: string): Zone | undefined {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return { iana: name, name };
  } catch {
    return undefined;
  }
}

/**
 * The zone a document states for its times: "All times UTC", "All times in PST, on February
 * 5th", "times are in UTC", "Timeline (PDT)". Undefined when it states none.
 */
export function documentZone(text: string): Zone | undefined {
  const patterns = [
    new RegExp(`\\btimes\\b[^.\\n]{0,30}?\\b(${ZONE_PATTERN})\\b`, 'i'),
    new RegExp(`\\btimeline\\b[^\\n]{0,12}?\\(\\s*(${ZONE_PATTERN})\\s*\\)`, 'i'),
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) {
      const after = text.slice(match.index + match[0].length);
      // "PDT (UTC-7)": the explicit offset says the same more exactly.
      const offset = new RegExp(`^\\s*\\((UTC\\s?[+-−]\\s?\\d{1,2}(?::?\\d{2})?)\\)`, 'i').exec(after);
      // "PST/PDT": the region's clock, standard or daylight time as the date has it.
      const pair = /^\s*\/\s*([a-z]{3,4})\b/i.exec(after);
      const region = pair ? REGIONS[`${match[1]}/${pair[1]}`.toUpperCase()] : undefined;
      return region ? ianaZone(region) : parseZone(offset?.[1] ?? match[1]);
    }
  }
  return undefined;
}

/** Standard and daylight abbreviations written together, as the zone whose clock they are. */
const REGIONS: Record<string, string> = {
  'PST/PDT': 'America/Los_Angeles', 'MST/MDT': 'America/Denver', 'CST/CDT': 'America/Chicago', 'EST/EDT': 'America/New_York',
  'GMT/BST': 'Europe/London', 'CET/CEST': 'Europe/Berlin', 'EET/EEST': 'Europe/Helsinki', 'AEST/AEDT': 'Australia/Sydney',
};

/** Milliseconds since the epoch of a wall-clock time on `day` (YYYY-MM-DD) in `zone`. */
export function instantOf(day: string, minutes: number, zone: Zone): number {
  const wall = Date.parse(`${day}T00:00:00Z`) + minutes * 60_000;
  if ('offsetMinutes' in zone) return wall - zone.offsetMinutes * 60_000;
  // An IANA zone's offset depends on the instant; two rounds settle it, also across a DST change.
  let guess = wall - offsetIn(zone.iana, wall) * 60_000;
  guess = wall - offsetIn(zone.iana, guess) * 60_000;
  return guess;
}

function offsetIn(iana: string, ms: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: iana, timeZoneName: 'longOffset' })
    .formatToParts(ms)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  return match ? (match[1] === '+' ? 1 : -1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** An instant as the review writes it: `2026-03-14T09:12:00Z`. */
export function isoUtc(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ORDINAL = '(\\d{1,2})(?:st|nd|rd|th)?';

const DATE_SOURCE = `\\b(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})\\b|\\b${MONTH}\\s+${ORDINAL},?\\s+(\\d{4})\\b|\\b${ORDINAL}\\s+${MONTH},?\\s+(\\d{4})\\b`;

/** Full dates as people write them: ISO, "January 23rd, 2019", "23 January 2019". */
export const DATE_PATTERN = new RegExp(DATE_SOURCE, 'i');

/** DATE_PATTERN without capturing groups, to build larger patterns from. */
export const DATE_TEXT = DATE_SOURCE.replace(/\((?!\?)/g, '(?:');

/** The first full date in `text` as YYYY-MM-DD, with where it was found. */
export function findDate(text: string): { day: string; index: number; length: number } | undefined {
  const global = new RegExp(DATE_PATTERN.source, 'gi');
  for (const match of text.matchAll(global)) {
    const [, isoYear, isoMonth, isoDay, m1, d1, y1, d2, m2, y2] = match;
    const parts = isoYear
      ? [Number(isoYear), Number(isoMonth), Number(isoDay)]
      : m1
        ? [Number(y1), monthNumber(m1), Number(d1)]
        : [Number(y2), monthNumber(m2), Number(d2)];
    const day = validDay(parts[0], parts[1], parts[2]);
    if (day) return { day, index: match.index, length: match[0].length };
  }
  return undefined;
}

/** "2016-10-24", "Tuesday, 2016-10-24": a full date and at most a word (a weekday) beside it. */
export function isOnlyDate(text: string): boolean {
  const found = findDate(text);
  if (!found) return false;
  const rest = text.slice(0, found.index) + text.slice(found.index + found.length);
  return !/\p{N}/u.test(rest) && rest.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length <= 1;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function validDay(year: number, month: number, day: number): string | undefined {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== iso ? undefined : iso;
}

/**
 * A month and day with no year ("12-05" in a timeline of 2019-03-26) on the date nearest to
 * `near`: December 5th before a March incident is the year before.
 */
export function nearestDay(month: number, day: number, near: string): string | undefined {
  const year = Number(near.slice(0, 4));
  const candidates = [year - 1, year, year + 1].map((y) => validDay(y, month, day)).filter((d): d is string => d !== undefined);
  const distance = (d: string) => Math.abs(Date.parse(d) - Date.parse(near));
  return candidates.sort((a, b) => distance(a) - distance(b))[0];
}

/** The day after YYYY-MM-DD. */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
