import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { applyEdits } from '../../core/edit';
import {
  importEdits, ImportError, planImport, SOURCE_NAMES,
  type Candidate, type ImportInput, type ImportResult, type SourceName,
} from '../../core/import';
import { loadConfig, writeFileAtomic } from '../files';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from '../io';
import { alignColumns } from '../table';

export const usage = `pir import <review.pir.yaml> <source>... [--since ISO] [--until ISO] [--from NAME]
           [--slack-url URL] [--git PATH] [--set-times] [--no-redact] [--dry-run] [--format text|json]
  Adds timeline events from the records an incident left behind: a Slack export (folder or zip)
  or conversations.history JSON, a Teams chatMessage list, PagerDuty log entries, an Opsgenie
  alert log, Alertmanager webhooks or alert lists, Grafana annotations, GitHub deployments and
  releases, CSV (time,text[,actor,kind,url]), and with --git the first-parent history of a
  repository. The format is detected from the content; --from ${SOURCE_NAMES.join('|')} forces one.
  Only events from 2 hours before times.started to 1 hour after times.resolved are read (when the
  review has both); --since/--until override. Times without a UTC offset (there, and in CSV
  files) are read in the timeZone of .pirrc.yaml. Events already in the timeline are not added again.
  E-mail addresses, phone numbers and secrets are replaced by [redacted] unless --no-redact.
  Empty lifecycle times are filled; set ones that differ are reported (--set-times overwrites).
  --dry-run prints the candidates and writes nothing. Exit code 2 on bad input, nothing written.`;

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      since: { type: 'string' },
      until: { type: 'string' },
      from: { type: 'string' },
      'slack-url': { type: 'string' },
      git: { type: 'string', multiple: true },
      'set-times': { type: 'boolean' },
      'no-redact': { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      format: { type: 'string' },
    },
  });
  const [reviewArg, ...sourceArgs] = positionals;
  if (!reviewArg) throw new UsageError('which review? give its path, then the files to import');
  if (sourceArgs.length === 0 && !values.git) throw new UsageError('give at least one file, folder or zip to import (or --git PATH)');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('--format must be text or json');
  if (values.from !== undefined && !(SOURCE_NAMES as readonly string[]).includes(values.from)) throw new UsageError(`--from must be one of ${SOURCE_NAMES.join(', ')}`);
  if (values['slack-url'] !== undefined && !/^https?:\/\/[^/]+/.test(values['slack-url'])) throw new UsageError('--slack-url must be the workspace address, like https://acme.slack.com');

  const file = resolve(io.cwd, reviewArg);
  const name = relative(io.cwd, file) || file;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    io.stderr(`pir import: cannot read ${name}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
    return EXIT_USAGE;
  }
  // The team's zone reads times written without an offset (CSV rows, --since/--until, the review's times).
  const { config, errors: configErrors } = loadConfig(io.cwd);
  for (const error of configErrors) io.stderr(`${error}\n`);
  const options = {
    timeZone: config.timeZone,
    since: values.since,
    until: values.until,
    from: values.from as SourceName | undefined,
    slackUrl: values['slack-url'],
    redact: !values['no-redact'],
  };
  let result: ImportResult;
  let updated: string;
  try {
    const inputs: ImportInput[] = sourceArgs.map((arg) => ({ path: resolve(io.cwd, arg) }));
    for (const repo of values.git ?? []) inputs.push({ git: resolve(io.cwd, repo) });
    result = await planImport(text, inputs, options);
    updated = applyEdits(text, importEdits(text, result, values['set-times'], config.timeZone));
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message);
    if (!(error instanceof ImportError)) throw error;
    io.stderr(`pir import: ${relative(io.cwd, error.file) || error.file}${error.message.slice(error.file.length)}\nNothing was written.\n`);
    return EXIT_USAGE;
  }

  const write = !values['dry-run'] && updated !== text;
  if (write) await writeFileAtomic(file, updated);
  io.stdout(format === 'json' ? `${JSON.stringify(jsonReport(name, result, write, io.cwd), null, 2)}\n` : textReport(name, result, !values['dry-run'], values['set-times'] ?? false, io.cwd));
  return EXIT_OK;
}


function textReport(name: string, result: ImportResult, applied: boolean, setTimes: boolean, cwd: string): string {
  const { counts } = result;
  const lines: string[] = [];
  if (!applied) {
    const rows = result.candidates.map((candidate) => [candidate.at, candidate.from, candidate.kind ?? '-', candidate.actor ?? '-', duplicateNote(candidate) + oneLine(candidate.text)]);
    lines.push(...alignColumns([['at', 'source', 'kind', 'actor', 'text'], ...rows]), '');
  }
  const verb = applied ? 'Added' : 'Would add';
  lines.push(
    `${verb} ${plural(counts.added, 'event')} to ${name}: ${plural(counts.duplicates, 'duplicate')}, ${counts.outsideWindow} outside the window, ` +
      `${counts.noise} skipped as noise, ${plural(counts.redactions, 'redaction')}, ${plural(counts.lifecycleFilled, 'lifecycle field')} filled.`,
  );
  for (const suggestion of result.lifecycle) {
    if (suggestion.action === 'fill') lines.push(`  times.${suggestion.key}: ${suggestion.value}`);
    if (suggestion.action === 'differs') {
      lines.push(`  times.${suggestion.key} is ${suggestion.current}; the records say ${suggestion.value}${setTimes ? (applied ? ': overwritten (--set-times)' : ': --set-times would overwrite it') : ' (--set-times overwrites)'}`);
    }
  }
  for (const { file, from } of result.formats) lines.push(`  read ${relative(cwd, file) || file} as ${from}`);
  return `${lines.join('\n')}\n`;
}

function jsonReport(name: string, result: ImportResult, written: boolean, cwd: string): unknown {
  return {
    file: name,
    written,
    window: { since: iso(result.window.since), until: iso(result.window.until) },
    counts: result.counts,
    lifecycle: result.lifecycle,
    formats: result.formats.map(({ file, from }) => ({ file: relative(cwd, file) || file, from })),
    candidates: result.candidates.map(({ ms: _ms, file, ...candidate }) => ({ ...candidate, file: relative(cwd, file) || file })),
  };
}

function duplicateNote(candidate: Candidate): string {
  return candidate.duplicateOf ? `(duplicate${candidate.duplicateOf.timelineIndex !== undefined ? ` of event ${candidate.duplicateOf.timelineIndex + 1}` : ''}) ` : '';
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 100 ? `${line.slice(0, 99)}…` : line;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function iso(ms: number | undefined): string | null {
  return ms === undefined ? null : new Date(ms).toISOString();
}
