// The knowledge base's script (src/core/site/): the index page's search, filters and sorting.
import { setUpSearch } from './search';
import { setUpTable } from './table';

const table = document.getElementById('reviews');
if (table instanceof HTMLTableElement) {
  setUpTable(table, [...document.querySelectorAll<HTMLSelectElement>('select[data-filter]')], document.getElementById('review-count'), document.getElementById('no-match'));
}
const input = document.getElementById('search');
const results = document.getElementById('search-results');
const status = document.getElementById('search-status');
if (input instanceof HTMLInputElement && results instanceof HTMLOListElement && status) setUpSearch(input, results, status);
