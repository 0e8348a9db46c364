import { resolveConfig, type ResolvedConfig } from './config';
import { ParsedReview } from './parse';
import { isRecord } from './review';
import type { Rule, RuleFinding } from './rule';
import { RULES } from './rules';
import type { Finding, Severity } from './types';

export interface LintOptions {
  /** "Today" for date rules; defaults to the current time. */
  now?: Date;
  config?: ResolvedConfig;
}

export interface LintResult {
  parsed: ParsedReview;
  findings: Finding[];
}

/** Parses and checks one review: YAML syntax first, then the schema and every enabled rule. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const parsed = new ParsedReview(text);
  return { parsed, findings: lintParsed(parsed, options) };
}

export function lintParsed(parsed: ParsedReview, options: LintOptions = {}): Finding[] {
  const config = options.config ?? resolveConfig();
  const severityOf = (rule: Rule, finding: RuleFinding): Severity | undefined => {
    const configured = config.rules[rule.id];
    if (configured === 'off') return undefined;
    return configured ?? finding.severity ?? rule.defaultSeverity;
  };

  // Rules read a mapping; the `schema` rule reports an empty file or a non-mapping root.
  const review = isRecord(parsed.value) ? parsed.value : {};
  const context = { parsed, review, now: options.now ?? new Date(), requiredSections: config.requiredSections, config };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (config.rules[rule.id] === 'off') continue;
    for (const finding of rule.check(context)) {
      const severity = severityOf(rule, finding);
      if (severity) findings.push({ ...finding, rule: rule.id, severity });
    }
    // Nothing else is meaningful on text that is not YAML.
    if (rule.id === 'yaml-syntax' && parsed.value === undefined) break;
  }
  return findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
}
