// Quick fixes for review diagnostics: the core computes the edits (src/core/quick-fixes.ts),
// this turns them into CodeActions linked to the diagnostic they fix.
import * as vscode from 'vscode';
import { actionIdFix, fixesFor, offsetFixes, type Fix } from '../core/quick-fixes';
import type { Finding } from '../core/types';

const PICK_ZONE_COMMAND = '_pir.appendZoneOffset';
/** Zones the user picked for the offset fix in this session, most recent first. */
const pickedZones: string[] = [];
import { findingOf, isLargeReview, LANGUAGE_ID, type ReviewLinter } from './diagnostics';
import type { WorkspaceReviews } from './review-index';

function toAction(document: vscode.TextDocument, fix: Fix, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.isPreferred = fix.preferred;
  action.edit = new vscode.WorkspaceEdit();
  action.edit.set(document.uri, fix.edits.map((edit) => {
    const range = new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end));
    return fix.snippet ? new vscode.SnippetTextEdit(range, new vscode.SnippetString(edit.newText)) : new vscode.TextEdit(range, edit.newText);
  }));
  return action;
}

export function register(context: vscode.ExtensionContext, linter: ReviewLinter, reviews: WorkspaceReviews): void {
  const provider: vscode.CodeActionProvider = {
    async provideCodeActions(document, _range, actionContext, token) {
      const result = linter.resultFor(document);
      if (!result) return []; // diagnostics of an older version: their ranges no longer fit
      // Fixes parse the text. VS Code asks on its own after each lint and cursor move, which in a
      // large review would block the extension host while the user types: there they are
      // computed only when the user asks (Ctrl+. or the Quick Fix menu), at the cost of the lightbulb.
      if (actionContext.triggerKind === vscode.CodeActionTriggerKind.Automatic && isLargeReview(document)) return [];
      const text = document.getText();
      const ownOnes = actionContext.diagnostics.filter((diagnostic) => diagnostic.source === 'pir');
      const names = ownOnes.some((d) => typeof d.code === 'object' && d.code.value === 'action-owner') ? await reviews.owners() : [];
      const actions: vscode.CodeAction[] = [];
      // One item can have several findings (no owner, no due date); it needs one id.
      const itemsGivenIds = new Set<string>();
      for (const diagnostic of ownOnes) {
        if (token.isCancellationRequested) return undefined;
        const finding = findingOf(result, diagnostic);
        if (!finding) continue;
        const zones = ['UTC', Intl.DateTimeFormat().resolvedOptions().timeZone, ...pickedZones];
        for (const fix of fixesFor(text, finding, { now: new Date(), owners: names, zones })) actions.push(toAction(document, fix, diagnostic));
        if (/has no UTC offset/.test(finding.message)) {
          const other = new vscode.CodeAction('Append the offset of another time zone…', vscode.CodeActionKind.QuickFix);
          other.diagnostics = [diagnostic];
          other.command = { title: other.title, command: PICK_ZONE_COMMAND, arguments: [document.uri, finding] };
          actions.push(other);
        }
        const idFix = actionIdFix(text, finding);
        const item = JSON.stringify(finding.path?.slice(0, 2));
        if (idFix && !itemsGivenIds.has(item)) {
          itemsGivenIds.add(item);
          actions.push(toAction(document, { ...idFix, preferred: false }, diagnostic));
        }
      }
      return actions;
    },
  };
  context.subscriptions.push(
    // The user picks any IANA zone; it is offered first among the fixes from then on.
    vscode.commands.registerCommand(PICK_ZONE_COMMAND, async (uri: vscode.Uri, finding: Finding) => {
      const zone = await vscode.window.showQuickPick(Intl.supportedValuesOf('timeZone'), { placeHolder: 'The time zone this time was written in' });
      if (!zone) return;
      pickedZones.unshift(zone);
      const document = await vscode.workspace.openTextDocument(uri);
      const [fix] = offsetFixes(document.getText(), finding, [zone]);
      if (!fix) return;
      const edit = new vscode.WorkspaceEdit();
      for (const e of fix.edits) edit.replace(uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.newText);
      await vscode.workspace.applyEdit(edit);
    }),
    vscode.languages.registerCodeActionsProvider({ language: LANGUAGE_ID }, provider, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
  );
}
