// Runs the Playwright e2e tests (out/test/e2e/**/*.e2e.test.js) with mocha in plain Node.
// Each test file opens its own workbench through test/e2e/workbench.ts.
// Expects `npm run build`, `tsc -p .` and prepare.mjs to have run. Arguments keep only the files
// whose names contain one of them: `node scripts/vscode/run-e2e.mjs action-tree`.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';
import { ROOT } from './server.mjs';

const TIMEOUT_MS = 10 * 60_000; // the whole run, so CI never hangs
const E2E_DIR = path.join(ROOT, 'out/test/e2e');

process.setSourceMapsEnabled(true);
const timeout = setTimeout(() => {
  console.error(`[e2e] FAILED: not finished after ${TIMEOUT_MS / 60_000} minutes`);
  process.exit(1);
}, TIMEOUT_MS);

// Workbench start-up alone takes several seconds; steps wait up to Playwright's 30 s default.
const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 90_000 });
const only = process.argv.slice(2);
const files = readdirSync(E2E_DIR, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.e2e.test.js') && (only.length === 0 || only.some((part) => f.includes(part))))
  .sort();
if (files.length === 0) {
  console.error(`[e2e] FAILED: no *.e2e.test.js under ${path.relative(ROOT, E2E_DIR)} (run tsc -p . first)`);
  process.exit(1);
}
for (const file of files) mocha.addFile(path.join(E2E_DIR, file));
await mocha.loadFilesAsync();
const runner = mocha.run((failures) => {
  clearTimeout(timeout);
  console.log(`[e2e] screenshots and logs: ${path.relative(ROOT, path.join(ROOT, '.test-output'))}/`);
  // The same last line as the integration runner. A failed hook counts as a failure.
  console.log(`${runner.stats?.passes ?? 0} passed, ${failures} failed`);
  process.exit(failures > 0 || !runner.stats?.passes ? 1 : 0);
});
