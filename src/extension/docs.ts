// The documentation that ships with the extension (docs/format.md, docs/rules.md), opened in
// VS Code's Markdown preview, offline. A diagnostic's rule code links here (or to the team's
// `rulesUrl`), and the new-review header's "PIR: Open Format Reference" is a link to the format.
import * as vscode from 'vscode';
import type { ResolvedConfig } from '../core/config';
import { ruleDocLocation } from '../core/rule-docs';
import { FORMAT_REFERENCE } from '../core/template';
import { LANGUAGE_ID } from './diagnostics';

export const OPEN_FORMAT_REFERENCE_COMMAND = 'pir.openFormatReference';
const OPEN_RULE_DOC_COMMAND = 'pir.openRuleDoc';

/** A command URI: what a diagnostic's code or a document link can carry to run a command. */
function commandUri(command: string, ...args: unknown[]): vscode.Uri {
  return vscode.Uri.parse(`command:${command}?${encodeURIComponent(JSON.stringify(args))}`);
}

/** The link behind a diagnostic's rule code: the team's `rulesUrl`, else the rule's section in the shipped docs. */
export function ruleDocLink(config: ResolvedConfig, ruleId: string, review: vscode.Uri): vscode.Uri {
  if (!config.rulesUrl) return commandUri(OPEN_RULE_DOC_COMMAND, ruleId);
  const location = ruleDocLocation(config.rulesUrl, ruleId);
  if (/^[a-z][\w+.-]*:/i.test(location)) return vscode.Uri.parse(location);
  // A path: relative to the review's workspace folder.
  const [file, anchor] = location.split('#');
  const folder = vscode.workspace.getWorkspaceFolder(review)?.uri ?? vscode.Uri.joinPath(review, '..');
  return (file.startsWith('/') ? vscode.Uri.file(file) : vscode.Uri.joinPath(folder, file)).with({ fragment: anchor ?? '' });
}

export function register(context: vscode.ExtensionContext): void {
  const showDoc = (name: string, anchor = '') => vscode.commands.executeCommand('markdown.showPreview',
    vscode.Uri.joinPath(context.extensionUri, 'docs', name).with({ fragment: anchor }));
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_FORMAT_REFERENCE_COMMAND, () => showDoc('format.md')),
    vscode.commands.registerCommand(OPEN_RULE_DOC_COMMAND, (ruleId: unknown) => showDoc('rules.md', typeof ruleId === 'string' ? ruleId : '')),
    // The template's header names the command; Ctrl+click on it opens the reference.
    vscode.languages.registerDocumentLinkProvider({ language: LANGUAGE_ID }, {
      provideDocumentLinks(document) {
        const links: vscode.DocumentLink[] = [];
        const head = document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, 10), 0));
        for (let at = head.indexOf(FORMAT_REFERENCE); at >= 0; at = head.indexOf(FORMAT_REFERENCE, at + 1)) {
          const range = new vscode.Range(document.positionAt(at), document.positionAt(at + FORMAT_REFERENCE.length));
          const link = new vscode.DocumentLink(range, commandUri(OPEN_FORMAT_REFERENCE_COMMAND));
          link.tooltip = 'Open the format reference';
          links.push(link);
        }
        return links;
      },
    }),
  );
}
