// The search index's shape, shared by the build (src/core/site/search-index.ts) and the browser
// (webview/site/search.ts): MiniSearch must load an index with the options it was built with.

/** One searchable passage of a review: a section, a timeline event or an action item. */
export interface Passage {
  /** Unique in its shard: `<review number in the shard>.<passage number>`. */
  id: string;
  /** The review page and anchor, relative to the site root: `reviews/2026-03-checkout.html#timeline-3`. */
  href: string;
  /** The review's title. */
  title: string;
  /** Where in the review: "Timeline", "Root cause", "Action items"… */
  section: string;
  text: string;
}

const SEARCH_OPTIONS = {
  idField: 'id',
  fields: ['text'],
  storeFields: ['href', 'title', 'section', 'text'],
  searchOptions: { prefix: true, fuzzy: 0.15, combineWith: 'AND' },
} as const;

/** SEARCH_OPTIONS as MiniSearch takes them (mutable arrays), to build an index and to load one alike. */
export function miniSearchOptions() {
  return { ...SEARCH_OPTIONS, fields: [...SEARCH_OPTIONS.fields], storeFields: [...SEARCH_OPTIONS.storeFields] };
}

/** The global the index's shard scripts (`search/index-NN.js`) each add their serialized index to, read by the site script. */
export const SEARCH_GLOBAL = 'PIR_SEARCH_INDEX';
