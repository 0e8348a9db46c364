/**
 * Wraps a panel's render so it never runs inside itself: removing a focused field fires its
 * focusout handler in the middle of a render, and that handler paints; render again right after
 * instead of inside lit's DOM update.
 */
export function serialPainter(draw: () => void): () => void {
  let painting = false;
  const paint = (): void => {
    if (painting) return void queueMicrotask(paint);
    painting = true;
    try {
      draw();
    } finally {
      painting = false;
    }
  };
  return paint;
}

/** Calls `save` once scrolling has paused, so the panel's saved state keeps its scroll position. */
export function saveOnScroll(save: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener('scroll', () => {
    clearTimeout(timer);
    timer = setTimeout(save, 200);
  });
}
