/**
 * The name of a review's exported fishbone, next to the review:
 * `2026-03-14-outage.pir.yaml` -> `2026-03-14-outage.fishbone.svg`. A base name only, never a path.
 */
export function fishboneFileName(reviewFileName: string): string {
  const base = reviewFileName.slice(Math.max(reviewFileName.lastIndexOf('/'), reviewFileName.lastIndexOf('\\')) + 1);
  const stem = base.replace(/(\.pir)?\.ya?ml$/i, '').replace(/^\.+/, '');
  return `${stem || 'review'}.fishbone.svg`;
}
