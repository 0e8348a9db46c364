/**
 * Rows as aligned columns separated by `separator`; the columns listed in `right` are
 * right-aligned (numbers), the rest left-aligned. Trailing spaces are trimmed.
 */
export function alignColumns(rows: readonly (readonly string[])[], options: { separator?: string; right?: readonly number[] } = {}): string[] {
  const { separator = '  ', right = [] } = options;
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, i) => (right.includes(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(separator).trimEnd());
}
