// Completion and hover for reviews, from the schema (src/core/completion.ts, src/core/hover.ts).
import * as vscode from 'vscode';
import { completionsAt, type Completion } from '../core/completion';
import { hoverAt } from '../core/hover';
import type { ConfigService } from './config';
import { LANGUAGE_ID } from './diagnostics';
import type { WorkspaceReviews } from './review-index';

const KINDS: Record<Completion['kind'], vscode.CompletionItemKind> = {
  key: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.EnumMember,
  time: vscode.CompletionItemKind.Constant,
  person: vscode.CompletionItemKind.User,
};

function toItem(document: vscode.TextDocument, completion: Completion): vscode.CompletionItem {
  const item = new vscode.CompletionItem(completion.label, KINDS[completion.kind]);
  item.insertText = completion.snippet ? new vscode.SnippetString(completion.insertText) : completion.insertText;
  item.range = new vscode.Range(document.positionAt(completion.range.start), document.positionAt(completion.range.end));
  item.detail = completion.detail;
  if (completion.documentation) item.documentation = new vscode.MarkdownString(completion.documentation);
  // `now` is what one wants in a time field; keep it first and selected.
  if (completion.kind === 'time') item.preselect = true;
  return item;
}

export function register(context: vscode.ExtensionContext, reviews: WorkspaceReviews, config: ConfigService): void {
  const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider(selector, {
      async provideCompletionItems(document, position, token) {
        const text = document.getText();
        const offset = document.offsetAt(position);
        const line = document.lineAt(position.line).text;
        // Owners come from the workspace index, which may still be on its first scan: ask only on an owner value.
        const names = /^\s*(-\s+)?owner:/.test(line) ? await reviews.owners() : [];
        const team = await config.configFor(document.uri);
        if (token.isCancellationRequested) return undefined;
        const completions = completionsAt(text, offset, { now: new Date(), owners: names, config: team });
        // Values are asked for again as the user types, so a value typed in full closes the
        // list (the core leaves it out) rather than waiting for Enter to "accept" it.
        const onValue = completions.some((completion) => completion.kind !== 'key');
        return new vscode.CompletionList(completions.map((completion) => toItem(document, completion)), onValue);
      },
    }, ':', ' '),
    vscode.languages.registerHoverProvider(selector, {
      async provideHover(document, position) {
        const hover = hoverAt(document.getText(), document.offsetAt(position), await config.configFor(document.uri));
        if (!hover) return undefined;
        const range = new vscode.Range(document.positionAt(hover.range.start), document.positionAt(hover.range.end));
        return new vscode.Hover(new vscode.MarkdownString(hover.markdown), range);
      },
    }),
  );
}
