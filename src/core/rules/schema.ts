import type { Rule, RuleFinding } from '../rule';
import type { ParsedReview } from '../parse';
import { valueAt } from '../review';
import { schemaViolations } from '../schema';
import type { Path } from '../types';
import { cutTail } from './text-cut-by-comment';

export const schema: Rule = {
  id: 'schema',
  description: 'Anything the JSON Schema rejects: a wrong type, a bad enum value, a bad date, an unknown key.',
  defaultSeverity: 'error',
  check({ parsed, config }): RuleFinding[] {
    if (parsed.value === null || parsed.value === undefined) {
      return [{
        message: 'The review is empty. Start from "New Post-Incident Review" or `pir new`; a review needs at least pir, title, severity and status.',
        range: parsed.rangeOf([]),
      }];
    }
    return schemaViolations(parsed.value, config).map((violation) => ({
      message: violation.message + commentNote(parsed, violation.path),
      range: parsed.rangeOf(violation.path, violation.part),
      path: violation.path,
      suggestions: violation.suggestions,
    }));
  },
};

/**
 * Why a value is empty when a `#word` right after its key made it a comment: `tracker: #1095` is
 * null to YAML, and "must be a string" alone does not say why.
 */
function commentNote(parsed: ParsedReview, path: Path): string {
  const node = parsed.node(path);
  if (!node || node.kind !== 'scalar' || !node.plain || node.start !== node.end || valueAt(parsed.value, path) !== null) return '';
  const tail = cutTail(parsed.text, node.end);
  return tail ? ` YAML reads \`#${tail.comment}\` as a comment, so the value is empty (null); quote it: ${JSON.stringify(`#${tail.comment}`)}.` : '';
}
