// PIR: Build Knowledge Base in the real extension host: it reads the workspace's reviews, writes
// the site where it is told, and a second run renders only what changed.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { WORKSPACE } from './helpers';

describe('Build Knowledge Base (extension host)', function () {
  this.timeout(60_000);
  const out = vscode.Uri.joinPath(WORKSPACE, '.test-site');
  after(() => vscode.workspace.fs.delete(out, { recursive: true, useTrash: false }).then(undefined, () => undefined));

  it('writes the site of the workspace reviews to the given folder', async () => {
    const index = await vscode.commands.executeCommand<vscode.Uri | undefined>('pir.buildKnowledgeBase', out);
    assert.ok(index, 'the command returns the index page');
    assert.equal(index.toString(), vscode.Uri.joinPath(out, 'index.html').toString());
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(index));
    const reviews = await vscode.workspace.findFiles('**/*.pir.yaml', '**/node_modules/**');
    const pages = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(out, 'reviews'));
    assert.ok(pages.length > 0 && pages.length <= reviews.length, `${pages.length} pages for ${reviews.length} files`);
    assert.match(html, /<meta http-equiv="Content-Security-Policy"/);
    for (const name of ['search-index.js', 'site.js', 'dashboard.js', 'actions.html', 'pir-site.json']) {
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(out, name)); // throws when missing
    }
  });
});
