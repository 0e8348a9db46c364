// Builds the knowledge base: what every file of the site contains, given the review texts and
// the manifest of the previous build. Pure (no disk): write-site.ts puts the result on disk.
// Incremental: a review whose text, page and related links are unchanged keeps its page, and
// its index entry and search passages come from the manifest instead of a new parse.
import { createHash } from 'node:crypto';
import { ParsedReview } from '../parse';
import { reliabilityReport } from '../reliability';
import type { TrackerConfig } from '../trackers/tracker-config';
import { readReview, type ReviewEntry } from '../workspace-index';
import { actionsPage } from './actions-page';
import { dashboardFiles } from './dashboard-page';
import { indexPage } from './index-page';
import { reviewPagePaths } from './page-paths';
import { reviewPassages, type ReviewPassage } from './passages';
import { relatedReviews } from './related';
import { reviewPage, type RelatedLink } from './review-page';
import type { Passage } from './search-options';
import { searchIndexScript } from './search-index';
import { SITE_CSS } from './site-css';
import type { SiteReview } from './site-review';

/** Bump when the pages' markup changes, so a rebuild renders every page again. */
const SITE_FORMAT = 1;
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
  /** Whether a page of the previous build is still on disk; a deleted one is rendered again. */
  hasPage?: (page: string) => boolean;
}

interface ManifestReview {
  /** sha-256 of the review's text. */
  hash: string;
  page: string;
  /** sha-256 of everything the page shows: text, page path, related links, SITE_FORMAT. */
  pageKey: string;
  entry: ReviewEntry;
  passages: ReviewPassage[];
}

export interface SiteManifest {
  format: typeof SITE_FORMAT;
  reviews: Record<string, ManifestReview>;
}

export interface SiteBuild {
  /** Files to write, by path relative to the output folder. */
  files: Map<string, string>;
  /** Review pages left as they are. */
  kept: string[];
  /** Pages of the previous build whose review is gone: to delete. */
  removed: string[];
  /** Reviews left out, and why. */
  problems: { path: string; message: string }[];
}

export function buildSite(sources: readonly SiteSource[], options: SiteOptions): SiteBuild {
  const previous = readManifest(options.previous);
  const problems: SiteBuild['problems'] = [];
  const pages = reviewPagePaths(sources.map((s) => s.path));
  const parsed = new Map<string, ParsedReview>();
  const reviews: (SiteReview & { hash: string; cached?: ManifestReview })[] = [];
  sources.forEach((source, i) => {
    const hash = sha256(source.text);
    const cached = previous?.reviews[source.path];
    if (cached && cached.hash === hash && cached.page === pages[i]) {
      reviews.push({ path: source.path, page: pages[i], entry: cached.entry, hash, cached });
      return;
    }
    const review = new ParsedReview(source.text);
    const reading = readReview(source.path, review);
    if ('parseError' in reading) {
      problems.push({ path: source.path, message: reading.parseError });
      return;
    }
    parsed.set(source.path, review);
    reviews.push({ path: source.path, page: pages[i], entry: reading.entry, hash });
  });

  const byUri = new Map(reviews.map((r) => [r.entry.uri, r]));
  const texts = new Map(sources.map((s) => [s.path, s.text]));
  // One report for the dashboard and the related links: finding repeats compares reviews pairwise.
  const report = reliabilityReport(reviews.map((r) => r.entry), { now: options.now, repeatWindowDays: options.repeatWindowDays });
  const related = relatedReviews(reviews.map((r) => r.entry), report.repeats);
  const files = new Map<string, string>();
  const kept: string[] = [];
  const manifest: SiteManifest = { format: SITE_FORMAT, reviews: {} };
  const passages: Passage[] = [];
  reviews.forEach((review, number) => {
    const links: RelatedLink[] = (related.get(review.entry.uri) ?? []).map((r) => {
      const other = byUri.get(r.uri)!;
      return { ...r, title: other.entry.title, page: other.page };
    });
    const pageKey = sha256(JSON.stringify([SITE_FORMAT, review.hash, review.page, links]));
    const unchanged = review.cached?.pageKey === pageKey && (options.hasPage?.(review.page) ?? true);
    let own = review.cached?.passages;
    if (unchanged) kept.push(review.page);
    else {
      // A cached review whose related links changed is parsed now: its page needs the full value.
      const value = (parsed.get(review.path) ?? new ParsedReview(texts.get(review.path)!)).value;
      files.set(review.page, reviewPage(value, review.entry.title, links));
      own ??= reviewPassages(value, review.page);
    }
    own ??= [];
    passages.push(...own.map((p, i) => ({ ...p, id: `${number}.${i}` })));
    manifest.reviews[review.path] = { hash: review.hash, page: review.page, pageKey, entry: review.entry, passages: own };
  });

  files.set('index.html', indexPage(reviews));
  files.set('actions.html', actionsPage(reviews, { now: options.now, tracker: options.tracker }));
  files.set('search-index.js', searchIndexScript(passages));
  files.set('site.css', SITE_CSS);
  files.set('site.js', options.scripts.site);
  const dashboard = dashboardFiles(reviews, report);
  files.set('dashboard.html', dashboard.page);
  files.set('dashboard-data.js', dashboard.data);
  files.set('dashboard.js', options.scripts.dashboard);
  files.set(MANIFEST_FILE, JSON.stringify(manifest));
  const current = new Set(reviews.map((r) => r.page));
  const removed = Object.values(previous?.reviews ?? {}).map((r) => r.page).filter((page) => !current.has(page));
  return { files, kept, removed, problems };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The previous manifest, or undefined when there is none or it is of another format (then everything is rendered). */
function readManifest(value: unknown): SiteManifest | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const manifest = value as Partial<SiteManifest>;
  return manifest.format === SITE_FORMAT && typeof manifest.reviews === 'object' && manifest.reviews !== null ? (manifest as SiteManifest) : undefined;
}
