// Runs the integration suites under @vscode/test-electron, for contributors whose machine can
// download VS Code (CI cannot; it uses run-integration.mjs with code-server instead).
// Expects `npm run build` and `tsc -p .` to have run.
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { ROOT } from './server.mjs';

try {
  await runTests({
    version: '1.100.3', // the same VS Code as code-server 4.100.3 in CI
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'out/test/integration/index.js'),
    launchArgs: [path.join(ROOT, 'test/fixtures/workspace'), '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (error) {
  console.error(`[electron] FAILED: ${error.message ?? error}`);
  process.exit(1);
}
