// Evidence import: a year of a 90-channel Slack export (1,000,000 messages), imported for a
// six-hour window, against reading and JSON.parse of just the day files that window needs.
// Peak memory is measured in child processes: the windowed import of the year's export must
// not need more than of a month's.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCandidates } from '../../src/core/import/read';
import { dayFileWanted } from '../../src/core/import/slack';
import { folderTree } from '../../src/core/import/files';
import type { ImportWindow } from '../../src/core/import/types';
import { measure, type Row, type Suite } from '../measure';
import { slackExport, type ExportShape } from '../slack-export';

const YEAR: ExportShape = { messages: 1_000_000, channels: 90, days: 365, start: '2025-07-01' };
/** The same channels and density, one month: for the memory comparison. */
const MONTH: ExportShape = { messages: Math.round((1_000_000 * 30) / 365), channels: 90, days: 30, start: '2026-01-01' };
const WINDOW: ImportWindow = { since: Date.parse('2026-01-15T09:00:00Z'), until: Date.parse('2026-01-15T15:00:00Z') };

async function importOnce(dir: string, window: ImportWindow): Promise<number> {
  return (await readCandidates([{ path: dir }], {}, window)).candidates.length;
}

/** The import run in a child process, for its peak resident memory in KB. */
function peakRss(dir: string, window: ImportWindow): number {
  const script = join(__dirname, 'import-peak.js');
  const out = execFileSync(process.execPath, [script, dir, String(window.since ?? ''), String(window.until ?? '')], { encoding: 'utf8' });
  return Number(out.trim());
}

export const importSuite: Suite = {
  name: 'import a Slack export',
  async run(): Promise<Row[]> {
    process.stderr.write('  generating the exports in the temporary folder (first run only)…\n');
    const year = slackExport(YEAR);
    const month = slackExport(MONTH);
    const tree = folderTree(year, Infinity);
    const needed = tree
      .list('')
      .filter((name) => name.endsWith('/'))
      .flatMap((folder) => tree.list(folder).map((name) => folder + name))
      .filter((path) => dayFileWanted(path, WINDOW))
      .map((path) => join(year, path));

    // Warm both paths (file cache, JIT) before timing.
    await importOnce(year, WINDOW);
    const samples: number[] = [];
    const parseSamples: number[] = [];
    for (let i = 0; i < 15; i++) {
      parseSamples.push(measure({ parse: () => needed.forEach((file) => JSON.parse(readFileSync(file, 'utf8'))) }, { repetitions: 1, warmup: 0 }).parse);
      const start = performance.now();
      await importOnce(year, WINDOW);
      samples.push(performance.now() - start);
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1];
    const parse: Row = { name: `read + JSON.parse of the ${needed.length} day files a 6 h window needs`, ms: median(parseSamples) };

    const start = performance.now();
    const all = await importOnce(year, {});
    const whole: Row = { name: `import the whole export, no window (${all} candidates of 1,000,000 messages)`, ms: performance.now() - start };

    const monthPeak: Row = { name: 'peak RSS, 6 h window, a month of 90 channels', ms: peakRss(month, WINDOW), unit: 'KB' };
    return [
      parse,
      { name: 'import 1,000,000 messages, 90 channels, a year, 6 h window', ms: median(samples), baseline: parse, goal: { max: 1.5, unit: 'ratio' } },
      whole,
      monthPeak,
      { name: 'peak RSS, 6 h window, a year of 90 channels', ms: peakRss(year, WINDOW), unit: 'KB', baseline: monthPeak, goal: { max: 1.15, unit: 'ratio' } },
    ];
  },
};
