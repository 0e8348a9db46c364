// Runs the mocha suites of test/integration inside the real VS Code extension host:
// code-server serves VS Code 1.100.3, Chromium (via playwright-core) opens the workbench with a
// `payload` that loads this repo as development extension and out/test/integration/index.js as
// the tests entry. The workbench reports the result through window.codeAutomationExit(code).
// Expects `npm run build`, `tsc -p .` and prepare.mjs to have run.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, OUTPUT_DIR, ROOT, freshWorkspace, startServer } from './server.mjs';

const TIMEOUT_MS = 10 * 60_000; // the whole run, so CI never hangs
const TESTS_ENTRY = path.join(ROOT, 'out/test/integration/index.js');
// `node scripts/vscode/run-integration.mjs timeline preview` runs only the files whose names
// contain one of the words. The extension host reads them from this file (it has no argv of ours).
const ONLY_FILE = path.join(ROOT, 'out/test/integration/only.json');
const only = process.argv.slice(2);

async function main() {
  for (const file of [TESTS_ENTRY, path.join(ROOT, 'dist/extension.js')]) {
    if (!existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: run \`npm run build && tsc -p .\` first`);
  }
  if (only.length > 0) writeFileSync(ONLY_FILE, JSON.stringify(only));
  else rmSync(ONLY_FILE, { force: true });
  // The tests write into their workspace: a copy of the fixtures of this run's own.
  const workspace = freshWorkspace('integration');
  const server = await startServer({ logName: `integration-code-server-${path.basename(workspace.folder)}` });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  let code = 1;
  try {
    const page = await browser.newPage();
    const exitCode = new Promise((resolve) => page.exposeFunction('codeAutomationExit', resolve));
    // Extension host console output (mocha's spec reporter) arrives as page console messages.
    page.on('console', (message) => {
      const text = message.text();
      if (!text.includes(CONSOLE_TAG)) return;
      const line = text.slice(text.indexOf(CONSOLE_TAG) + CONSOLE_TAG.length);
      if (SUMMARY.test(line)) summary = line; // printed last, after the runner's own lines
      else console.log(line);
    });
    page.on('pageerror', (error) => console.error(`[workbench] ${error.message}`));

    const payload = [
      ['extensionDevelopmentPath', server.remoteUri(ROOT)],
      ['extensionTestsPath', server.remoteUri(TESTS_ENTRY)],
    ];
    console.log(`[integration] VS Code at ${server.url}, workspace ${path.relative(ROOT, workspace.folder)}, tests: ${path.relative(ROOT, TESTS_ENTRY)}`);
    await page.goto(server.workbenchUrl(workspace.folder, payload));
    code = await exitCode;
    if (code !== 0) await page.screenshot({ path: path.join(OUTPUT_DIR, `screenshots/integration-failure-${path.basename(workspace.folder)}.png`) });
    return code;
  } finally {
    await browser.close();
    await server.stop();
    // Kept after a failure, to see what the tests left.
    if (code === 0) workspace.remove();
    else console.log(`[integration] workspace kept: ${path.relative(ROOT, workspace.folder)}`);
  }
}

// Set by test/integration/index.ts on every line the tests print; everything else in the page
// console is the workbench's own logging.
const CONSOLE_TAG = '[pir-test] ';
/** The last line test/integration/index.ts prints; repeated here as the run's last line. */
const SUMMARY = /^\d+ passed, \d+ failed$/;
let summary;

const timeout = setTimeout(() => {
  console.error(`[integration] FAILED: no result after ${TIMEOUT_MS / 60_000} minutes`);
  process.exit(1);
}, TIMEOUT_MS);

main().then(
  (code) => {
    clearTimeout(timeout);
    console.log(`[integration] exit code ${code}`);
    if (summary === undefined) {
      console.error('[integration] FAILED: the tests ended without reporting how many passed');
      process.exit(1);
    }
    console.log(summary);
    process.exit(code === 0 ? 0 : 1);
  },
  (error) => {
    console.error(`[integration] FAILED: ${error.stack ?? error}`);
    process.exit(1);
  },
);
