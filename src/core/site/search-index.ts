// The full-text index, built once at build time with MiniSearch and shipped as a script that
// sets a global (a page opened from file:// cannot fetch() a JSON file, but it can run a script).
import MiniSearch from 'minisearch';
import { SEARCH_GLOBAL, SEARCH_OPTIONS, type Passage } from './search-options';

/** `search-index.js`: the serialized index, with the passages' texts stored for the results. */
export function searchIndexScript(passages: readonly Passage[]): string {
  const index = new MiniSearch<Passage>({ ...SEARCH_OPTIONS, fields: [...SEARCH_OPTIONS.fields], storeFields: [...SEARCH_OPTIONS.storeFields] });
  index.addAll(passages);
  // JSON is a valid JS expression; `<` is escaped so no text can close a <script> it may be inlined in one day.
  return `window.${SEARCH_GLOBAL} = ${JSON.stringify(index).replace(/</g, '\\u003c')};\n`;
}
