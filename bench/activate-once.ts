// One cold activation of the bundled extension in plain Node, for the activation suite: times
// `require('dist/extension.js')` and `activate()`, as VS Code's "activation time" adds up code
// loading and the activate call. `vscode` is a stand-in that accepts any call, so this measures
// our own start-up work, not VS Code's (which the e2e test reports from a real workbench).
// Prints `{"loadMs":…,"activateMs":…}`. Run in a fresh process per sample: a module loads once.
import Module from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Any property is another stand-in, any call or `new` returns one; strings and promises work. */
function standIn(): unknown {
  const target = function () { /* callable */ };
  const handler: ProxyHandler<typeof target> = {
    get: (_target, key) => {
      if (key === Symbol.toPrimitive) return () => '';
      if (key === Symbol.iterator) return function* () { /* empty */ };
      if (key === 'then') return undefined; // awaiting a stand-in resolves at once
      return standIn();
    },
    apply: () => standIn(),
    construct: () => standIn() as object,
    // esbuild's ESM interop reads exports through the prototype of `require('vscode')`.
    getPrototypeOf: () => standIn() as object,
  };
  return new Proxy(target, handler);
}

const FAKE_VSCODE = '/bench/fake/vscode';
const moduleApi = Module as unknown as {
  _resolveFilename(request: string, ...rest: unknown[]): string;
  _cache: Record<string, unknown>;
};
const resolve = moduleApi._resolveFilename;
moduleApi._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? FAKE_VSCODE : resolve.call(this, request, ...rest);
};
const fake = new Module(FAKE_VSCODE);
fake.exports = standIn();
fake.loaded = true;
moduleApi._cache[FAKE_VSCODE] = fake;

const root = join(__dirname, '..', '..');
const context = new Proxy({
  subscriptions: [] as unknown[],
  workspaceState: { get: () => undefined, update: async () => undefined },
  globalState: { get: () => undefined, update: async () => undefined },
  extension: { packageJSON: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) },
}, { get: (target, key) => (key in target ? target[key as keyof typeof target] : standIn()) });

const start = performance.now();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const extension = require(join(root, 'dist', 'extension.js')) as { activate(context: unknown): unknown };
const loaded = performance.now();
extension.activate(context);
const activated = performance.now();
process.stdout.write(`${JSON.stringify({ loadMs: loaded - start, activateMs: activated - loaded })}\n`);
// Activation may have started timers and scans against the stand-in: the sample is taken.
process.exit(0);
