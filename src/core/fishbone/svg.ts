// Draws a fishbone layout as static SVG. Colours come from `currentColor` and classes (the page's
// CSS can restyle them), never from an inline <style>, so the SVG works under a strict CSP.
import { escapeHtml } from '../html-escape';
import type { FishboneLayout, Segment, TextBlock } from './layout';

const round = (n: number) => Math.round(n * 10) / 10;

function line(segment: Segment, className: string, width: number): string {
  const { x1, y1, x2, y2 } = segment;
  return `<line class="${className}" x1="${round(x1)}" y1="${round(y1)}" x2="${round(x2)}" y2="${round(y2)}" stroke="currentColor" stroke-width="${width}"/>`;
}

function text(block: TextBlock, className: string, lineHeight: number, attributes = ''): string {
  const spans = block.lines
    .map((l, i) => `<tspan x="${round(block.x)}"${i ? ` dy="${lineHeight}"` : ''}>${escapeHtml(l)}</tspan>`)
    .join('');
  // A cut text carries the whole of it as a tooltip.
  const title = block.truncated ? `<title>${escapeHtml(block.full)}</title>` : '';
  return `<text class="${className}" x="${round(block.x)}" y="${round(block.y)}" text-anchor="${block.anchor}" fill="currentColor"${attributes}>${title}${spans}</text>`;
}

/** Colours and font of a file that no page styles: dark on white, a system sans-serif. */
const STANDALONE = {
  svg: ` color="#1f1f1f" font-family="system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif"`,
  background: '<rect class="fb-background" width="100%" height="100%" fill="#ffffff"/>',
  category: ' font-weight="bold"',
};

export interface FishboneSvgOptions {
  /** Carry its own colours, font and background, for a file opened on its own. */
  standalone?: boolean;
}

/** The diagram as an `<svg>` element; every text is escaped. */
export function fishboneSvg(layout: FishboneLayout, { standalone = false }: FishboneSvgOptions = {}): string {
  const { head, lineHeight: lh } = layout;
  const effect = escapeHtml(head.text.full || 'Fishbone diagram');
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="pir-fishbone" viewBox="0 0 ${round(layout.width)} ${round(layout.height)}" width="${round(layout.width)}" height="${round(layout.height)}" font-size="${layout.fontSize}" role="img" aria-label="Fishbone diagram: ${effect}"${standalone ? STANDALONE.svg : ''}>`,
    standalone ? STANDALONE.background : '',
    line(layout.spine, 'fb-spine', 3),
    `<path class="fb-arrow" d="M${round(head.x - 10)} ${round(layout.spine.y1 - 6)} L${round(head.x)} ${round(layout.spine.y1)} L${round(head.x - 10)} ${round(layout.spine.y1 + 6)}" fill="none" stroke="currentColor" stroke-width="3"/>`,
    `<rect class="fb-head" x="${round(head.x)}" y="${round(head.y)}" width="${round(head.width)}" height="${round(head.height)}" rx="6" fill="none" stroke="currentColor" stroke-width="2"/>`,
    text(head.text, 'fb-effect', lh),
  ];
  for (const bone of layout.bones) {
    parts.push(`<g class="fb-bone" data-category="${escapeHtml(bone.category)}">`, line(bone, 'fb-bone-line', 2), text(bone.label, 'fb-category', lh, standalone ? STANDALONE.category : ''));
    for (const rib of bone.ribs) parts.push(line(rib, 'fb-rib', 1), text(rib.text, 'fb-cause', lh));
    parts.push('</g>');
  }
  parts.push('</svg>');
  return parts.join('');
}

/**
 * The diagram as an SVG file: standalone, no script or external reference, every text escaped.
 * Characters XML 1.0 forbids (control characters a YAML string may hold) are dropped, so the
 * file always parses.
 */
export function fishboneSvgFile(layout: FishboneLayout): string {
  // eslint-disable-next-line no-control-regex
  const svg = fishboneSvg(layout, { standalone: true }).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}
