// Who "me" is for "only my action items": the `pir.me` setting, else git's user.name in the
// first workspace folder. Git is asked once per session; a wrong answer is fixed by the setting.
import { execFile } from 'child_process';
import * as vscode from 'vscode';

export class Me {
  private gitName: Promise<string | undefined> | undefined;

  async name(): Promise<string | undefined> {
    const setting = vscode.workspace.getConfiguration('pir').get<string>('me')?.trim();
    if (setting) return setting;
    this.gitName ??= gitUserName(vscode.workspace.workspaceFolders?.[0]?.uri);
    return this.gitName;
  }
}

function gitUserName(folder: vscode.Uri | undefined): Promise<string | undefined> {
  if (folder?.scheme !== 'file') return Promise.resolve(undefined);
  // No shell: the arguments reach git as they are.
  return new Promise((resolve) => {
    execFile('git', ['config', 'user.name'], { cwd: folder.fsPath, timeout: 5_000 }, (error, stdout) => {
      resolve(error ? undefined : stdout.trim() || undefined);
    });
  });
}
