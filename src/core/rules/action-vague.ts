import { recordsOf } from '../review';
import type { Rule, RuleFinding } from '../rule';

// The heuristic: a title is vague when it uses a vague verb (improve, fix, look into, ...) and,
// after dropping vague words and filler, fewer than two concrete words are left to say what
// changes where. "Improve monitoring" and "Fix the bug" have none or one; "Improve alerting for
// the payments queue" has two ("payments", "queue") and passes. So only short titles are ever flagged.

/** Words that say something should change without saying what. At least one must appear. */
const VAGUE = new Set([
  'improve', 'improved', 'improvement', 'improvements', 'fix', 'look', 'investigate', 'investigation', 'review',
  'check', 'careful', 'better', 'enhance', 'enhancement', 'enhancements', 'consider', 'ensure', 'sure', 'revisit', 'address',
]);

/** Words that carry no concrete object: grammar, "the bug" and broad areas like "monitoring". */
const FILLER = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', 'our', 'their', 'some', 'any', 'all', 'more', 'be', 'make',
  'into', 'at', 'of', 'on', 'in', 'for', 'to', 'with', 'and', 'or', 'again', 'we', 'us', 'not', 'never', 'happen', 'happens',
  "doesn't", "won't", 'things', 'stuff', 'issue', 'issues', 'bug', 'bugs', 'problem', 'problems', 'incident', 'outage',
  'root', 'cause', 'general', 'overall', 'process', 'processes', 'monitoring', 'alerting', 'alerts', 'testing', 'tests',
  'documentation', 'docs', 'communication', 'tooling', 'observability', 'logging', 'handling', 'quality',
]);

/** Words with inner apostrophes and hyphens kept whole: "doesn't", "on-call". */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export const actionVague: Rule = {
  id: 'action-vague',
  description: 'An action item title too vague to track, like "Improve monitoring" or "Fix the bug": a vague verb with fewer than two concrete words.',
  defaultSeverity: 'info',
  check({ parsed, review }): RuleFinding[] {
    return recordsOf(review.actionItems).flatMap(({ record: item, index }): RuleFinding[] => {
      const verb = typeof item.title === 'string' ? vagueVerb(item.title) : undefined;
      if (!verb) return [];
      const path = ['actionItems', index, 'title'];
      return [{
        message: `Action item title is too vague to track ("${verb}" without a concrete object). Say what will change and where, e.g. "Alert when checkout p99 latency exceeds 2 s".`,
        range: parsed.rangeOf(path),
        path,
      }];
    });
  },
};

/** The first vague word of a vague title; undefined when the title is concrete enough. */
export function vagueVerb(title: string): string | undefined {
  const words = (title.toLowerCase().replace(/’/g, "'").match(WORD) ?? []);
  const verb = words.find((word) => VAGUE.has(word));
  const concrete = words.filter((word) => !VAGUE.has(word) && !FILLER.has(word));
  return verb !== undefined && concrete.length < 2 ? verb : undefined;
}
