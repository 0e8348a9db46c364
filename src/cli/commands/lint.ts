import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { plural } from '../../core/labels';
import { toGithubCommands } from '../../core/ci-output/github-commands';
import { locateFindings, type LocatedFinding } from '../../core/ci-output/located-finding';
import { toSarif } from '../../core/ci-output/sarif';
import type { ResolvedConfig } from '../../core/config';
import { dependencyFindings } from '../../core/dependencies/workspace';
import { lint } from '../../core/lint';
import type { ParsedReview } from '../../core/parse';
import { ruleDocLocation } from '../../core/rule-docs';
import type { Finding } from '../../core/types';
import { readReview, ReviewIndex } from '../../core/workspace-index';
import { workspaceGraph } from '../dependency-graph';
import { expandPaths, loadConfig, parseNow } from '../files';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from '../io';

export const usage = `pir lint [files, folders or globs...] [--format text|json|sarif|github] [--now ISO-DATE]
  Checks reviews against the schema and the rules. A folder, or no paths: **/*.pir.{yaml,yml}.
  sarif: SARIF 2.1.0 for code scanning; github: workflow commands that annotate a pull request.
  Exit code 0 when no finding is an error, 1 when any is, 2 for usage or I/O errors.`;

/** One finding as `--format json` prints it; lines and columns are 1-based. */
export type JsonFinding = LocatedFinding;

const FORMATS = ['text', 'json', 'sarif', 'github'];

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'text' }, now: { type: 'string' } },
  });
  if (!FORMATS.includes(values.format)) throw new UsageError(`--format must be ${FORMATS.join(', ')}`);
  const now = parseNow(values.now);
  const { config, errors: configErrors } = loadConfig(io.cwd);
  for (const error of configErrors) io.stderr(`${error}\n`);

  const files = await expandPaths(positionals, io.cwd);
  if (files.length === 0) {
    io.stderr('pir lint: no *.pir.yaml files found\n');
    return EXIT_USAGE;
  }
  const linted: { file: string; name: string; parsed: ParsedReview; findings: Finding[] }[] = [];
  let unreadable = false;
  for (const file of files) {
    const name = relative(io.cwd, file) || file;
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      // Report and go on: one unreadable file must not hide the findings in the others.
      io.stderr(`${name}: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
      unreadable = true;
      continue;
    }
    linted.push({ file, name, ...lint(text, { now, config }) });
  }
  const crossReview = await crossReviewFindings(linted, config, io.cwd);
  const results = linted.flatMap(({ file, name, parsed, findings }) => {
    const all = [...findings, ...(crossReview.get(file) ?? [])].sort((a, b) => a.range.start - b.range.start);
    return locateFindings(name, parsed, all);
  });

  if (values.format === 'json') io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  else if (values.format === 'sarif') io.stdout(`${JSON.stringify(toSarif(results, config.rulesUrl), null, 2)}\n`);
  else if (values.format === 'github') io.stdout(toGithubCommands(results));
  else for (const r of results) io.stdout(`${r.file}:${r.line}:${r.column} ${r.severity} ${r.message} [${r.rule}]\n`);
  if (values.format === 'text') io.stderr(summary(results, files.length) + ruleDocs(results, config.rulesUrl ?? shippedRulesDoc()));
  else if (values.format === 'github') io.stderr(summary(results, files.length));

  if (unreadable || configErrors.length) return EXIT_USAGE;
  return results.some((r) => r.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
}

/** Where to read about each rule found: `rulesUrl` from `.pirrc.yaml`, else the shipped docs/rules.md. */
function ruleDocs(results: JsonFinding[], base: string | undefined): string {
  const rules = [...new Set(results.map((r) => r.rule))].sort();
  if (rules.length === 0 || !base) return '';
  const width = Math.max(...rules.map((rule) => rule.length));
  return `Rules explained:\n${rules.map((rule) => `  ${rule.padEnd(width)}  ${ruleDocLocation(base, rule)}\n`).join('')}`;
}

/** docs/rules.md of the installed package: next to dist/ when bundled, further up when run from out/ (tests). */
function shippedRulesDoc(): string | undefined {
  for (let dir = __dirname, up = 0; up < 5; dir = dirname(dir), up++) {
    const file = join(dir, 'docs', 'rules.md');
    if (existsSync(file)) return file;
  }
  return undefined;
}

/** `dependsOn` references to other reviews, which no single-file rule can check. */
async function crossReviewFindings(linted: readonly { file: string; parsed: ParsedReview }[], config: ResolvedConfig, cwd: string): Promise<Map<string, Finding[]>> {
  const index = new ReviewIndex();
  const parsedOf = new Map(linted.map(({ file, parsed }) => [file, parsed]));
  index.batch(() => linted.forEach(({ file, parsed }) => index.update(file, readReview(file, parsed))));
  // Findings go to the linted files only: `parsedOf` knows no other.
  return dependencyFindings(await workspaceGraph(index.entries(), cwd), config, ({ item, refIndex }) =>
    parsedOf.get(item.reviewUri)?.rangeOf(['actionItems', item.index, 'dependsOn', refIndex]));
}

function summary(results: JsonFinding[], fileCount: number): string {
  const count = (severity: string) => results.filter((r) => r.severity === severity).length;
  return `${plural(fileCount, 'file')} checked: ${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info') + count('hint'), 'note')}\n`;
}
