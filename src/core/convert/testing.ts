// Test helper: how much of a source's wording a converted review keeps. Words are counted with
// their repeats, so a paragraph that went missing shows even when its words occur elsewhere.
import { redactContacts } from './redact';

// Written once as `at`: the time stamp's meridiem and zone words are not kept as words.
const STAMP_WORDS = new Set(['am', 'pm', 'utc', 'gmt', 'pst', 'pdt', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'cet', 'cest', 'bst']);

function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [word] of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    if (!STAMP_WORDS.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** Every string and key in a value, joined. */
function allText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(allText).join('\n');
  if (value && typeof value === 'object') return Object.entries(value).map(([k, v]) => `${k}\n${allText(v)}`).join('\n');
  return String(value);
}

/**
 * The source's prose: its text without the structure a review expresses otherwise: headings
 * and table header rows (they become keys), checkboxes (they become a status), front-matter
 * keys, link reference definitions and the labels that point at them (links are written
 * inline), and `<br>` line breaks (they become line breaks).
 */
function prose(markdown: string): string {
  return redactContacts(markdown)
    .text.replace(/^---\n[\s\S]*?\n---\n/, (front) => front.replace(/^[\w-]+:/gm, ''))
    .replace(/^ {0,3}#{1,6}[ \t].*$/gm, '')
    .replace(/^.*\|.*\n(?=[ \t]*\|?[ \t]*:?-{3,})/gm, '')
    .replace(/^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$/gm, '')
    .replace(/\]\[[^\]]*\]/g, ']')
    .replace(/^([ \t]*[-*+][ \t]+)\[[xX ]\]/gm, '$1')
    .replace(/<br\s*\/?>/gi, ' ');
}

/** The share of the source's prose words found in `review` (counting repeats), and the missing ones. */
export function wordCoverage(markdown: string, review: unknown): { ratio: number; missing: string[] } {
  const source = words(prose(markdown));
  const output = words(allText(review));
  let total = 0;
  let kept = 0;
  const missing: string[] = [];
  for (const [word, count] of source) {
    total += count;
    const found = Math.min(count, output.get(word) ?? 0);
    kept += found;
    if (found < count) missing.push(`${word}×${count - found}`);
  }
  return { ratio: total ? kept / total : 1, missing };
}
