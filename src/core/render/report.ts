// The export formats, shared by `pir export` and the editor's Export Review command.
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import type { ReportConfig } from './report-data';

export const REPORT_FORMATS = ['md', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const FORMAT_LABELS: Record<ReportFormat, string> = { md: 'Markdown', html: 'HTML' };

/** The exported file: GitHub Markdown, or a standalone HTML page, following the team's config when given. */
export function renderReport(review: unknown, format: ReportFormat, config?: ReportConfig): string {
  return format === 'html' ? renderHtml(review, { standalone: true, config }) : renderMarkdown(review, { config });
}

/** "2026-03-14-checkout.pir.yaml" -> "2026-03-14-checkout.md": the export's name beside the review. */
export function reportFileName(reviewFileName: string, format: ReportFormat): string {
  return `${reviewFileName.replace(/(\.pir)?\.ya?ml$/i, '')}.${format}`;
}
