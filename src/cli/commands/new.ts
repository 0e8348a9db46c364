import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { nextReviewId } from '../../core/review-id';
import { newReviewText, reviewFileName } from '../../core/template';
import { parseDate } from '../../core/time';
import { readReviewText } from '../../core/workspace-index';
import { expandPaths, loadConfig } from '../files';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from '../io';

export const usage = `pir new --title TEXT --severity ID [--dir DIR] [--date YYYY-MM-DD] [--author NAME] [-o FILE]
  Writes a new draft review from the template to DIR/YYYY-MM-DD-<slug>.pir.yaml (DIR defaults to
  docs/incidents, --date to today), or to FILE with -o, and prints its path. Never overwrites a file.
  --severity is one of P1, P2, P3, P4, or of the \`severities\` in .pirrc.yaml. Its id follows
  idFormat in .pirrc.yaml (default PIR-YYYY-NNN), numbered after the reviews under the current folder.`;

export const DEFAULT_DIR = 'docs/incidents';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true, // only to say what went wrong: an unquoted title splits into words
    options: {
      title: { type: 'string' },
      severity: { type: 'string' },
      dir: { type: 'string' },
      date: { type: 'string' },
      author: { type: 'string' },
      output: { type: 'string', short: 'o' },
    },
  });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"; quote the title: --title "..."`);
  const title = values.title?.trim();
  if (!title) throw new UsageError('--title is required');
  const { config, errors } = loadConfig(io.cwd);
  for (const error of errors) io.stderr(`${error}\n`);
  const scale = config.severities.map((entry) => entry.id);
  // Exact first, then ignoring case, so `p1` and `sev0` find P1 and SEV0.
  const severity = scale.find((id) => id === values.severity) ?? scale.find((id) => id.toUpperCase() === values.severity?.toUpperCase());
  if (severity === undefined) throw new UsageError(`--severity must be one of ${scale.join(', ')}`);
  if (values.output !== undefined && values.dir !== undefined) throw new UsageError('give --dir or -o, not both');
  const date = values.date === undefined ? new Date() : localDate(values.date);

  const file = resolve(io.cwd, values.output ?? join(values.dir ?? DEFAULT_DIR, reviewFileName(date, title)));
  const id = nextReviewId(config.idFormat, date, await reviewIds(io.cwd));
  const name = relative(io.cwd, file) || file;
  await mkdir(dirname(file), { recursive: true });
  try {
    // 'wx' fails if the file exists, with no window between a check and the write.
    await writeFile(file, newReviewText({ title, severity, date, author: values.author, id }), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    io.stderr(`pir new: ${name} already exists; not overwriting it. Choose another --title, --date or -o.\n`);
    return EXIT_USAGE;
  }
  io.stdout(`${name}\n`);
  return EXIT_OK;
}

/** The ids of the reviews under `cwd`; files that cannot be read as reviews are skipped. */
async function reviewIds(cwd: string): Promise<string[]> {
  const ids: string[] = [];
  for (const file of await expandPaths([], cwd)) {
    const text = await readFile(file, 'utf8').catch(() => '');
    const reading = readReviewText(file, text);
    if ('entry' in reading && reading.entry.id) ids.push(reading.entry.id);
  }
  return ids;
}

/** A YYYY-MM-DD option as that local calendar day, the way the template reads dates. */
function localDate(value: string): Date {
  if (parseDate(value) === undefined) throw new UsageError(`--date must be a date like 2026-03-14, got "${value}"`);
  const [year, month, day] = value.split('-').map(Number);
  return new Date(year, month - 1, day);
}
