/** Replace `text[start, end)` by `newText`. Offsets are UTF-16 string offsets, as in JS strings and VS Code. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** Why an edit was refused: the text does not parse, or the path does not fit the document. Nothing was written. */
export class EditError extends Error {
  override readonly name = 'EditError';
}

/** Applies non-overlapping edits given in any order. Touching edits (one ends where the next starts) are fine. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let result = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > text.length) {
      throw new EditError(`Edits overlap or fall outside the text at ${edit.start}-${edit.end}.`);
    }
    result += text.slice(cursor, edit.start) + edit.newText;
    cursor = edit.end;
  }
  return result + text.slice(cursor);
}
