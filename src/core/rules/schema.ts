import type { Rule, RuleFinding } from '../rule';
import { schemaViolations } from '../schema';

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
      message: violation.message,
      range: parsed.rangeOf(violation.path, violation.part),
      path: violation.path,
      suggestions: violation.suggestions,
    }));
  },
};
