// Prepares a real VS Code for the tests: code-server (= VS Code server + web workbench) from
// npm, plus Debian's Chromium to drive it. @vscode/test-electron cannot be used in CI because
// it downloads VS Code from a host CI cannot reach; only the npm registry and apt are allowed.
//
// code-server's postinstall downloads ripgrep and argon2 binaries from GitHub, so it is
// installed with --ignore-scripts and its native parts are built here from source instead.
// Idempotent: a marker file records the prepared version, so a second run takes a moment.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CACHE_DIR, CHROMIUM, CODE_SERVER_DIR, CODE_SERVER_VERSION } from './server.mjs';

// The native-build tools are pinned devDependencies, so `npm ci` brings them in from the lock
// file; nothing is fetched at test time.
const require = createRequire(import.meta.url);
const NODE_GYP = require.resolve('node-gyp/bin/node-gyp.js');
const NODE_PRE_GYP = require.resolve('@mapbox/node-pre-gyp/bin/node-pre-gyp');

// Bump the suffix when the recipe below changes so prepared caches are rebuilt.
const MARKER_TEXT = `code-server@${CODE_SERVER_VERSION} recipe-1\n`;
const MARKER = path.join(CACHE_DIR, '.prepared');
const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'ripgrep'];
const VSCODE_DIR = path.join(CODE_SERVER_DIR, 'lib/vscode');

// npm rebuild / node-gyp would otherwise fetch Node headers from nodejs.org (unreachable);
// the headers that ship with this Node installation are enough.
const nodePrefix = path.resolve(path.dirname(process.execPath), '..');
const nodeDirEnv = existsSync(path.join(nodePrefix, 'include/node/node.h')) ? { npm_config_nodedir: nodePrefix } : {};

function log(message) {
  console.log(`[prepare] ${message}`);
}

function run(cmd, args, cwd = CACHE_DIR, env = {}) {
  log(`$ ${[cmd, ...args].join(' ')}   (in ${path.relative(process.cwd(), cwd) || '.'})`);
  const result = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, ...nodeDirEnv, ...env } });
  if (result.error) throw new Error(`could not run ${cmd}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`'${[cmd, ...args].join(' ')}' exited with ${result.status ?? result.signal}`);
}

function missingAptPackages() {
  return APT_PACKAGES.filter((pkg) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

function installAptPackages() {
  const missing = missingAptPackages();
  if (missing.length === 0) return log(`apt packages present: ${APT_PACKAGES.join(', ')}`);
  log(`installing apt packages: ${missing.join(', ')}`);
  // CI runs as root; elsewhere go through sudo.
  const aptGet = (...args) => (process.getuid?.() === 0 ? run('apt-get', args, process.cwd(), env) : run('sudo', ['apt-get', ...args], process.cwd(), env));
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  aptGet('update');
  aptGet('install', '-y', ...missing);
}

function prepareCodeServer() {
  mkdirSync(CACHE_DIR, { recursive: true });
  // Own package.json so npm installs here instead of walking up into the project.
  writeFileSync(path.join(CACHE_DIR, 'package.json'), '{ "private": true, "description": "code-server for tests (scripts/vscode/prepare.mjs)" }\n');
  const npmInstall = ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--no-save'];

  log(`step 1/6: code-server@${CODE_SERVER_VERSION} from npm`);
  run('npm', [...npmInstall, `code-server@${CODE_SERVER_VERSION}`]);

  log('step 2/6: VS Code server dependencies and native modules');
  run('npm', [...npmInstall, '--omit=dev'], VSCODE_DIR);
  run('npm', ['rebuild', '@vscode/spdlog', 'kerberos', 'native-watchdog', '@vscode/deviceid'], VSCODE_DIR);
  // node-pty's own install script asks a question; call node-gyp directly.
  run(process.execPath, [NODE_GYP, 'rebuild', ...(nodeDirEnv.npm_config_nodedir ? [`--nodedir=${nodePrefix}`] : [])],
    path.join(VSCODE_DIR, 'node_modules/node-pty'));

  log('step 3/6: ripgrep (search) from Debian');
  const rgDir = path.join(VSCODE_DIR, 'node_modules/@vscode/ripgrep/bin');
  mkdirSync(rgDir, { recursive: true });
  rmSync(path.join(rgDir, 'rg'), { force: true });
  copyFileSync('/usr/bin/rg', path.join(rgDir, 'rg'));

  log('step 4/6: node_modules.asar link and built-in extensions');
  // The server looks for its modules in node_modules.asar; the packaged build ships one.
  const asar = path.join(VSCODE_DIR, 'node_modules.asar');
  rmSync(asar, { force: true });
  symlinkSync('node_modules', asar);
  run('npm', [...npmInstall, '--omit=dev'], path.join(VSCODE_DIR, 'extensions'));

  log('step 5/6: argon2 (needed at start even with --auth none), built from source');
  const argon2 = [path.join(CACHE_DIR, 'node_modules/argon2'), path.join(CODE_SERVER_DIR, 'node_modules/argon2')].find(existsSync);
  if (!argon2) throw new Error('argon2 not found next to code-server');
  // npm_config_node_gyp: node-pre-gyp builds with this node-gyp rather than whichever is on PATH.
  run(process.execPath, [NODE_PRE_GYP, 'install', '--build-from-source'], argon2, { npm_config_node_gyp: NODE_GYP });

  log('step 6/6: smoke check');
  // --config keeps code-server from writing a default config into ~/.config.
  run(process.execPath, [path.join(CODE_SERVER_DIR, 'out/node/entry.js'), '--config', path.join(CACHE_DIR, 'config.yaml'), '--version']);
}

function main() {
  const started = Date.now();
  installAptPackages();
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing although the chromium package is installed`);
  if (existsSync(MARKER) && readFileSync(MARKER, 'utf8') === MARKER_TEXT) {
    return log(`code-server ${CODE_SERVER_VERSION} already prepared in ${path.relative(process.cwd(), CACHE_DIR)}`);
  }
  rmSync(MARKER, { force: true });
  prepareCodeServer();
  writeFileSync(MARKER, MARKER_TEXT);
  log(`done in ${Math.round((Date.now() - started) / 1000)} s: code-server ${CODE_SERVER_VERSION} in ${path.relative(process.cwd(), CACHE_DIR)}`);
}

try {
  main();
} catch (error) {
  console.error(`[prepare] FAILED: ${error.message}`);
  console.error('[prepare] Needs: Debian/Ubuntu with apt (as root or with sudo), Node 20, the npm registry, python3, make, g++.');
  process.exit(1);
}
