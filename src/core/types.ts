/** How serious a finding is. Mirrors LSP / VS Code severities. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** Rule severity as written in config: a severity, or `off` to disable the rule. */
export type SeverityOrOff = Severity | 'off';

/** A half-open character range [start, end) in the document text (UTF-16 offsets, as in JS strings). */
export interface Range {
  start: number;
  end: number;
}

/** A path into the review value, e.g. ['actionItems', 2, 'owner']. */
export type Path = readonly (string | number)[];

/** One problem found in a review. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Where in the review the finding is about; lets quick fixes find the node to edit. */
  path?: Path;
  /** Values that could replace the text at `range` (e.g. the allowed enum values); quick fixes offer each. */
  suggestions?: readonly string[];
}

/** 1-based line and column, as editors and the CLI print them. */
export interface LineCol {
  line: number;
  column: number;
}
