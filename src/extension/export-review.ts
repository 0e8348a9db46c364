// "Export Review": writes the report of the review in the editor as Markdown or standalone HTML,
// next to the review or where the user chooses. Unsaved edits are exported as they are shown.
import * as vscode from 'vscode';
import { ParsedReview } from '../core/parse';
import { FORMAT_LABELS, REPORT_FORMATS, renderReport, reportFileName, type ReportFormat } from '../core/render/report';
import type { ConfigService } from './config';
import { log } from './log';
import { reviewTarget } from './review-target';

/** Arguments for running the command without prompts (tests, keybindings): the format, and the file or 'beside' the review. */
export interface ExportOptions {
  format?: ReportFormat;
  target?: vscode.Uri | 'beside';
}

export function register(context: vscode.ExtensionContext, config: ConfigService): void {
  context.subscriptions.push(vscode.commands.registerCommand('pir.exportReview', (uri?: unknown, options?: ExportOptions) => exportReview(config, uri, options)));
}

async function exportReview(config: ConfigService, uri?: unknown, options: ExportOptions = {}): Promise<vscode.Uri | undefined> {
  const review = reviewTarget(uri, 'export it');
  if (!review) return undefined;
  const document = await vscode.workspace.openTextDocument(review);
  const parsed = new ParsedReview(document.getText());
  const [syntax] = parsed.syntaxFindings;
  if (syntax) {
    const message = `Cannot export: the YAML has an error at line ${parsed.position(syntax.range.start).line}: ${syntax.message}`;
    log.warn(`Export of ${review.toString(true)}: ${message}`);
    return void vscode.window.showErrorMessage(message);
  }
  const format = options.format ?? (await pickFormat());
  if (!format) return undefined;
  const target = await chooseTarget(document.uri, format, options.target);
  if (!target) return undefined;
  if (target.toString() === document.uri.toString()) {
    return void vscode.window.showErrorMessage('The export would overwrite the review itself; choose another file.');
  }
  const started = Date.now();
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(renderReport(parsed.value, format, await config.configFor(document.uri))));
  log.info(`Exported ${review.toString(true)} as ${format} to ${target.toString(true)} in ${Date.now() - started} ms`);
  if (!options.target) {
    void vscode.window.showInformationMessage(`Exported ${vscode.workspace.asRelativePath(target)}`, 'Open').then((choice) => {
      if (choice) void vscode.commands.executeCommand('vscode.open', target);
    });
  }
  return target;
}

async function pickFormat(): Promise<ReportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    REPORT_FORMATS.map((format) => ({
      label: FORMAT_LABELS[format],
      description: format === 'md' ? 'GitHub-flavoured, for a pull request or wiki' : 'A standalone page to share or print',
      format,
    })),
    { title: 'Export Review', placeHolder: 'Export as' },
  );
  return picked?.format;
}

/**
 * Where to write: beside the review only when the review is in the workspace, and never over an
 * existing file without asking; anywhere else only where the user picks in the save dialog.
 */
async function chooseTarget(review: vscode.Uri, format: ReportFormat, given: ExportOptions['target']): Promise<vscode.Uri | undefined> {
  if (given instanceof vscode.Uri) return given;
  const name = review.path.slice(review.path.lastIndexOf('/') + 1);
  const beside = review.scheme === 'untitled' ? undefined : vscode.Uri.joinPath(review, '..', reportFileName(name, format));
  const inWorkspace = beside !== undefined && vscode.workspace.getWorkspaceFolder(beside) !== undefined;
  if (given === 'beside') {
    if (inWorkspace) return confirmOverwrite(beside);
    return void vscode.window.showErrorMessage('The review is outside the workspace; choose where to save the export.');
  }
  const picked = inWorkspace
    ? (await vscode.window.showQuickPick(
      [
        { label: `$(file) ${vscode.workspace.asRelativePath(beside)}`, description: 'next to the review', target: beside as vscode.Uri | 'dialog' },
        { label: '$(folder-opened) Choose a location…', target: 'dialog' as const },
      ],
      { title: 'Export Review', placeHolder: 'Save the export to' },
    ))?.target
    : 'dialog';
  if (picked === 'dialog') return vscode.window.showSaveDialog({ title: 'Export Review', defaultUri: beside, filters: { [FORMAT_LABELS[format]]: [format] } });
  return picked && confirmOverwrite(picked);
}

async function confirmOverwrite(target: vscode.Uri): Promise<vscode.Uri | undefined> {
  const exists = await vscode.workspace.fs.stat(target).then(() => true, () => false);
  if (!exists) return target;
  const choice = await vscode.window.showWarningMessage(`${vscode.workspace.asRelativePath(target)} exists. Replace it?`, { modal: true }, 'Replace');
  return choice === 'Replace' ? target : undefined;
}
