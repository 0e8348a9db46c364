// `npm start` must never change tracked files: it serves a scratch copy of examples/ under the
// git-ignored .cache/. This runs the start script's workspace preparation, writes into the copy
// as trying the product would (New Review, Mark Done, Export) and checks git sees no change.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// Compiled to out/test/unit, so the repository root is three levels up.
const ROOT = join(__dirname, '..', '..', '..');
// tsc (module: commonjs) turns import() into require(), which cannot load an .mjs file on
// every Node 20; this keeps a real dynamic import.
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

interface DemoWorkspaceModule {
  prepareDemoWorkspace(root: string, target?: string): string;
}

function gitStatus(): string {
  return execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: ROOT, encoding: 'utf8' });
}

describe('npm start workspace', () => {
  it('is a fresh, git-ignored copy of examples/, so trying the product leaves git status unchanged', async function () {
    this.timeout(20_000);
    const { prepareDemoWorkspace } = (await importEsm(pathToFileURL(join(ROOT, 'scripts/vscode/demo-workspace.mjs')).href)) as DemoWorkspaceModule;
    const before = gitStatus();
    const target = join(ROOT, '.cache', `demo-workspace-test-${process.pid}`);

    const folder = prepareDemoWorkspace(ROOT, target);
    const examples = readdirSync(join(ROOT, 'examples')).sort();
    assert.deepEqual(readdirSync(folder).sort(), examples);
    // What the demo does to the folder: edit a review, add one, export one.
    const review = examples.find((name) => name.endsWith('.pir.yaml'));
    assert.ok(review);
    appendFileSync(join(folder, review), '# edited in the demo\n');
    mkdirSync(join(folder, 'docs/incidents'), { recursive: true });
    writeFileSync(join(folder, 'docs/incidents/2026-11-30-new.pir.yaml'), 'pir: 1\n');
    writeFileSync(join(folder, 'export.md'), '# Export\n');
    assert.equal(gitStatus(), before);

    // The next start begins again from examples/ as committed.
    prepareDemoWorkspace(ROOT, target);
    assert.deepEqual(readdirSync(target).sort(), examples);
    rmSync(target, { recursive: true, force: true });
  });
});
