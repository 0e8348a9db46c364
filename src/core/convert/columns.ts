// Table columns by meaning: "Owner", "Assignee" and "Who" are one column to the converter,
// whatever their order. Shared by timeline and action-item tables.
import { headingWords } from './sections';

/** Which column plays each role; a column plays at most one, the first role whose pattern it matches. */
export function columnRoles<Role extends string>(header: readonly string[], patterns: Record<Role, RegExp>): Map<Role, number> {
  const roles = new Map<Role, number>();
  header.forEach((name, index) => {
    const words = headingWords(name);
    const role = (Object.keys(patterns) as Role[]).find((r) => !roles.has(r) && patterns[r].test(words));
    if (role) roles.set(role, index);
  });
  return roles;
}

/** `x-` keys for the cells of columns that play no role, so no cell is lost. */
export function otherCells(header: readonly string[], row: readonly string[], used: ReadonlySet<number>): Record<string, string> {
  const cells: Record<string, string> = {};
  row.forEach((cell, index) => {
    if (used.has(index) || !cell) return;
    const name = headingWords(header[index] ?? '').replace(/\s+/g, '-') || `column-${index + 1}`;
    cells[`x-${name}`] = cell;
  });
  return cells;
}
