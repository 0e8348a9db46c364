/** Focuses a vscode-elements control (or any focusable element) once it has rendered its inner input: lit renders asynchronously. */
export function focusWhenRendered(element: Element | null | undefined): void {
  const target = element as (HTMLElement & { updateComplete?: Promise<unknown> }) | null | undefined;
  if (!target) return;
  if (target.updateComplete) void target.updateComplete.then(() => target.focus());
  else target.focus();
}
