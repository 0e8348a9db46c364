import type { ParsedReview } from '../parse';
import type { Finding } from '../types';

/** A finding with its file and 1-based line/column span: what `pir lint` prints in every format. */
export interface LocatedFinding {
  /** The file as the user named it, relative to the working directory, with `/` or the OS separator. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Finding['severity'];
  rule: string;
  message: string;
}

export function locateFindings(file: string, parsed: ParsedReview, findings: readonly Finding[]): LocatedFinding[] {
  return findings.map((finding) => {
    const start = parsed.position(finding.range.start);
    const end = parsed.position(finding.range.end);
    return {
      file,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      severity: finding.severity,
      rule: finding.rule,
      message: finding.message,
    };
  });
}
