// The id of a new review, from the `idFormat` of `.pirrc.yaml` (default `PIR-YYYY-NNN`): YYYY is
// the incident's year, MM and DD its month and day, and the last run of N's a number one above the
// highest that ids of the same form already use in the workspace, zero-padded to the run's width.

/** `format` for the incident day `date` and the next free number among `existingIds`. */
export function nextReviewId(format: string, date: Date, existingIds: Iterable<string>): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const dated = format
    .replace(/YYYY/g, String(date.getFullYear()))
    .replace(/MM/g, pad(date.getMonth() + 1, 2))
    .replace(/DD/g, pad(date.getDate(), 2));
  const run = /N+(?!.*N)/.exec(dated); // the last run: a prefix such as INC may hold an N
  if (!run) return dated;
  const [before, after] = [dated.slice(0, run.index), dated.slice(run.index + run[0].length)];
  const sameForm = new RegExp(`^${escapeRegExp(before)}(\\d+)${escapeRegExp(after)}$`);
  let highest = 0;
  for (const id of existingIds) {
    const number = sameForm.exec(id)?.[1];
    if (number !== undefined) highest = Math.max(highest, Number(number));
  }
  return before + pad(highest + 1, run[0].length) + after;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
