// Entry point loaded inside the VS Code extension host (by scripts/vscode/run-integration.mjs
// through code-server, or by scripts/vscode/run-electron.mjs through @vscode/test-electron).
// Same contract as @vscode/test-electron: export run(); a rejection means failure.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { format } from 'util';

// Under code-server the workbench receives extension-host console output unformatted and mixed
// with its own logs, so the reporter's lines are formatted here and tagged for
// scripts/vscode/run-integration.mjs to pick out. (The extension host ignores assignments to
// console.log, hence the reporter hook.)
const CONSOLE_TAG = '[pir-test] ';

export async function run(): Promise<void> {
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(CONSOLE_TAG + format(...args));
  // No colours: the output ends up in CI logs via the browser console.
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 20_000 });
  const only = readOnly();
  const files = fs.readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.js'))
    .filter((f) => only.length === 0 || only.some((word) => f.includes(word)))
    .sort();
  for (const file of files) mocha.addFile(path.join(__dirname, file));

  const stats = await new Promise<Mocha.Stats>((resolve, reject) => {
    try {
      const runner = mocha.run(() => resolve(runner.stats!));
    } catch (error) {
      reject(error); // e.g. a suite file that throws while loading
    }
  });
  // CI greps for this exact line.
  Mocha.reporters.Base.consoleLog(`${stats.passes} passed, ${stats.failures} failed`);
  if (stats.failures > 0) throw new Error(`${stats.failures} integration test(s) failed`);
  if (stats.passes === 0) throw new Error(`no integration tests ran (looked for *.test.js under ${__dirname})`);
}

/** Words written by `run-integration.mjs word…`: run only the files whose names contain one. */
function readOnly(): string[] {
  try {
    return JSON.parse(fs.readFileSync(path.join(__dirname, 'only.json'), 'utf8')) as string[];
  } catch {
    return [];
  }
}
