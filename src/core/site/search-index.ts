// The full-text index, built at build time with MiniSearch and shipped as scripts that add to a
// global (a page opened from file:// cannot fetch() a JSON file, but it can run a script).
// It is cut into shards by review page, so a rebuild indexes again only the shards of the
// reviews that changed; the browser searches every shard and merges the results by score.
import MiniSearch from 'minisearch';
import type { ReviewPassage } from './passages';
import { miniSearchOptions, SEARCH_GLOBAL, type Passage } from './search-options';

/**
 * How many shards the reviews are spread over. Fixed, so a review stays in its shard as others
 * come and go; 32 keeps a rebuild's re-indexing to about 3 % of the whole while a shard of a
 * small site still holds enough passages for MiniSearch's term statistics to be comparable.
 */
export const SEARCH_SHARDS = 32;

/** The shard of the review whose page is `page`: FNV-1a of the path, so it never depends on other reviews. */
export function shardOf(page: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < page.length; i++) hash = Math.imul(hash ^ page.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % SEARCH_SHARDS;
}

/** The shard's script, relative to the site root. */
export function shardFile(shard: number): string {
  return `search/index-${String(shard).padStart(2, '0')}.js`;
}

/** A shard's script: the serialized index of its reviews' passages (in order), with their texts stored for the results. */
export function shardScript(reviews: readonly ReviewPassage[][]): string {
  const index = new MiniSearch<Passage>(miniSearchOptions());
  index.addAll(reviews.flatMap((passages, number) => passages.map((p, i) => ({ ...p, id: `${number}.${i}` }))));
  // JSON is a valid JS expression; `<` is escaped so no text can close a <script> it may be inlined in one day.
  return `(window.${SEARCH_GLOBAL} = window.${SEARCH_GLOBAL} || []).push(${JSON.stringify(index).replace(/</g, '\\u003c')});\n`;
}

/**
 * The passages a shard's script holds, by review page, in page order: a rebuild takes the
 * passages of unchanged reviews from here instead of parsing them again. Undefined when the
 * script is not one of ours.
 */
export function shardPassages(script: string): Map<string, ReviewPassage[]> | undefined {
  const start = script.indexOf('.push(');
  if (start < 0 || !script.endsWith(');\n')) return undefined;
  try {
    const { storedFields } = JSON.parse(script.slice(start + '.push('.length, -');\n'.length)) as { storedFields: Record<string, ReviewPassage> };
    const byPage = new Map<string, ReviewPassage[]>();
    // Short ids are numbers in the order the passages were added, which JSON keeps.
    for (const { href, title, section, text } of Object.values(storedFields)) {
      const page = href.split('#', 1)[0];
      const list = byPage.get(page);
      if (list) list.push({ href, title, section, text });
      else byPage.set(page, [{ href, title, section, text }]);
    }
    return byPage;
  } catch {
    return undefined;
  }
}
