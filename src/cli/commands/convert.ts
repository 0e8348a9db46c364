import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { glob } from 'tinyglobby';
import type { ResolvedConfig } from '../../core/config';
import { convertMarkdown, teamOptions, type Conversion } from '../../core/convert/convert';
import { conversionText, reportLines } from '../../core/convert/review-text';
import { severityFromText } from '../../core/convert/severity';
import { ianaZone } from '../../core/convert/times';
import { loadConfigAbove, writeNewFile } from '../files';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from '../io';

export const usage = `pir convert <file.md | folder>... [-o DIR] [--dry-run] [--time-zone IANA] [--severity S] [--format text|json]
  Converts Markdown postmortems into draft reviews, <date>-<slug>.pir.yaml beside each source or
  in DIR. A folder converts each .md file in it that looks like a postmortem and says why it
  skips the others. Never overwrites a file. Prints each file written with its conversion report
  (what was inferred, what needs a person); --dry-run prints the reviews instead of writing them.
  The team's .pirrc.yaml (in the output folder or a folder above it) gives the sections a heading
  may name, the severity scale and the time zone.
  --time-zone: the zone of times the document gives none for (default: the team's timeZone, else
  UTC, and the report says so). --severity: the severity when the document states none.`;

const FORMATS = ['text', 'json'] as const;

/** One source's outcome, as --format json prints it. */
interface Outcome {
  source: string;
  output?: string;
  status: 'written' | 'would-write' | 'skipped' | 'exists' | 'failed';
  reason?: string;
  needsPerson?: string[];
  inferred?: string[];
  text?: string;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      'dry-run': { type: 'boolean' },
      'time-zone': { type: 'string' },
      severity: { type: 'string' },
      format: { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new UsageError('which postmortems? give Markdown files or folders');
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError('--format must be text or json');
  const timeZone = values['time-zone'];
  if (timeZone !== undefined && !ianaZone(timeZone)) throw new UsageError(`--time-zone must be an IANA zone like Europe/Berlin or America/Los_Angeles, got "${timeZone}"`);
  const severity = values.severity;

  const found = await sources(positionals, io.cwd);
  const outputDir = (file: string) => (values.output === undefined ? dirname(file) : resolve(io.cwd, values.output));
  const teams = new TeamConfigs(io);
  for (const { file } of found) {
    const scale = teams.near(outputDir(file)).severities.map((entry) => entry.id);
    if (severity !== undefined && !severityFromText(severity, scale)) throw new UsageError(`--severity must be one of ${scale.join(', ')} (or SEV1, high, …), got "${severity}"`);
  }

  const outcomes: Outcome[] = [];
  for (const { file, fromFolder } of found) {
    const source = relative(io.cwd, file) || file;
    let conversion: Conversion;
    try {
      const team = teamOptions(teams.near(outputDir(file)));
      conversion = convertMarkdown(await readFile(file, 'utf8'), { fileName: basename(file), timeZone, severity, ...team });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      outcomes.push({ source, status: 'failed', reason: code ? `cannot read it (${code})` : `cannot convert it: ${(error as Error).message}` });
      continue;
    }
    if (fromFolder && conversion.notPostmortem) {
      outcomes.push({ source, status: 'skipped', reason: `not a postmortem: ${conversion.notPostmortem}` });
      continue;
    }
    const outputPath = resolve(outputDir(file), conversion.fileName);
    const output = relative(io.cwd, outputPath) || outputPath;
    const text = conversionText(conversion, basename(file));
    const report = { needsPerson: conversion.report.needsPerson, inferred: conversion.report.inferred };
    if (values['dry-run']) outcomes.push({ source, output, status: 'would-write', ...report, text });
    else if (await writeNewFile(outputPath, text)) outcomes.push({ source, output, status: 'written', ...report });
    else outcomes.push({ source, output, status: 'exists', reason: `${output} already exists; not overwriting it` });
  }

  if (format === 'json') io.stdout(`${JSON.stringify(outcomes, null, 2)}\n`);
  else for (const outcome of outcomes) printOutcome(outcome, io);
  return outcomes.some((o) => o.status === 'failed' || o.status === 'exists') ? EXIT_USAGE : EXIT_OK;
}

function printOutcome(outcome: Outcome, io: CliIo): void {
  switch (outcome.status) {
    case 'skipped':
      io.stderr(`${outcome.source}: skipped, ${outcome.reason}\n`);
      return;
    case 'failed':
      io.stderr(`${outcome.source}: ${outcome.reason}\n`);
      return;
    case 'exists':
      io.stderr(`${outcome.source}: ${outcome.reason}\n`);
      return;
    case 'would-write':
      io.stdout(`# ${outcome.output} (dry run; from ${outcome.source})\n${outcome.text}\n`);
      return;
    case 'written': {
      const lines = reportLines({ needsPerson: outcome.needsPerson ?? [], inferred: outcome.inferred ?? [] });
      io.stdout(`${outcome.output} (from ${outcome.source})\n${lines.map((line) => `  ${line}\n`).join('')}`);
    }
  }
}

/** The team config of each output folder, read once per folder; its problems are told once per file. */
class TeamConfigs {
  private readonly byFolder = new Map<string, ResolvedConfig>();
  private readonly told = new Set<string>();

  constructor(private readonly io: CliIo) {}

  near(folder: string): ResolvedConfig {
    let config = this.byFolder.get(folder);
    if (!config) {
      const loaded = loadConfigAbove(folder);
      if (loaded.file && !this.told.has(loaded.file)) {
        this.told.add(loaded.file);
        const name = relative(this.io.cwd, loaded.file) || loaded.file;
        for (const error of loaded.errors) this.io.stderr(`${name}: ${error.replace(/^\.pirrc\.yaml: /, '')}\n`);
      }
      this.byFolder.set(folder, (config = loaded.config));
    }
    return config;
  }
}

/** The Markdown files named: a file as given, a folder's `.md` files (which must look like postmortems). */
async function sources(args: readonly string[], cwd: string): Promise<{ file: string; fromFolder: boolean }[]> {
  const found: { file: string; fromFolder: boolean }[] = [];
  for (const arg of args) {
    const path = resolve(cwd, arg);
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats) throw new UsageError(`${arg}: no such file or folder`);
    if (stats.isDirectory()) {
      const files = await glob(['**/*.md', '**/*.markdown'], { cwd: path, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'] });
      if (files.length === 0) throw new UsageError(`${arg}: the folder has no Markdown (.md) files`);
      found.push(...files.sort().map((file) => ({ file: resolve(file), fromFolder: true })));
    } else if (/\.(md|markdown)$/i.test(path)) found.push({ file: path, fromFolder: false });
    else throw new UsageError(`${arg}: expected a Markdown file (.md) or a folder`);
  }
  return found.filter((entry, i) => found.findIndex((other) => other.file === entry.file) === i);
}
