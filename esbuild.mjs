// Bundles the extension, the CLI and the webviews. `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const watch = process.argv.includes('--watch');
const production = !watch;

// Some dependencies (fdir, under tinyglobby) call createRequire(import.meta.url), which a CJS
// bundle lacks; give them the bundle's own URL.
const importMetaUrl = {
  banner: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;",
  define: { 'import.meta.url': '__importMetaUrl' },
};

// The libraries the extension uses are most of its code, and evaluating them is most of the
// cost of loading it. They go to dist/vendor.js, which the extension requires on first use of
// one of them: each library is imported through a stand-in whose exports load it when read.
const LAZY_LIBRARIES = ['yaml', 'js-yaml', 'ajv', 'ajv-formats', 'markdown-it'];

/** The stand-in for `name`: same export names (read now, at build time), loaded on first access. */
function lazyStandIn(name) {
  const library = createRequire(import.meta.url)(name);
  const load = `() => (library ??= require('./vendor.js')[${JSON.stringify(name)}])`;
  // A class or function export (markdown-it, ajv) must stay callable and constructible.
  const shape = typeof library === 'function'
    ? 'function (...args) { return new.target ? Reflect.construct(load(), args) : load().apply(this, args); }'
    : '{}';
  const keys = Object.keys(library).map((key) => JSON.stringify(key)).join(', ');
  return [
    `let library; const load = ${load};`,
    `const standIn = ${shape};`,
    library.__esModule ? "Object.defineProperty(standIn, '__esModule', { value: true });" : '',
    `for (const key of [${keys}]) Object.defineProperty(standIn, key, { get: () => load()[key], enumerable: true });`,
    'module.exports = standIn;',
  ].join('\n');
}

/** @type {esbuild.Plugin} */
const lazyLibraries = {
  name: 'lazy-libraries',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(${LAZY_LIBRARIES.join('|')})$`) }, (args) => ({ path: args.path, namespace: 'lazy-library' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-library' }, (args) => ({ contents: lazyStandIn(args.path), loader: 'js' }));
  },
};

/** @type {esbuild.BuildOptions[]} */
const builds = [
  {
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode', './vendor.js'],
    plugins: [lazyLibraries],
    banner: { js: importMetaUrl.banner },
    define: importMetaUrl.define,
  },
  {
    stdin: {
      contents: `module.exports = { ${LAZY_LIBRARIES.map((name) => `${JSON.stringify(name)}: require(${JSON.stringify(name)})`).join(', ')} };`,
      resolveDir: '.',
    },
    outfile: 'dist/vendor.js',
    platform: 'node',
    format: 'cjs',
  },
  // Lints large reviews off the extension host's thread (src/core/worker-linter.ts).
  {
    entryPoints: ['src/core/lint-worker.ts'],
    outfile: 'dist/lint-worker.js',
    platform: 'node',
    format: 'cjs',
  },
  // Reads what an import offers off the extension host's thread (src/core/import/in-worker.ts).
  {
    entryPoints: ['src/core/import/worker.ts'],
    outfile: 'dist/import-worker.js',
    platform: 'node',
    format: 'cjs',
  },
  // Builds the knowledge base off the extension host's thread (src/core/site/in-worker.ts).
  {
    entryPoints: ['src/core/site/worker.ts'],
    outfile: 'dist/site-worker.js',
    platform: 'node',
    format: 'cjs',
  },
  {
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    banner: { js: `#!/usr/bin/env node\n${importMetaUrl.banner}` },
    define: importMetaUrl.define,
  },
];

// One browser bundle per webview panel: webview/<panel>/main.ts -> dist/webview/<panel>.js
if (existsSync('webview')) {
  for (const panel of readdirSync('webview', { withFileTypes: true })) {
    const entry = `webview/${panel.name}/main.ts`;
    if (panel.isDirectory() && existsSync(entry)) {
      builds.push({ entryPoints: [entry], outfile: `dist/webview/${panel.name}.js`, platform: 'browser', format: 'iife' });
    }
    // Its stylesheet, loaded by <link> (the CSP allows no inline styles): webview/<panel>/main.css -> dist/webview/<panel>.css
    if (panel.isDirectory() && existsSync(`webview/${panel.name}/main.css`)) {
      builds.push({ entryPoints: [`webview/${panel.name}/main.css`], outfile: `dist/webview/${panel.name}.css` });
    }
  }
  // The codicon font for <vscode-icon>, served from dist/webview like everything a panel loads.
  builds.push({
    entryPoints: ['node_modules/@vscode/codicons/dist/codicon.css'],
    outfile: 'dist/webview/codicon.css',
    loader: { '.ttf': 'file' },
    assetNames: '[name]',
  });
}

const common = { bundle: true, minify: production, sourcemap: !production, target: 'es2022', logLevel: 'info' };

if (watch) {
  for (const b of builds) await (await esbuild.context({ ...common, ...b })).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
