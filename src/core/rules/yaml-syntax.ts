import type { Rule } from '../rule';

export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  description: 'YAML that does not parse, a binary file, an alias bomb, or more than one document in a file.',
  defaultSeverity: 'error',
  check: ({ parsed }) => parsed.syntaxFindings,
};
