// `npm run bench`: runs every suite and prints one table. Exits 1 when a goal is missed.
import { formatTable, meetsGoal, type Row, type Suite } from './measure';
import { activationSuite } from './suites/activation-suite';
import { importSuite } from './suites/import-suite';
import { indexSuite } from './suites/index-suite';
import { lintSuite } from './suites/lint-suite';
import { siteSuite } from './suites/site-suite';

/** Adding a suite is one entry here. */
const SUITES: readonly Suite[] = [activationSuite, lintSuite, indexSuite, importSuite, siteSuite];

async function main(): Promise<void> {
  // `node out/bench/run.js index` runs only the suites whose name contains one of the words.
  const only = process.argv.slice(2);
  const rows: Row[] = [];
  for (const suite of SUITES.filter((s) => only.length === 0 || only.some((word) => s.name.includes(word)))) {
    process.stderr.write(`running ${suite.name}…\n`);
    rows.push(...(await suite.run()));
  }
  process.stdout.write(`${formatTable(rows)}\n`);
  if (rows.some((row) => meetsGoal(row) === false)) process.exitCode = 1;
}

void main();
