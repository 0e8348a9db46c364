// "PIR: Convert Markdown Postmortem…": converts a Markdown postmortem (from the Explorer's
// context menu, the active editor, or a file picked) into a draft review beside it, and opens
// the review so its diagnostics show what is left to do. The `.pirrc.yaml` of the file's
// workspace folder gives the team's sections, severity scale and time zone.
import * as vscode from 'vscode';
import { convertMarkdown, teamOptions } from '../core/convert/convert';
import { conversionText } from '../core/convert/review-text';
import type { ConfigService } from './config';
import { exists } from './file-exists';

export const CONVERT_COMMAND = 'pir.convertMarkdown';

async function convert(config: ConfigService, target?: vscode.Uri): Promise<vscode.TextEditor | undefined> {
  const source = target ?? (await pickSource());
  if (!source) return undefined;
  const markdown = new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
  const name = source.path.split('/').pop() ?? 'postmortem.md';
  // The review goes beside the source: the config that will lint it is the one to convert with.
  const conversion = convertMarkdown(markdown, { fileName: name, ...teamOptions(await config.configFor(source)) });
  const output = vscode.Uri.joinPath(source, '..', conversion.fileName);
  if (await exists(output)) {
    const open = 'Open It';
    const answer = await vscode.window.showWarningMessage(`${conversion.fileName} already exists; it was not overwritten.`, open);
    return answer === open ? vscode.window.showTextDocument(output, { preview: false }) : undefined;
  }
  await vscode.workspace.fs.writeFile(output, new TextEncoder().encode(conversionText(conversion, name)));
  // Pinned (not a preview tab), so the review stays open beside its diagnostics.
  const editor = await vscode.window.showTextDocument(output, { preview: false });
  const todo = conversion.report.needsPerson.length;
  void vscode.window.showInformationMessage(
    `Converted ${name} to ${conversion.fileName}.${todo ? ` ${todo} thing(s) need a person: see the comments at the top.` : ''}`,
  );
  return editor;
}

/** The Markdown file in the active editor, or one the user picks. */
async function pickSource(): Promise<vscode.Uri | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  if (active?.languageId === 'markdown' && !active.isUntitled) return active.uri;
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    filters: { Markdown: ['md', 'markdown'] },
    openLabel: 'Convert',
    title: 'Convert Markdown Postmortem',
  });
  return picked?.[0];
}

export function register(context: vscode.ExtensionContext, config: ConfigService): void {
  context.subscriptions.push(vscode.commands.registerCommand(CONVERT_COMMAND, (target?: vscode.Uri) => convert(config, target)));
}
