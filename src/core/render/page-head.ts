// The start of every HTML page we write (the standalone export, the site's pages, the panels):
// one place for the charset, the CSP, the viewport and the referrer policy.
import { escapeHtml } from '../html-escape';

export interface PageHead {
  /** Written as is: a constant of the caller's, or escaped by it. */
  csp: string;
  /** Review text: escaped here. */
  title: string;
  /** Further `<head>` markup (styles, scripts), already safe. */
  extra: string;
}

export function pageStart({ csp, title, extra }: PageHead): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
${extra}
</head>
<body>
`;
}
