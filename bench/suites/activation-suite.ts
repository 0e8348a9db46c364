import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Row, Suite } from '../measure';

const ROOT = join(__dirname, '..', '..', '..');
/** Cold starts: each sample is a new process, as each VS Code window loads the extension once. */
const SAMPLES = 9;

interface Activation {
  loadMs: number;
  activateMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

function sizeKb(file: string): number {
  return statSync(join(ROOT, 'dist', file)).size / 1024;
}

/**
 * Loading and activating the bundled extension (dist/, so `npm run bench` builds first) in plain
 * Node with a stand-in `vscode` (bench/activate-once.ts). It approximates what VS Code reports as
 * activation time (code loading + the activate call) without VS Code's own registration costs.
 */
export const activationSuite: Suite = {
  name: 'activation',
  run(): Row[] {
    const samples = Array.from({ length: SAMPLES }, () =>
      JSON.parse(execFileSync(process.execPath, [join(__dirname, '..', 'activate-once.js')], { encoding: 'utf8' })) as Activation);
    return [
      { name: 'activation: load dist/extension.js', ms: median(samples.map((s) => s.loadMs)) },
      { name: 'activation: activate()', ms: median(samples.map((s) => s.activateMs)) },
      { name: 'activation: load + activate', ms: median(samples.map((s) => s.loadMs + s.activateMs)), goal: { max: 50, unit: 'ms' } },
      // Loaded on activation; the libraries in vendor.js load on first use (the first lint).
      { name: 'bundle: dist/extension.js', ms: sizeKb('extension.js'), unit: 'KB' },
      { name: 'bundle: dist/vendor.js (lazy)', ms: sizeKb('vendor.js'), unit: 'KB' },
    ];
  },
};
