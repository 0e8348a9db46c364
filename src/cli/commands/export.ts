import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ParsedReview } from '../../core/parse';
import { REPORT_FORMATS, renderReport, type ReportFormat } from '../../core/render/report';
import { loadConfig } from '../files';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIo } from '../io';

export const usage = `pir export <file> [--format md|html] [-o FILE]
  Renders a review as GitHub-flavoured Markdown (the default; --format html, or -o FILE.html, for a
  standalone HTML page with no script). Prints to stdout, or writes FILE with -o and prints its
  path. FILE is where you say, relative to the current directory, also outside it (-o ../x.md):
  giving -o is choosing the location; missing folders are created. Never overwrites the review
  itself. Exit code 1 when the YAML cannot be read.`;

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string' }, output: { type: 'string', short: 'o' } },
  });
  if (positionals.length !== 1) throw new UsageError(positionals.length ? 'give one review to export' : 'which review? give its path');
  const format = values.format ?? (values.output?.toLowerCase().endsWith('.html') ? 'html' : 'md');
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError('--format must be md or html');

  const input = resolve(io.cwd, positionals[0]);
  const inputName = relative(io.cwd, input) || input;
  const parsed = new ParsedReview(await readFile(input, 'utf8'));
  if (parsed.syntaxFindings.length) {
    const [first] = parsed.syntaxFindings;
    const { line, column } = parsed.position(first.range.start);
    io.stderr(`${inputName}:${line}:${column} ${first.message}\npir export: fix the YAML first (pir lint ${inputName} shows every problem)\n`);
    return EXIT_FINDINGS;
  }
  const { config, errors } = loadConfig(io.cwd);
  for (const error of errors) io.stderr(`${error}\n`);
  const text = renderReport(parsed.value, format as ReportFormat, config);
  if (values.output === undefined) {
    io.stdout(text);
    return EXIT_OK;
  }

  const output = resolve(io.cwd, values.output);
  if (await sameFile(input, output)) throw new UsageError(`-o ${values.output} is the review itself; choose another file`);
  await mkdir(dirname(output), { recursive: true });
  await writeFile(output, text);
  io.stdout(`${relative(io.cwd, output) || output}\n`);
  return EXIT_OK;
}

/** Whether two paths name one file (also through a symlink or hard link). */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (a === b) return true;
  try {
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false; // the output does not exist yet
  }
}
