// The fishbone's zoom: "fit" scales the diagram down (never up) to the panel's width; the zoom
// buttons step through fixed levels from wherever the diagram is now. Pure.

/** `fit`, or a scale of the diagram's own size (1 = 100%). */
export type Zoom = 'fit' | number;

export const ZOOM_LEVELS: readonly number[] = [0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1, 1.25, 1.5, 2];

/** The scale the diagram is shown at: for `fit`, what makes `naturalWidth` fit `available`, at most 1. */
export function effectiveScale(zoom: Zoom, naturalWidth: number, available: number): number {
  if (zoom !== 'fit') return zoom;
  return naturalWidth > 0 && available > 0 ? Math.min(1, available / naturalWidth) : 1;
}

/** The next level in `direction` from `scale`; the last level when there is none further. */
export function stepZoom(scale: number, direction: 1 | -1): number {
  const EPSILON = 0.001;
  if (direction > 0) return ZOOM_LEVELS.find((level) => level > scale + EPSILON) ?? ZOOM_LEVELS[ZOOM_LEVELS.length - 1];
  return [...ZOOM_LEVELS].reverse().find((level) => level < scale - EPSILON) ?? ZOOM_LEVELS[0];
}

/** "Fit (64%)", "125%". */
export function zoomLabel(zoom: Zoom, scale: number): string {
  const percent = `${Math.round(scale * 100)}%`;
  return zoom === 'fit' ? `Fit (${percent})` : percent;
}
