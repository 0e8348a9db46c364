import * as vscode from 'vscode';

/** Whether `uri` exists, through the workspace file system (so also in virtual workspaces). */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
