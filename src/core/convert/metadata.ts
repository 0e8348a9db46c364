// The facts about an incident a postmortem states outside its sections: in front matter
// (`title`, `date`, `author(s)`, `tags`, `severity`) or in "Key: value" lines under the title
// ("Date: 2019-01-23", "**Authors:** …", "Severity: SEV2").
import { stringOf } from '../review';
import { findDate, isOnlyDate } from './times';

export interface Metadata {
  title?: string;
  day?: string;
  authors?: string[];
  tags?: string[];
  /** The severity as written, for the severity scale to read. */
  severity?: string;
  /** Front-matter keys with no field of their own, kept as they were. */
  other: Record<string, unknown>;
}

const KEYS: Record<string, keyof Omit<Metadata, 'other'>> = {
  title: 'title',
  date: 'day',
  'incident date': 'day',
  author: 'authors',
  authors: 'authors',
  'created by': 'authors',
  'written by': 'authors',
  tags: 'tags',
  tag: 'tags',
  categories: 'tags',
  keywords: 'tags',
  severity: 'severity',
  sev: 'severity',
};

export function frontMatterMetadata(data: Record<string, unknown>): Metadata {
  const metadata: Metadata = { other: {} };
  for (const [key, value] of Object.entries(data)) {
    const field = KEYS[key.toLowerCase()];
    if (!field || !set(metadata, field, value)) metadata.other[key] = value;
  }
  return metadata;
}

/**
 * Reads "Key: value" lines (plain, bold or as list items) of a paragraph under the title into
 * `metadata`; returns the lines it did not use, which stay text.
 */
export function readMetadataLines(paragraph: string, metadata: Metadata): string[] {
  const kept: string[] = [];
  for (const line of paragraph.split('\n')) {
    const match = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?([A-Za-z][A-Za-z ]{1,20}?)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(.+?)\s*$/.exec(line);
    const field = match ? KEYS[match[1].trim().toLowerCase()] : undefined;
    const value = match ? match[2].replace(/\*\*|__/g, '').trim() : '';
    // "Date: 2026-03-14 · Severity: SEV1" says more than the date: the line stays text.
    const saysMore = field === 'day' && !isOnlyDate(value);
    if (!match || !field || saysMore || metadata[field] !== undefined || !set(metadata, field, value)) kept.push(line);
  }
  return kept;
}

function set(metadata: Metadata, field: keyof Omit<Metadata, 'other'>, value: unknown): boolean {
  const list = (v: unknown) =>
    (Array.isArray(v) ? v.map(String) : String(v ?? '').split(/\s*(?:,|;|\band\b)\s*/))
      .map((s) => s.replace(/<[^>]*>/g, '').replace(/\[(?:email|phone) redacted\]/g, '').trim())
      .filter(Boolean);
  switch (field) {
    case 'title':
      return (metadata.title = stringOf(value)?.trim() || undefined) !== undefined;
    case 'day':
      return (metadata.day = findDate(value instanceof Date ? value.toISOString() : String(value ?? ''))?.day) !== undefined;
    case 'authors':
    case 'tags': {
      const values = list(value);
      if (values.length) metadata[field] = values;
      return values.length > 0;
    }
    case 'severity':
      return (metadata.severity = value === undefined || value === null ? undefined : String(value)) !== undefined;
  }
}
