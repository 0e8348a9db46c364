// Bundles the extension, the CLI and the webviews. `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = !watch;

// Some dependencies (fdir, under tinyglobby) call createRequire(import.meta.url), which a CJS
// bundle lacks; give them the bundle's own URL.
const importMetaUrl = {
  banner: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;",
  define: { 'import.meta.url': '__importMetaUrl' },
};

/** @type {esbuild.BuildOptions[]} */
const builds = [
  {
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    banner: { js: importMetaUrl.banner },
    define: importMetaUrl.define,
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
