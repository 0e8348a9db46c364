// Inputs -> candidates: each path is a Slack export (folder or zip) or a single file whose
// source is detected from its content (or forced by `from`), read by that source's importer.
// Everything is read and checked before anything is returned: one bad file fails the whole read.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { isAlertmanagerList, readAlertmanager } from './alertmanager';
import { Collector } from './collect';
import { readCsv } from './csv';
import { detectFormat, detectJson, EXPECTED, EXPECTED_ANY, isSlackMessages, looksLikeJson, notThatSource, unknownJson } from './detect';
import { folderTree, isZip, parseJson, readLimited, zipTree, type FileTree } from './files';
import { isGitLog, readGitLog } from './git';
import { historyName, readGitHistory } from './git-history';
import { collectDeployments, githubRecords, readGitHub, type Deployments } from './github';
import { isGrafanaAnnotations, readGrafana } from './grafana';
import { isOpsgenieLog, readOpsgenieLog } from './opsgenie';
import { incidentPage, isPagerDutyIncident, isPagerDutyLog, readPagerDutyLog, type IncidentPages } from './pagerduty';
import { exportRoot, readSlackExport, readSlackHistory, slackFileWanted } from './slack';
import { readTeams, teamsMessages } from './teams';
import { isRecord } from '../review';
import { ImportError, MAX_FILE_BYTES, type ImportInput, type ImportOptions, type ImportWindow, type ReadResult, type SourceName } from './types';

/** One file's content, read and (for JSON) parsed, with its source. */
interface Loaded {
  file: string;
  from: SourceName;
  text: string;
  value?: unknown;
}

/**
 * Reads every input and returns the candidates in `window`, time-ordered. Throws ImportError
 * for the first input that cannot be read (an unknown format, broken JSON, a file over the limit).
 */
export async function readCandidates(inputs: readonly ImportInput[], options: ImportOptions, window: ImportWindow): Promise<ReadResult> {
  const sink = new Collector(window, options);
  const limit = options.maxFileBytes ?? MAX_FILE_BYTES;
  const formats: ReadResult['formats'] = [];
  const loaded: Loaded[] = [];
  for (const input of inputs) {
    if ('git' in input) {
      await readGitHistory(input.git, sink, options);
      formats.push({ file: historyName(input.git), from: 'git' });
      continue;
    }
    const from = input.from ?? options.from;
    if ('text' in input) {
      loaded.push(load(input.name, input.text, from));
      continue;
    }
    const tree = exportTree(input.path, limit, window);
    if (Array.isArray(tree)) {
      // A folder of exported files: each is read as if named on its own.
      for (const file of tree) loaded.push(load(file, readLimited(file, limit), from));
      continue;
    }
    if (tree) {
      if (from && from !== 'slack') throw notThatSource(input.path, from);
      readSlackExport(tree, sink, options);
      formats.push({ file: input.path, from: 'slack' });
      continue;
    }
    loaded.push(load(input.path, readLimited(input.path, limit), from));
    await Promise.resolve(); // let a cancellation or progress message in between files
  }
  // What one file says about another's records: incident pages, deployments behind statuses.
  const context: Context = { pages: new Map(), deployments: new Map() };
  for (const item of loaded) {
    if (item.from === 'pagerduty' && isPagerDutyIncident(item.value)) incidentPage(item.value as Record<string, unknown>, context.pages);
    const records = item.from === 'github' ? githubRecords(item.value) : undefined;
    if (records) collectDeployments(records, context.deployments);
  }
  for (const item of loaded) {
    readLoaded(item, sink, options, context);
    formats.push({ file: item.file, from: item.from });
  }
  const candidates = sink.candidates.sort((a, b) => a.ms - b.ms);
  return { candidates, outsideWindow: sink.outsideWindow, noise: sink.noise, formats };
}

/**
 * A Slack export tree when `path` is one (a folder or a zip); the files in a folder that is not
 * an export; undefined for a plain file. Refuses empty folders and zips that are not exports.
 */
function exportTree(path: string, limit: number, window: ImportWindow): FileTree | string[] | undefined {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new ImportError(path, 'does not exist.');
  let tree: FileTree;
  if (stat.isDirectory()) tree = folderTree(path, limit);
  else if (isZip(path)) tree = zipTree(path, limit, (entry) => slackFileWanted(entry, window));
  else return undefined;
  const what = stat.isDirectory() ? 'folder' : 'zip';
  if (tree.list('').length === 0) throw new ImportError(path, `is an empty ${what}; expected ${EXPECTED.slack}.`);
  if (exportRoot(tree) !== undefined) return tree;
  if (what === 'folder') return filesIn(tree, '').map((file) => join(path, file));
  throw new ImportError(path, `is a zip but not a Slack export; expected ${EXPECTED.slack}.`);
}

/** Every file under `folder` of a tree, sorted. */
function filesIn(tree: FileTree, folder: string): string[] {
  return tree
    .list(folder)
    .flatMap((name) => (name.endsWith('/') ? filesIn(tree, folder + name) : [folder + name]))
    .sort();
}

function load(file: string, text: string, forced: SourceName | undefined): Loaded {
  if (forced === 'git' || forced === 'csv') return { file, from: forced, text };
  if (!forced) {
    if (!looksLikeJson(text)) return { file, from: detectFormat(file, text), text };
    const value = parseJson(file, text, EXPECTED_ANY);
    const from = detectJson(value);
    if (!from) throw unknownJson(file);
    return { file, from, text, value };
  }
  return { file, from: forced, text, value: parseJson(file, text, EXPECTED[forced]) };
}

interface Context {
  pages: IncidentPages;
  deployments: Deployments;
}

function readLoaded({ file, from, text, value }: Loaded, sink: Collector, options: ImportOptions, { pages, deployments }: Context): void {
  switch (from) {
    case 'git':
      if (!isGitLog(text)) throw notThatSource(file, from);
      return readGitLog(text, file, sink);
    case 'csv':
      return readCsv(text, file, sink, options.timeZone);
    case 'slack':
      if (!isSlackMessages(value)) throw notThatSource(file, from);
      return readSlackHistory(Array.isArray(value) ? { messages: value } : (value as Record<string, unknown>), file, sink, options);
    case 'pagerduty':
      if (isPagerDutyLog(value)) return readPagerDutyLog(value, file, sink, options, pages);
      if (isPagerDutyIncident(value)) return; // read above for its page
      throw notThatSource(file, from);
    case 'opsgenie':
      if (!isOpsgenieLog(value)) throw notThatSource(file, from);
      return readOpsgenieLog(value, file, sink);
    case 'alertmanager':
      if (isRecord(value) && Array.isArray(value.alerts)) return readAlertmanager(value.alerts, file, sink);
      if (isAlertmanagerList(value)) return readAlertmanager(value, file, sink);
      throw notThatSource(file, from);
    case 'grafana':
      if (!isGrafanaAnnotations(value)) throw notThatSource(file, from);
      return readGrafana(value, file, sink);
    case 'github': {
      const records = githubRecords(value);
      if (!records) throw notThatSource(file, from);
      return readGitHub(records, file, sink, deployments);
    }
    case 'teams': {
      const messages = teamsMessages(value);
      if (!messages) throw notThatSource(file, from);
      return readTeams(messages, file, sink);
    }
  }
}
