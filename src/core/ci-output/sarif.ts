// SARIF 2.1.0 (OASIS), as GitHub code scanning and other CI dashboards read it.
import { RULES } from '../rules';
import { PUBLISHED_RULES_URL, REPOSITORY_URL, ruleDocLocation } from '../rule-docs';
import type { Severity } from '../types';
import type { LocatedFinding } from './located-finding';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** Result locations are relative to this base: the folder `pir lint` ran in (the repository root in CI). */
const SOURCE_ROOT = '%SRCROOT%';

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

interface SarifRun {
  tool: { driver: { name: string; informationUri: string; rules: SarifRule[] } };
  columnKind: 'utf16CodeUnits';
  results: SarifResult[];
}

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
}

interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: SarifLevel;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string };
      region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
    };
  }[];
}

/** One run of `pir lint`: every rule (so dashboards can show rules with no results) and every finding. */
/** `rulesUrl`: the team's rule documentation (`.pirrc.yaml`), else the published docs/rules.md. */
export function toSarif(findings: readonly LocatedFinding[], rulesUrl = PUBLISHED_RULES_URL): SarifLog {
  const rules: SarifRule[] = RULES.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    helpUri: ruleDocLocation(rulesUrl, rule.id),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
  }));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'pir', informationUri: REPOSITORY_URL, rules } },
      // The linter counts columns in JavaScript string units, as VS Code does.
      columnKind: 'utf16CodeUnits',
      results: findings.map((finding) => ({
        ruleId: finding.rule,
        ...(ruleIndex.has(finding.rule) ? { ruleIndex: ruleIndex.get(finding.rule) } : {}),
        level: LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: relativeUri(finding.file), uriBaseId: SOURCE_ROOT },
            region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
          },
        }],
      })),
    }],
  };
}

/** A relative path as a relative URI reference: `/` separators, each segment percent-encoded (spaces, `#`, `%`). */
export function relativeUri(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}
