// "PIR: New Post-Incident Review": asks for a title and a severity, writes a review from the
// template into the reviews folder and opens it, pinned, with the cursor in the summary. Its id
// follows `idFormat` in `.pirrc.yaml` with the next number free in the workspace.
import * as vscode from 'vscode';
import type { IncidentSeverity } from '../core/review';
import { nextReviewId } from '../core/review-id';
import { newReview, reviewFileName } from '../core/template';
import { valueMeaning } from '../core/value-descriptions';
import type { ConfigService } from './config';
import { LANGUAGE_ID } from './diagnostics';
import { exists } from './file-exists';
import { log } from './log';
import type { WorkspaceReviews } from './review-index';

export const NEW_REVIEW_COMMAND = 'pir.newReview';
const DEFAULT_REVIEWS_FOLDER = 'docs/incidents';

interface SeverityPick extends vscode.QuickPickItem {
  severity: IncidentSeverity;
}

/** Runs the command; resolves to the opened editor, or undefined when the user cancelled. */
async function createReview(config: ConfigService, reviews: WorkspaceReviews): Promise<vscode.TextEditor | undefined> {
  const title = await vscode.window.showInputBox({
    title: 'New Post-Incident Review (1/2)',
    prompt: 'A line that names the incident',
    placeHolder: 'Checkout outage after config rollout',
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() ? undefined : 'The title cannot be empty.'),
  });
  if (!title?.trim()) return undefined;
  // The folder first: its .pirrc.yaml says which severities there are.
  const folder = await pickWorkspaceFolder();
  if (folder === null) return undefined;
  const team = await config.configFor(folder?.uri ?? vscode.Uri.file('/'));
  const picks: SeverityPick[] = team.severities.map(({ id }) => ({ label: id, description: valueMeaning(['severity'], id, team), severity: id }));
  const pick = await vscode.window.showQuickPick(picks, { title: 'New Post-Incident Review (2/2)', placeHolder: 'Severity', ignoreFocusOut: true });
  if (!pick) return undefined;

  const author = vscode.workspace.getConfiguration('pir').get<string>('me') || undefined;
  const date = new Date();
  const id = nextReviewId(team.idFormat, date, await reviews.reviewIds());
  const review = newReview({ title, severity: pick.severity, date, author, id });
  const document = folder
    ? await vscode.workspace.openTextDocument(await writeNewFile(folder, reviewFileName(date, title), review.text))
    : await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: review.text });
  log.info(`New review ${id}: ${document.uri.toString(true)}`);
  // Pinned, not a preview tab that the next file opened from the explorer would replace.
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  const cursor = document.positionAt(review.summaryOffset);
  editor.selection = new vscode.Selection(cursor, cursor);
  editor.revealRange(new vscode.Range(cursor, cursor), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** The only folder, or the one the user picks; undefined without a workspace, null when the user cancelled. */
async function pickWorkspaceFolder(): Promise<vscode.WorkspaceFolder | undefined | null> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0];
  return (await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Workspace folder for the new review' })) ?? null;
}

/**
 * Writes `text` to `<folder>/<pir.reviewsFolder>/<name>`, or to `name` with `-2`, `-3`, … before
 * `.pir.yaml` when that exists: an existing review is never overwritten.
 */
async function writeNewFile(folder: vscode.WorkspaceFolder, name: string, text: string): Promise<vscode.Uri> {
  const reviewsFolder = vscode.workspace.getConfiguration('pir', folder.uri).get<string>('reviewsFolder') || DEFAULT_REVIEWS_FOLDER;
  const directory = vscode.Uri.joinPath(folder.uri, reviewsFolder);
  await vscode.workspace.fs.createDirectory(directory);
  const stem = name.replace(/\.pir\.yaml$/, '');
  for (let n = 1; ; n++) {
    const uri = vscode.Uri.joinPath(directory, `${stem}${n === 1 ? '' : `-${n}`}.pir.yaml`);
    if (await exists(uri)) continue;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    return uri;
  }
}

export function register(context: vscode.ExtensionContext, config: ConfigService, reviews: WorkspaceReviews): void {
  context.subscriptions.push(vscode.commands.registerCommand(NEW_REVIEW_COMMAND, () => createReview(config, reviews)));
}
