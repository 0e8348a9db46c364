// The index page's table: filters (one <select> per facet; a row shows when it has every chosen
// value) and sorting by a column's `data-sort` values. Rows carry their facets as JSON arrays
// in data attributes, written by src/core/site/index-page.ts.

export function setUpTable(table: HTMLTableElement, selects: HTMLSelectElement[], count: HTMLElement | null, empty: HTMLElement | null): void {
  const body = table.tBodies[0];
  const rows = [...body.rows];
  const facets = rows.map((row) => {
    const map = new Map<string, string[]>();
    for (const select of selects) {
      const key = select.dataset.filter!;
      map.set(key, JSON.parse(row.dataset[key] ?? '[]') as string[]);
    }
    return map;
  });

  const filter = () => {
    const chosen = selects.filter((s) => s.value !== '').map((s) => [s.dataset.filter!, s.value] as const);
    let shown = 0;
    rows.forEach((row, i) => {
      const visible = chosen.every(([key, value]) => facets[i].get(key)!.includes(value));
      row.hidden = !visible;
      if (visible) shown++;
    });
    if (count) count.textContent = `(${shown === rows.length ? rows.length : `${shown} of ${rows.length}`})`;
    if (empty) empty.hidden = shown > 0;
  };
  for (const select of selects) select.addEventListener('change', filter);
  filter(); // a browser may restore the selects' values on Back

  const headers = [...table.tHead!.rows[0].cells];
  headers.forEach((th, column) => {
    const button = th.querySelector('button');
    if (!th.hasAttribute('data-sortable') || !button) return;
    button.addEventListener('click', () => {
      const descending = th.getAttribute('aria-sort') === 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      const key = (row: HTMLTableRowElement) => row.cells[column].dataset.sort ?? '';
      const sorted = [...body.rows].sort((a, b) => {
        const [x, y] = [key(a), key(b)];
        // Empty values (no date, no MTTR) go last either way.
        if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
        const order = Number.isNaN(Number(x)) || Number.isNaN(Number(y)) ? x.localeCompare(y) : Number(x) - Number(y);
        return descending ? -order : order;
      });
      body.append(...sorted);
    });
  });
}
