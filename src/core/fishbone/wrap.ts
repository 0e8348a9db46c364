/** Text broken into lines for a diagram, which has no text flow of its own. */
export interface WrappedText {
  lines: string[];
  /** Whether text was cut to fit `maxLines`; the last line then ends in "…". */
  truncated: boolean;
}

/**
 * Greedy word wrap to `maxChars` per line; a word longer than a line (a URL, an id) is broken.
 * Stops reading once `maxLines` are full, so a megabyte of text costs no more than a line.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): WrappedText {
  const lines: string[] = [];
  let current = '';
  const push = (line: string) => lines.push(line);
  for (const match of text.matchAll(/\S+/g)) {
    let word = match[0];
    while (word.length > maxChars && lines.length <= maxLines) {
      if (current) push(current);
      current = '';
      push(word.slice(0, maxChars));
      word = word.slice(maxChars);
    }
    if (lines.length > maxLines) break;
    if (!current) current = word;
    else if (current.length + 1 + word.length <= maxChars) current += ` ${word}`;
    else {
      push(current);
      current = word;
    }
    if (lines.length > maxLines) break;
  }
  if (current) push(current);
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1];
  kept[maxLines - 1] = `${last.length < maxChars ? last : last.slice(0, maxChars - 1)}…`;
  return { lines: kept, truncated: true };
}
