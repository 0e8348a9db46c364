import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { publishSite } from '../../core/site/write-site';
import { expandPaths, loadConfig, parseNow } from '../files';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIo } from '../io';

export const usage = `pir site [paths or globs...] -o DIR [--full] [--now ISO-DATE]
  Builds a static knowledge base of the reviews in DIR: an index (sortable, filtered by service,
  severity, tag, status and year), full-text search, a page per review with related reviews,
  the reliability dashboard and the open action items by owner. It loads nothing remote and
  works from file:// as from any static host. A rebuild renders only the reviews that changed
  (DIR/pir-site.json); --full renders all. With no paths: **/*.pir.{yaml,yml}.
  Exit code 0, 1 when a review could not be read (the others are published), 2 for usage errors.`;

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { output: { type: 'string', short: 'o' }, full: { type: 'boolean', default: false }, now: { type: 'string' } },
  });
  if (values.output === undefined) throw new UsageError('where to? give the output folder with -o DIR');
  const out = resolve(io.cwd, values.output);
  const files = (await expandPaths(positionals, io.cwd)).filter((file) => !isInside(file, out));
  if (files.length === 0) throw new UsageError(positionals.length ? 'no review matches these paths' : 'no *.pir.yaml under the current folder');
  const { config, errors } = loadConfig(io.cwd);
  for (const error of errors) io.stderr(`${error}\n`);

  const result = await publishSite({
    files, base: io.cwd, out, full: values.full, now: parseNow(values.now), script: siteScript(), tracker: config.tracker,
  });
  for (const { path, message } of [...result.unreadable, ...result.problems]) io.stderr(`${path}: left out of the site: ${message}\n`);
  const pages = files.length - result.unreadable.length - result.problems.length;
  io.stdout(`${relative(io.cwd, out) || '.'}/index.html: ${pages} review${pages === 1 ? '' : 's'}, ${pages - result.kept.length} page${pages - result.kept.length === 1 ? '' : 's'} rendered, ${result.kept.length} unchanged\n`);
  return result.unreadable.length || result.problems.length ? EXIT_FINDINGS : EXIT_OK;
}

/** The site's browser script, bundled beside the CLI (dist/webview/site.js); from out/ (tests) it is the repository's dist/. */
function siteScript(): string {
  const candidates = [resolve(__dirname, 'webview/site.js'), resolve(__dirname, '../../../../dist/webview/site.js')];
  const found = candidates.find((file) => existsSync(file));
  if (!found) throw new Error('the site script (dist/webview/site.js) is missing: run `npm run build`');
  return readFileSync(found, 'utf8');
}

function isInside(file: string, folder: string): boolean {
  const path = relative(folder, file);
  return path !== '' && !path.startsWith('..') && !isAbsolute(path);
}
