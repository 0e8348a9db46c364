// Where each review's page goes in the site: `reviews/<its path, flattened>.html`. Stable for a
// file that keeps its path, so links and the incremental build's manifest survive rebuilds.

/** Page paths for review paths (relative, `/`-separated), in order; two paths never share a page. */
export function reviewPagePaths(reviewPaths: readonly string[]): string[] {
  const taken = new Set<string>();
  return reviewPaths.map((path) => {
    const base = path.replace(/\.pir\.ya?ml$|\.ya?ml$/i, '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'review';
    let page = `reviews/${base}.html`;
    for (let n = 2; taken.has(page.toLowerCase()); n++) page = `reviews/${base}-${n}.html`;
    taken.add(page.toLowerCase()); // case-insensitive file systems (macOS, Windows) would merge them
    return page;
  });
}
