// Starts the code-server prepared by prepare.mjs (VS Code 1.100.3) for tests and `npm start`.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3'; // = VS Code 1.100.3, the newest code-server on Node 20
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CACHE_DIR = path.join(ROOT, '.cache/vscode-server');
export const CODE_SERVER_DIR = path.join(CACHE_DIR, 'node_modules/code-server');
export const OUTPUT_DIR = path.join(ROOT, '.test-output');
export const CHROMIUM = '/usr/bin/chromium';
/** The committed workspace the tests start from; they only ever open copies of it. */
export const FIXTURE_WORKSPACE = path.join(ROOT, 'test/fixtures/workspace');
const ENTRY = path.join(CODE_SERVER_DIR, 'out/node/entry.js');

/** Chromium flags for a headless, offline, CI-friendly browser. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

// Keep the workbench quiet and deterministic: no telemetry, trust prompt, welcome page or tips.
const SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'chat.commandCenter.enabled': false,
  'git.openRepositoryInParentFolders': 'never', // fixtures live inside this repo's git tree
};

/** Makes a fresh user-data dir (with SETTINGS) and extensions dir under .test-output/vscode-profiles. */
export function freshProfile(name = 'profile') {
  const base = path.join(OUTPUT_DIR, 'vscode-profiles');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(path.join(base, `${name}-`));
  mkdirSync(path.join(dir, 'data/User'), { recursive: true });
  writeFileSync(path.join(dir, 'data/User/settings.json'), JSON.stringify(SETTINGS, null, 2));
  // An explicit --config keeps code-server from writing a default one into ~/.config.
  writeFileSync(path.join(dir, 'config.yaml'), '');
  return { userDataDir: path.join(dir, 'data'), extensionsDir: path.join(dir, 'extensions'), config: path.join(dir, 'config.yaml') };
}

/**
 * A fresh copy of FIXTURE_WORKSPACE under .test-output/workspaces/<name>-<random>/, plus
 * `files` (relative path -> text). Each run and each workbench gets its own, so tests may write
 * into their workspace freely: the fixtures stay as committed and concurrent runs cannot collide.
 * @param {string} name
 * @param {Record<string, string>} [files]
 * @returns {{ folder: string, remove(): void }}
 */
export function freshWorkspace(name, files = {}) {
  const base = path.join(OUTPUT_DIR, 'workspaces');
  mkdirSync(base, { recursive: true });
  const folder = mkdtempSync(path.join(base, `${name}-`));
  cpSync(FIXTURE_WORKSPACE, folder, { recursive: true });
  for (const [relative, text] of Object.entries(files)) {
    const file = path.join(folder, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

function profileArgs({ userDataDir, extensionsDir, config }) {
  return ['--config', config, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
}

/** Installs a .vsix into an extensions dir (code-server's CLI, no network needed). */
export function installVsix(vsix, profile) {
  const r = spawnSync(process.execPath, [ENTRY, ...profileArgs(profile),
    '--install-extension', vsix, '--force'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`installing ${vsix} failed:\n${r.stdout}${r.stderr}`);
}

// Servers run in their own process group (see startServer); make sure none outlives this
// process, even when a runner exits early on a timeout.
const running = new Set();
process.on('exit', () => {
  for (const pid of running) killGroup(pid, 'SIGKILL');
});
function killGroup(pid, signal) {
  try { process.kill(-pid, signal); } catch { /* already gone */ }
}

/**
 * Starts code-server and resolves once it answers HTTP.
 * @param {object} [options]
 * @param {string} [options.host] bind address (default 127.0.0.1)
 * @param {number} [options.port] 0 (default) lets the OS pick a free port
 * @param {{userDataDir: string, extensionsDir: string, config: string}} [options.profile] default: freshProfile()
 * @param {string} [options.logName] code-server's output goes to .test-output/logs/<logName>.log
 */
export async function startServer({ host = '127.0.0.1', port = 0, profile = freshProfile(), logName = 'code-server' } = {}) {
  mkdirSync(path.join(OUTPUT_DIR, 'logs'), { recursive: true });
  const logFile = path.join(OUTPUT_DIR, 'logs', `${logName}.log`);
  const logStream = createWriteStream(logFile);
  const child = spawn(process.execPath, [ENTRY, '--auth', 'none', '--bind-addr', `${host}:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    ...profileArgs(profile)],
  // Own process group, so stopping it also ends the extension host and other children.
  { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child.pid);
  child.once('exit', () => running.delete(child.pid));
  child.stderr.pipe(logStream);

  // With port 0 the real port is only known from code-server's "HTTP server listening on" line.
  const url = await new Promise((resolve, reject) => {
    let output = '';
    const onExit = (code) => fail(new Error(`code-server exited with ${code}`));
    const onData = (chunk) => {
      logStream.write(chunk);
      output += chunk;
      const match = /HTTP server listening on (http:\/\/[^\s/]+)/.exec(output);
      if (match) done(() => resolve(`${match[1]}/`));
    };
    const timer = setTimeout(() => fail(new Error('code-server did not start within 60 s')), 60_000);
    const done = (settle) => {
      clearTimeout(timer);
      child.off('exit', onExit).off('error', fail);
      child.stdout.off('data', onData);
      settle();
    };
    function fail(error) {
      killGroup(child.pid, 'SIGKILL');
      done(() => reject(new Error(`${error.message}; see ${logFile}`)));
    }
    child.once('error', fail).once('exit', onExit);
    child.stdout.on('data', onData);
  });
  child.stdout.pipe(logStream);

  let stopped;
  const server = {
    url,
    port: Number(new URL(url).port),
    logFile,
    profile,
    /**
     * Workbench URL opening `folder`, or the multi-root workspace when it is a `.code-workspace`
     * file; `payload` is a list of [name, value] pairs for the workbench.
     */
    workbenchUrl(folder, payload) {
      const query = new URLSearchParams(folder.endsWith('.code-workspace') ? { workspace: folder } : { folder });
      if (payload) query.set('payload', JSON.stringify(payload));
      return `${url}?${query}`;
    },
    /** A vscode-remote URI for a path on this server (what payload paths must be). */
    remoteUri(absPath) {
      return `vscode-remote://${new URL(url).host}${absPath}`;
    },
    stop() {
      stopped ??= new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const kill = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5_000);
        child.once('exit', () => { clearTimeout(kill); logStream.end(); resolve(); });
        killGroup(child.pid, 'SIGTERM');
      });
      return stopped;
    },
  };
  try {
    await waitForHealthz(url);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

async function waitForHealthz(url) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(new URL('healthz', url))).ok) return;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`code-server at ${url} did not answer /healthz`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
