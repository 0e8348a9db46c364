// Builds the knowledge base: what every file of the site contains, given the review texts and
// the manifest of the previous build. Pure (no disk): write-site.ts puts the result on disk.
// Incremental: a review whose text, page and related links are unchanged keeps its page and is
// not parsed again (its index entry comes from the manifest); a search shard none of whose
// reviews changed is kept, and a changed shard takes its unchanged reviews' passages from its
// previous script. The result is the same, file for file, as a full build's.
import { createHash } from 'node:crypto';
import { ParsedReview } from '../parse';
import { reliabilityReport, type ReliabilityReport, type RepeatGroup } from '../reliability';
import type { TrackerConfig } from '../trackers/tracker-config';
import { startOfUtcDay } from '../time';
import { readReview, type ReviewEntry } from '../workspace-index';
import { actionsPage } from './actions-page';
import { dashboardFiles } from './dashboard-page';
import { indexPage } from './index-page';
import { reviewPagePaths } from './page-paths';
import { reviewPassages, type ReviewPassage } from './passages';
import { relatedReviews, type RelatedReview } from './related';
import { reviewPage, type RelatedLink } from './review-page';
import { shardFile, shardOf, shardPassages, shardScript } from './search-index';
import { SITE_CSS } from './site-css';
import type { SiteReview } from './site-review';

/** Bump when the pages' markup changes, so a rebuild renders every page again. */
const SITE_FORMAT = 3;
export const MANIFEST_FILE = 'pir-site.json';

/** A review file to publish: its path relative to the build's folder, `/`-separated, and its text. */
export interface SiteSource {
  path: string;
  text: string;
}

export interface SiteScripts {
  site: string;
  dashboard: string;
}

export interface SiteOptions {
  now: Date;
  /** The site's browser scripts: webview/site/main.ts and webview/site-dashboard/main.ts, bundled (dist/webview/site.js, site-dashboard.js). */
  scripts: SiteScripts;
  tracker?: TrackerConfig;
  repeatWindowDays?: number;
  /** The previous build's manifest as read from the output folder (anything else is ignored). */
  previous?: unknown;
  /** Render everything again: the previous manifest only says which files are gone. */
  full?: boolean;
  /** Whether a file of the previous build (relative to the output folder) is still there; a deleted one is written again. */
  hasFile?: (name: string) => boolean;
  /** A file of the previous build, if it is there: the search shards to rebuild are read back. */
  readFile?: (name: string) => string | undefined;
  /** Told what the build is doing, now and then, for a progress bar. */
  onProgress?: (message: string) => void;
}

interface ManifestReview {
  /** sha-256 of the review's text. */
  hash: string;
  page: string;
  /** sha-256 of everything the page shows: text, page path, related links, SITE_FORMAT. */
  pageKey: string;
  entry: ReviewEntry;
  /** sha-256 of the entry as the pages that span every review read it (without where things are in the file). */
  entryKey: string;
  /** Its related reviews, reused while what they are found from is unchanged (SiteManifest.related). */
  related: RelatedReview[];
}

export interface SiteManifest {
  format: typeof SITE_FORMAT;
  reviews: Record<string, ManifestReview>;
  /** sha-256 of what the pages that span every review show: every index entry and page, the day, the tracker, the repeat window. */
  aggregates: string;
  /** sha-256 of what related links are found from: each review's labels and incident time, the repeat window. */
  related?: string;
  /** The repeat groups found from those; their review refs are read again from the entries when used. */
  repeats?: RepeatGroup[];
  /** sha-256 of each search shard's reviews (page and text hash, in order), by shard file. */
  shards: Record<string, string>;
}

export interface SiteBuild {
  /** Files to write, by path relative to the output folder. */
  files: Map<string, string>;
  /** Review pages left as they are. */
  kept: string[];
  /** Search shards, and the pages that span every review, left as they are. */
  keptFiles: string[];
  /** Files of the previous build that are gone from this one (pages of removed reviews, emptied shards): to delete. */
  removed: string[];
  /** Reviews left out, and why. */
  problems: { path: string; message: string }[];
}

