// The frame of every page of the site: head with the CSP, the stylesheet, the navigation.
import { pageStart } from '../render/page-head';

/**
 * Scripts and styles from the site's own files only: nothing inline, nothing remote, no
 * network requests at all (connect-src 'none'). Works the same from file:// and a web host.
 */
export const SITE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; base-uri 'none'; form-action 'none'";

export type SitePage = 'index' | 'actions' | 'dashboard' | 'review';

export interface PageFrame {
  title: string;
  /** Which entry of the navigation is current; a review page has none. */
  page: SitePage;
  /** From the page to the site root: '' or '../'. */
  root: string;
  body: string;
  /** Site files the page runs, in order, relative to the root. */
  scripts?: string[];
}

const NAV: { page: SitePage; href: string; label: string }[] = [
  { page: 'index', href: 'index.html', label: 'Reviews' },
  { page: 'actions', href: 'actions.html', label: 'Action items' },
  { page: 'dashboard', href: 'dashboard.html', label: 'Dashboard' },
];

export function pageHtml(frame: PageFrame): string {
  const nav = NAV.map((n) => `<a href="${frame.root}${n.href}"${n.page === frame.page ? ' aria-current="page"' : ''}>${n.label}</a>`).join('\n');
  const scripts = (frame.scripts ?? []).map((s) => `<script src="${frame.root}${s}" defer></script>`).join('\n');
  return `${pageStart({ csp: SITE_CSP, title: frame.title, extra: `<link rel="stylesheet" href="${frame.root}site.css">\n${scripts}` })}<a class="site-skip" href="#main">Skip to content</a>
<header class="site-header">
<a class="site-name" href="${frame.root}index.html">Post-incident reviews</a>
<nav aria-label="Site">
${nav}
</nav>
</header>
<main id="main" tabindex="-1">
${frame.body}
</main>
</body>
</html>
`;
}
