// A review as the site's pages list it: the index entry (workspace-index.ts) and its page.
import type { ReviewEntry } from '../workspace-index';

export interface SiteReview {
  /** The review file, relative to where the build was run, `/`-separated. It is the entry's uri. */
  path: string;
  /** Its page, relative to the site root. */
  page: string;
  entry: ReviewEntry;
}
