import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { plural } from '../../core/labels';
import { lint } from '../../core/lint';
import { ruleDocLocation } from '../../core/rule-docs';
import type { Finding } from '../../core/types';
import { expandPaths, loadConfig, parseNow } from '../files';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from '../io';

export const usage = `pir lint [files, folders or globs...] [--format text|json] [--now ISO-DATE]
  Checks reviews against the schema and the rules. A folder, or no paths: **/*.pir.{yaml,yml}.
  Exit code 0 when no finding is an error, 1 when any is, 2 for usage or I/O errors.`;

/** One finding as `--format json` prints it; lines and columns are 1-based. */
export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Finding['severity'];
  rule: string;
  message: string;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'text' }, now: { type: 'string' } },
  });
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError('--format must be text or json');
  const now = parseNow(values.now);
  const { config, errors: configErrors } = loadConfig(io.cwd);
  for (const error of configErrors) io.stderr(`${error}\n`);

  const files = await expandPaths(positionals, io.cwd);
  if (files.length === 0) {
    io.stderr('pir lint: no *.pir.yaml files found\n');
    return EXIT_USAGE;
  }
  const results: JsonFinding[] = [];
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
    const { parsed, findings } = lint(text, { now, config });
    for (const finding of findings) {
      const start = parsed.position(finding.range.start);
      const end = parsed.position(finding.range.end);
      results.push({
        file: name,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        severity: finding.severity,
        rule: finding.rule,
        message: finding.message,
      });
    }
  }

  if (values.format === 'json') io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  else for (const r of results) io.stdout(`${r.file}:${r.line}:${r.column} ${r.severity} ${r.message} [${r.rule}]\n`);
  if (values.format === 'text') io.stderr(summary(results, files.length) + ruleDocs(results, config.rulesUrl ?? shippedRulesDoc()));

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

function summary(results: JsonFinding[], fileCount: number): string {
  const count = (severity: string) => results.filter((r) => r.severity === severity).length;
  return `${plural(fileCount, 'file')} checked: ${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info') + count('hint'), 'note')}\n`;
}
