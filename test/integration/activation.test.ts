import * as assert from 'assert';
import * as vscode from 'vscode';
import * as pkg from '../../package.json';

describe('extension activation', () => {
  const id = `${pkg.publisher}.${pkg.name}`;

  it('runs inside VS Code 1.100', () => {
    assert.match(vscode.version, /^1\.100\./);
  });

  it(`has ${id} installed and activates it`, async () => {
    const extension = vscode.extensions.getExtension(id);
    assert.ok(extension, `${id} is not installed`);
    await extension.activate();
    assert.strictEqual(extension.isActive, true);
  });
});
