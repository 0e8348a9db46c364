// PIR: Build Knowledge Base in the real extension host: it builds the workspace's reviews in a
// worker thread, writes the site where it is told, and Cancel stops it with nothing written.
import * as assert from 'assert';
import { readdir } from 'node:fs/promises';
import * as vscode from 'vscode';
import { generateReview } from '../../bench/generate';
import { WORKSPACE } from './helpers';

describe('Build Knowledge Base (extension host)', function () {
  this.timeout(120_000);
  const out = vscode.Uri.joinPath(WORKSPACE, '.test-site');
  const many = vscode.Uri.joinPath(WORKSPACE, 'generated-reviews');
  const remove = (uri: vscode.Uri) => vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  after(async () => {
    await remove(out);
    await remove(many);
  });

  it('writes the site of the workspace reviews to the given folder', async () => {
    const index = await vscode.commands.executeCommand<vscode.Uri | undefined>('pir.buildKnowledgeBase', out);
    assert.ok(index, 'the command returns the index page');
    assert.equal(index.toString(), vscode.Uri.joinPath(out, 'index.html').toString());
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(index));
    const reviews = await vscode.workspace.findFiles('**/*.pir.yaml', '**/node_modules/**');
    const pages = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(out, 'reviews'));
    assert.ok(pages.length > 0 && pages.length <= reviews.length, `${pages.length} pages for ${reviews.length} files`);
    assert.match(html, /<meta http-equiv="Content-Security-Policy"/);
    assert.match(html, /<script src="search\/index-\d\d\.js" defer><\/script>/);
    for (const name of ['site.js', 'dashboard.js', 'actions.html', 'pir-site.json']) {
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(out, name)); // throws when missing
    }
    const manifest = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(out, 'pir-site.json'))));
    assert.equal(Object.keys(manifest.reviews).length, pages.length);
  });

  it('stops when cancelled, leaving the site as it was and no staging folder', async () => {
    // Enough reviews that the build takes seconds, so Cancel comes while it runs.
    await vscode.workspace.fs.createDirectory(many);
    for (let i = 0; i < 150; i++) {
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(many, `r${i}.pir.yaml`), new TextEncoder().encode(generateReview(i, 10_000)));
    }
    const manifest = () => vscode.workspace.fs.readFile(vscode.Uri.joinPath(out, 'pir-site.json')).then((bytes) => new TextDecoder().decode(bytes));
    const before = await manifest();
    const cancel = new vscode.CancellationTokenSource();
    // Node's own readdir: the workspace file system API may answer from a cache.
    const staging = async () => (await readdir(WORKSPACE.fsPath)).filter((name) => name.startsWith('.test-site.staging-'));
    let finished: string | undefined;
    const build = vscode.commands.executeCommand<vscode.Uri | undefined>('pir.buildKnowledgeBase', out, cancel.token);
    void build.then((index) => (finished = `returned ${index?.toString()}`), (error: unknown) => (finished = `failed: ${String(error)}`));
    // The worker has started once its staging folder is there.
    const started = Date.now();
    while ((await staging()).length === 0) {
      assert.equal(finished, undefined, `the build ended before its staging folder was seen: ${finished}`);
      assert.ok(Date.now() - started < 60_000, 'the build never started');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    cancel.cancel();
    assert.equal(await build, undefined, 'a cancelled build returns no index page');
    // Were the worker still running, it would write the 150 pages and the manifest by now.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    assert.deepEqual(await staging(), [], 'the staging folder is removed');
    assert.equal(await manifest(), before, 'the manifest is as before');
    const pages = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(out, 'reviews'));
    assert.ok(!pages.some(([name]) => name.startsWith('generated-reviews')), 'no page of the new reviews');

    // Not cancelled, the same build publishes them.
    assert.ok(await vscode.commands.executeCommand<vscode.Uri | undefined>('pir.buildKnowledgeBase', out));
    const after = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(out, 'reviews'));
    assert.equal(after.filter(([name]) => name.startsWith('generated-reviews')).length, 150);
  });
});
