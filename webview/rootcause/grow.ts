// Text areas that grow with their text, so an answer is never cut off mid-sentence: the rows of a
// <vscode-textarea> are set from what its text needs at the width it has now.

/** A <vscode-textarea>: its `rows` re-renders the text area inside its shadow root. */
type TextArea = HTMLElement & { rows: number };

/** Sets `element`'s rows to what its text needs, at least `min`. Does nothing before it is laid out. */
export function growToFit(element: Element | null, min = 2): void {
  const outer = element as TextArea | null;
  const inner = outer?.shadowRoot?.querySelector('textarea');
  if (!outer || !inner || inner.clientWidth === 0) return;
  const style = getComputedStyle(inner);
  const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
  const border = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
  // Measured at one row: the box then holds one line, and scrollHeight is the whole text's.
  const rows = inner.rows;
  const height = inner.style.height;
  inner.rows = 1;
  inner.style.height = 'auto';
  const line = inner.offsetHeight - padding - border;
  const text = inner.scrollHeight - padding;
  const needed = line > 0 ? Math.ceil(text / line - 0.05) : min;
  inner.rows = rows;
  inner.style.height = height;
  const wanted = Math.max(min, needed);
  if (outer.rows !== wanted) outer.rows = wanted;
}
