// The search box: queries the MiniSearch index that the shard scripts (search/index-NN.js) put
// in a global, and lists the matching passages, each a link to its anchor on the review's page.
import MiniSearch, { type SearchResult } from 'minisearch';
import { miniSearchOptions, SEARCH_GLOBAL, type Passage } from '../../src/core/site/search-options';

const MAX_RESULTS = 50;
/** Characters of context shown on each side of the first match. */
const CONTEXT = 90;

export function setUpSearch(input: HTMLInputElement, list: HTMLOListElement, status: HTMLElement): void {
  const data = (window as unknown as Record<string, unknown>)[SEARCH_GLOBAL];
  if (!Array.isArray(data)) {
    status.textContent = 'The search index (search/index-NN.js) did not load.';
    input.disabled = true;
    return;
  }
  const options = miniSearchOptions();
  const shards = data.map((shard: Parameters<typeof MiniSearch.loadJS>[0]) => MiniSearch.loadJS<Passage>(shard, options));
  // Each shard scores with its own term statistics; spread by page hash, they are alike enough to merge by score.
  const search = (query: string) => shards.flatMap((shard) => shard.search(query)).sort((a, b) => b.score - a.score);
  const run = () => {
    const query = input.value.trim();
    list.replaceChildren();
    if (!query) {
      status.textContent = '';
      return;
    }
    const results = search(query);
    status.textContent = results.length === 0 ? 'No passage matches.' : `${results.length} passage${results.length === 1 ? '' : 's'}${results.length > MAX_RESULTS ? `, first ${MAX_RESULTS} shown` : ''}.`;
    list.append(...results.slice(0, MAX_RESULTS).map(resultItem));
  };
  input.addEventListener('input', run);
  // Enter opens the first result; the others are links reached with Tab.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') list.querySelector('a')?.click();
  });
  const query = new URLSearchParams(location.search).get('q');
  if (query) input.value = query;
  run();
}

function resultItem(result: SearchResult): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.href as string;
  link.textContent = result.title as string;
  const section = document.createElement('span');
  section.className = 'site-section';
  section.textContent = ` · ${result.section as string}`;
  const passage = document.createElement('p');
  passage.append(...highlighted(excerpt(result.text as string, result.terms), result.terms));
  item.append(link, section, passage);
  return item;
}

/** The text around the first matching term. */
function excerpt(text: string, terms: string[]): string {
  const lower = text.toLowerCase();
  const at = Math.min(...terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0), text.length);
  const start = at === text.length ? 0 : Math.max(0, at - CONTEXT);
  const end = Math.min(text.length, (at === text.length ? 0 : at) + CONTEXT * 2);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ')}${end < text.length ? '…' : ''}`;
}

/** Text nodes and <mark>s for the matched terms (never HTML from the review). */
function highlighted(text: string, terms: string[]): Node[] {
  const escaped = terms.filter(Boolean).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (escaped.length === 0) return [document.createTextNode(text)];
  const pattern = new RegExp(`(${escaped.join('|')})`, 'gi');
  return text.split(pattern).map((part, i) => {
    if (i % 2 === 0) return document.createTextNode(part);
    const mark = document.createElement('mark');
    mark.textContent = part;
    return mark;
  });
}
