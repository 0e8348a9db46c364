// Runs the integration suites under @vscode/test-electron, for contributors whose machine can
// download VS Code (CI cannot; it uses run-integration.mjs with code-server instead).
// Expects `npm run build` and `tsc -p .` to have run.
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { ROOT, freshWorkspace } from './server.mjs';

// The tests write into their workspace: a copy of the fixtures of this run's own.
const workspace = freshWorkspace('electron');
try {
  await runTests({
    version: '1.100.3', // the same VS Code as code-server 4.100.3 in CI
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'out/test/integration/index.js'),
    launchArgs: [workspace.folder, '--disable-extensions', '--disable-workspace-trust'],
  });
  workspace.remove();
} catch (error) {
  console.error(`[electron] FAILED: ${error.message ?? error} (workspace kept: ${path.relative(ROOT, workspace.folder)})`);
  process.exit(1);
}
