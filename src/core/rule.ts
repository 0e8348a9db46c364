import type { ResolvedConfig } from './config';
import type { ParsedReview } from './parse';
import type { Path, Range, Severity } from './types';

/** What a rule sees: the parsed review, the clock and the resolved configuration. */
export interface RuleContext {
  readonly parsed: ParsedReview;
  /** The review's top-level mapping as plain data. Not yet trusted: read it through the guards in review.ts. */
  readonly review: Readonly<Record<string, unknown>>;
  /** "Today" for date rules; fixed by `--now` in the CLI and tests. */
  readonly now: Date;
  /** Sections the `missing-section` rule requires, from the config. */
  readonly requiredSections: readonly string[];
  /** The whole resolved configuration: the team's scales, sections and time zone. */
  readonly config: ResolvedConfig;
}

/** A finding before the configured severity is applied. */
export interface RuleFinding {
  message: string;
  range: Range;
  /** The review path the finding is about, for quick fixes. */
  path?: Path;
  /** Overrides the rule's default severity for this finding (e.g. `missing-section` in a final review). */
  severity?: Severity;
  /** Values that could replace the text at `range` (e.g. the allowed enum values). */
  suggestions?: readonly string[];
}

export interface Rule {
  /** Stable id, used in config files, diagnostics and the docs. */
  readonly id: string;
  /** One line, shown in the rule reference and on hover. */
  readonly description: string;
  readonly defaultSeverity: Severity;
  check(context: RuleContext): RuleFinding[];
}