export function buildSite(sources: readonly SiteSource[], options: SiteOptions): SiteBuild {
  const previous = readManifest(options.previous);
  const cache = options.full ? undefined : previous;
  const problems: SiteBuild['problems'] = [];
  const pages = reviewPagePaths(sources.map((s) => s.path));
  const parsed = new Map<string, ParsedReview>();
  const reviews: (SiteReview & { hash: string; entryKey: string; cached?: ManifestReview })[] = [];
  sources.forEach((source, i) => {
    const hash = sha256(source.text);
    const cached = cache?.reviews[source.path];
    if (cached && cached.hash === hash && cached.page === pages[i]) {
      reviews.push({ path: source.path, page: pages[i], entry: cached.entry, hash, entryKey: cached.entryKey, cached });
      return;
    }
    const review = new ParsedReview(source.text);
    const reading = readReview(source.path, review);
    if ('parseError' in reading) {
      problems.push({ path: source.path, message: reading.parseError });
      return;
    }
    parsed.set(source.path, review);
    reviews.push({ path: source.path, page: pages[i], entry: reading.entry, hash, entryKey: entryKey(reading.entry) });
  });

  const report = (message: string) => options.onProgress?.(message);
  const byUri = new Map(reviews.map((r) => [r.entry.uri, r]));
  const texts = new Map(sources.map((s) => [s.path, s.text]));
  const hasFile = (name: string) => options.hasFile?.(name) ?? true;
  const keptFiles: string[] = [];
  // The site says what is overdue as of a day, so that a rebuild on the same day can keep the
  // pages that span every review when no review's index entry changed (an edit of prose, say).
  const now = new Date(startOfUtcDay(options.now.getTime()));
  const aggregates = sha256(JSON.stringify([
    SITE_FORMAT, now.getTime(), options.tracker ?? null, options.repeatWindowDays ?? null, reviews.map((r) => [r.path, r.page, r.entryKey]),
  ]));
  const sameAggregates = cache?.aggregates === aggregates;
  // Closing an action item changes the index but no related link nor repeat: those come only from these.
  const relatedKey = sha256(JSON.stringify([options.repeatWindowDays ?? null, reviews.map(({ entry }) =>
    [entry.uri, entry.services, entry.tags, entry.factorCategories, entry.times.started ?? null, entry.times.detected ?? null])]));
  const knownRepeats = cache?.related === relatedKey && Array.isArray(cache.repeats) ? cache.repeats : undefined;
  // One report for the dashboard and the related links: finding repeats compares reviews pairwise.
  let reliability: ReliabilityReport | undefined;
  const reliabilityOf = () => (reliability ??= reliabilityReport(reviews.map((r) => r.entry), { now, repeatWindowDays: options.repeatWindowDays, knownRepeats }));
  const related = sameAggregates || knownRepeats ? undefined : relatedReviews(reviews.map((r) => r.entry), reliabilityOf().repeats);
  // The reviews whose title or page a link to them shows differently now: pages linking to them change.
  const relabelled = new Set(reviews.filter((r) => {
    const before = cache?.reviews[r.path];
    return before?.page !== r.page || before.entry.title !== r.entry.title;
  }).map((r) => r.entry.uri));
  const files = new Map<string, string>();
  const kept: string[] = [];
  const manifest: SiteManifest = { format: SITE_FORMAT, reviews: {}, aggregates, related: relatedKey, repeats: [], shards: {} };
  const valueOf = (path: string) => (parsed.get(path) ?? new ParsedReview(texts.get(path)!)).value;
  const passagesOf = new Map<string, ReviewPassage[]>();
  reviews.forEach((review, done) => {
    if (done % 100 === 0) report(`Rendering the pages (${done} of ${reviews.length})`);
    const relatedHere = related?.get(review.entry.uri) ?? cache?.reviews[review.path]?.related ?? [];
    // Made only when the page's key or the page itself is: most pages of a rebuild need neither.
    let shown: RelatedLink[] | undefined;
    const links = () => (shown ??= relatedHere.map((r) => {
      const other = byUri.get(r.uri)!;
      return { ...r, title: other.entry.title, page: other.page };
    }));
    // The key of a page whose text, links and linked titles are as before is as before: not hashed again.
    const sameLinks = review.cached && !related && !relatedHere.some((r) => relabelled.has(r.uri));
    const pageKey = sameLinks && review.cached?.pageKey ? review.cached.pageKey : sha256(JSON.stringify([SITE_FORMAT, review.hash, review.page, links()]));
    if (review.cached?.pageKey === pageKey && hasFile(review.page)) kept.push(review.page);
    else {
      // A cached review whose related links changed is parsed now: its page needs the full value.
      const value = valueOf(review.path);
      files.set(review.page, reviewPage(value, review.entry.title, links()));
      if (!review.cached) passagesOf.set(review.path, reviewPassages(value, review.page));
    }
    manifest.reviews[review.path] = { hash: review.hash, page: review.page, pageKey, entry: review.entry, entryKey: review.entryKey, related: relatedHere };
  });

  const shards = new Map<string, typeof reviews>();
  for (const review of reviews) {
    const file = shardFile(shardOf(review.page));
    const members = shards.get(file);
    if (members) members.push(review);
    else shards.set(file, [review]);
  }
  for (const [file, members] of [...shards].sort(([a], [b]) => (a < b ? -1 : 1))) {
    report(`Indexing for search (${Object.keys(manifest.shards).length} of ${shards.size})`);
    const key = sha256(JSON.stringify([SITE_FORMAT, members.map((r) => [r.page, r.hash])]));
    manifest.shards[file] = key;
    if (cache?.shards[file] === key && hasFile(file)) {
      keptFiles.push(file);
      continue;
    }
    // Unchanged reviews' passages are in the shard's previous script; a review missing there is parsed.
    const before = members.some((r) => r.cached) ? shardPassages(options.readFile?.(file) ?? '') : undefined;
    files.set(file, shardScript(members.map((r) => passagesOf.get(r.path) ?? (r.cached ? before?.get(r.page) : undefined) ?? reviewPassages(valueOf(r.path), r.page))));
  }

  let dashboard: { page: string; data: string } | undefined;
  const dashboardOf = () => (dashboard ??= dashboardFiles(reviews, reliabilityOf()));
  const aggregatePages: [string, () => string][] = [
    ['index.html', () => indexPage(reviews, Object.keys(manifest.shards))],
    ['actions.html', () => actionsPage(reviews, { now, tracker: options.tracker })],
    ['dashboard.html', () => dashboardOf().page],
    ['dashboard-data.js', () => dashboardOf().data],
  ];
  for (const [name, render] of aggregatePages) {
    if (sameAggregates && hasFile(name)) keptFiles.push(name);
    else files.set(name, render());
  }
  files.set('site.css', SITE_CSS);
  files.set('site.js', options.scripts.site);
  files.set('dashboard.js', options.scripts.dashboard);
  manifest.repeats = reliability?.repeats ?? knownRepeats ?? reliabilityOf().repeats;
  files.set(MANIFEST_FILE, JSON.stringify(manifest));
  const current = new Set([...reviews.map((r) => r.page), ...Object.keys(manifest.shards)]);
  const before = [...Object.values(previous?.reviews ?? {}).map((r) => r.page), ...Object.keys(previous?.shards ?? {})];
  const removed = before.filter((name) => !current.has(name));
  return { files, kept, keptFiles, removed, problems };
}

