/** The project's repository; package.json's `repository.url` says the same (a unit test keeps them equal). */
export const REPOSITORY_URL = 'https://github.com/pir-tools/post-incident-review';

/** The section of docs/rules.md that explains a rule: diagnostics, SARIF and the docs link to it. */
export function ruleDocUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules.md#${ruleId}`;
}
