// The converted review as a `*.pir.yaml` file: the yaml library writes it (so any text is
// quoted correctly), and the conversion report heads it as comments, where the person who
// checks the draft sees it first.
import { Document } from 'yaml';
import type { Conversion, ConversionReport } from './convert';

export function conversionText(conversion: Conversion, sourceName: string): string {
  const document = new Document(conversion.review);
  const { inferred, needsPerson } = conversion.report;
  const lines = [
    ` Converted from ${sourceName} by \`pir convert\`: a draft. Check it, then remove these comments.`,
    ...(needsPerson.length ? [' Needs a person:', ...needsPerson.map((line) => `   - ${line}`)] : []),
    ...(inferred.length ? [' Inferred (check these):', ...inferred.map((line) => `   - ${line}`)] : []),
  ];
  document.commentBefore = lines.map((line) => line.replace(/\s*\n\s*/g, ' ')).join('\n');
  // lineWidth 0: no folding, so Markdown line breaks stay where the author put them.
  return document.toString({ lineWidth: 0 });
}

/** The conversion report as plain lines, for the CLI and the editor. */
export function reportLines(report: ConversionReport): string[] {
  return [...report.needsPerson.map((line) => `needs a person: ${line}`), ...report.inferred.map((line) => `inferred: ${line}`)];
}
