// Where a rule's documentation is. A team may point `rulesUrl` in `.pirrc.yaml` at its own copy
// (an intranet page, a path in the repository); without it the extension and the CLI use the
// docs/rules.md they ship, so the link works offline.

/** `base` with `{rule}` replaced by the rule id, or with `#<rule id>` (the heading's anchor) appended. */
export function ruleDocLocation(base: string, ruleId: string): string {
  if (base.includes('{rule}')) return base.replace(/\{rule\}/g, ruleId);
  return `${base.replace(/#.*$/, '')}#${ruleId}`;
}

/** The project's repository; package.json's `repository.url` says the same (a unit test keeps them equal). */
export const REPOSITORY_URL = 'https://github.com/pir-tools/post-incident-review';

/** The published docs/rules.md: where SARIF's rule help links point when the team sets no `rulesUrl`. */
export const PUBLISHED_RULES_URL = `${REPOSITORY_URL}/blob/main/docs/rules.md`;
