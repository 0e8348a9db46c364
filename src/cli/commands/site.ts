import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { SiteScripts } from '../../core/site/build';
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
    files, base: io.cwd, out, full: values.full, now: parseNow(values.now), scripts: siteScripts(), tracker: config.tracker,
  });
  for (const { path, message } of [...result.unreadable, ...result.problems]) io.stderr(`${path}: left out of the site: ${message}\n`);
  const pages = files.length - result.unreadable.length - result.problems.length;
  io.stdout(`${relative(io.cwd, out) || '.'}/index.html: ${pages} review${pages === 1 ? '' : 's'}, ${pages - result.kept.length} page${pages - result.kept.length === 1 ? '' : 's'} rendered, ${result.kept.length} unchanged\n`);
  return result.unreadable.length || result.problems.length ? EXIT_FINDINGS : EXIT_OK;
}

/** The site's browser scripts, bundled beside the CLI (dist/webview/); from out/ (tests) they are the repository's dist/. */
function siteScripts(): SiteScripts {
  const dist = [resolve(__dirname, 'webview'), resolve(__dirname, '../../../../dist/webview')].find((dir) => existsSync(resolve(dir, 'site.js')));
  if (!dist) throw new Error('the site scripts (dist/webview/site.js) are missing: run `npm run build`');
  return { site: readFileSync(resolve(dist, 'site.js'), 'utf8'), dashboard: readFileSync(resolve(dist, 'site-dashboard.js'), 'utf8') };
}

function isInside(file: string, folder: string): boolean {
  const path = relative(folder, file);
  return path !== '' && !path.startsWith('..') && !isAbsolute(path);
}
