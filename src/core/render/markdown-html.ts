// Review Markdown as HTML, for the export, the preview and the panels: markdown-it with raw HTML
// off, so review text can never add markup of its own, and links only to http(s) and mailto.
import MarkdownIt from 'markdown-it';
import { escapeHtml } from '../html-escape';
import { isSafeUrl } from './links';

let renderer: MarkdownIt | undefined;

/** Made on first use: creating it at load would load markdown-it when the extension activates. */
function md(): MarkdownIt {
  if (renderer) return renderer;
  renderer = new MarkdownIt({ html: false, linkify: true, typographer: false });
  renderer.validateLink = isSafeUrl;
  // Only URLs written with their scheme: `setup.py`, `README.md` and `monitor.gitlab.net` are
  // file and host names in a review, not links to http://setup.py.
  renderer.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
  renderer.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
    tokens[idx].attrSet('rel', 'noopener noreferrer');
    tokens[idx].attrSet('target', '_blank');
    return self.renderToken(tokens, idx, options);
  };
  // The CSP allows no remote images, so an image is offered as a link to it instead.
  renderer.renderer.rules.image = (tokens, idx) => {
    const src = tokens[idx].attrGet('src') ?? '';
    return htmlLink(`Image: ${tokens[idx].content || src}`, src);
  };
  return renderer;
}

/** Markdown text as safe HTML (see the top of this file). */
export function markdownHtml(text: string): string {
  return md().render(text);
}

/** A link when the URL is http(s) or mailto, else the label and URL as text. */
export function htmlLink(label: string, url: string): string {
  if (!isSafeUrl(url)) return escapeHtml(label === url ? url : `${label} (${url})`);
  return `<a href="${escapeHtml(new URL(url.trim()).href)}" rel="noopener noreferrer" target="_blank">${escapeHtml(label)}</a>`;
}