/**
 * The manifest to leave while a build moves its files into place: the previous one, except
 * that it no longer vouches for `replaced` files, so a build that stops half-way is finished
 * by the next one. Undefined when there was no previous manifest.
 */
export function interimManifest(previous: unknown, replaced: ReadonlySet<string>): string | undefined {
  const manifest = readManifest(previous);
  if (!manifest) return undefined;
  const reviews = Object.fromEntries(Object.entries(manifest.reviews).map(([path, r]) => [path, replaced.has(r.page) ? { ...r, pageKey: '' } : r]));
  const shards = Object.fromEntries(Object.entries(manifest.shards).map(([file, key]) => [file, replaced.has(file) ? '' : key]));
  return JSON.stringify({ ...manifest, reviews, shards });
}

/** Where an action item is in its file (`range`, `line`) is not shown on those pages, and moves with any edit above it. */
function entryKey(entry: ReviewEntry): string {
  return sha256(JSON.stringify(entry, (key, value: unknown) => (key === 'range' || key === 'line' ? undefined : value)));
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The previous manifest, or undefined when there is none or it is of another format (then everything is rendered). */
function readManifest(value: unknown): SiteManifest | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const manifest = value as Partial<SiteManifest>;
  const isRecord = (v: unknown) => typeof v === 'object' && v !== null;
  return manifest.format === SITE_FORMAT && isRecord(manifest.reviews) && isRecord(manifest.shards) && typeof manifest.aggregates === 'string' ? (manifest as SiteManifest) : undefined;
}
