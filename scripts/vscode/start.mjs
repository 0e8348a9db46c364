// `npm start`: builds and packages the extension, installs the .vsix into a fresh code-server
// profile (VS Code 1.100.3) and serves it until Ctrl-C with a fresh scratch copy of examples/
// open (.cache/demo-workspace, see demo-workspace.mjs), so trying it never changes tracked files.
// The port comes from $PORT, else 8080, else any free port; it binds to 127.0.0.1 only.
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { prepareDemoWorkspace } from './demo-workspace.mjs';
import { ROOT, freshProfile, installVsix, startServer } from './server.mjs';

const VSIX = path.join(ROOT, '.cache/post-incident-review.vsix');

function step(cmd, args) {
  console.log(`[start] $ ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`[start] FAILED: ${cmd} ${args.join(' ')}`);
    process.exit(1);
  }
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer().once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

step(process.execPath, ['scripts/vscode/prepare.mjs']);
step('npm', ['run', 'build']);
step('npx', ['vsce', 'package', '--no-dependencies', '-o', VSIX]);

const workspace = prepareDemoWorkspace(ROOT);
const profile = freshProfile('start');
installVsix(VSIX, profile);
const wanted = Number(process.env.PORT ?? 8080);
const port = (await portIsFree(wanted)) ? wanted : 0;
if (port === 0) console.log(`[start] port ${wanted} is taken, using a free one`);
const server = await startServer({ port, profile, logName: 'start-code-server' });

console.log(`\n  Post-Incident Review in VS Code 1.100.3:\n\n    ${server.workbenchUrl(workspace)}\n`);
console.log(`  (a scratch copy of examples/ in ${path.relative(ROOT, workspace)}, made afresh on each start;`);
console.log(`   log: ${path.relative(ROOT, server.logFile)}; Ctrl-C to stop)\n`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await server.stop();
    process.exit(0);
  });
}
