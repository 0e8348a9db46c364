// Helpers for rule tests: run one rule on a YAML snippet and read findings as line + text.
import { resolveConfig, type PirConfig } from '../config';
import { ParsedReview } from '../parse';
import { isRecord } from '../review';
import type { Rule, RuleFinding } from '../rule';

export interface FindingAt extends RuleFinding {
  /** 1-based line of the finding's start. */
  line: number;
  /** The text the finding's range covers. */
  covered: string;
}

export function runRule(rule: Rule, text: string, options: { now?: string; requiredSections?: string[]; config?: PirConfig } = {}): FindingAt[] {
  const parsed = new ParsedReview(text);
  const review = isRecord(parsed.value) ? parsed.value : {};
  const config = resolveConfig({ ...options.config, requiredSections: options.requiredSections ?? options.config?.requiredSections });
  const now = new Date(options.now ?? '2026-06-01T12:00:00Z');
  return rule.check({ parsed, review, now, requiredSections: config.requiredSections, config }).map((finding) => ({
    ...finding,
    line: parsed.position(finding.range.start).line,
    covered: text.slice(finding.range.start, finding.range.end),
  }));
}

/** Joins lines, so a test's YAML reads as YAML without template-literal indentation. */
export function yaml(...lines: string[]): string {
  return lines.join('\n') + '\n';
}
