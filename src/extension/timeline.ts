// The Timeline Editor: a webview panel beside a review that edits its timeline and lifecycle times.
import * as vscode from 'vscode';
import { timelineEdits } from '../core/intents/timeline';
import type { EditIntent, TimelineIntent } from '../../webview/shared/protocol';
import { LANGUAGE_ID, type ReviewLinter } from './diagnostics';
import { ReviewPanels, type PanelKind } from './webview/review-panel';

const TIMELINE_INTENTS: readonly string[] = ['addEvent', 'updateEvent', 'deleteEvent', 'moveEvent', 'setLifecycle'] satisfies TimelineIntent['type'][];

export const TIMELINE_PANEL: PanelKind = {
  viewType: 'pir.timeline',
  bundle: 'timeline',
  title: (name) => `Timeline · ${name}`,
  sections: ['timeline', 'times'],
  edits: (text, intent: EditIntent) => (TIMELINE_INTENTS.includes(intent.type) ? timelineEdits(text, intent as TimelineIntent) : undefined),
};

/** A file the editor can open as a review: the pir language, or a *.pir.yaml name whatever the language. */
export function isReview(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID || /\.pir\.ya?ml$/.test(document.uri.path);
}

export function register(context: vscode.ExtensionContext, linter: ReviewLinter): void {
  const panels = new ReviewPanels(context, TIMELINE_PANEL, linter);
  context.subscriptions.push(
    panels,
    // From the editor title bar VS Code passes the file; from the palette, use the active editor.
    vscode.commands.registerCommand('pir.openTimeline', (uri?: vscode.Uri) => {
      const document = vscode.window.activeTextEditor?.document;
      const target = uri instanceof vscode.Uri ? uri : document && isReview(document) ? document.uri : undefined;
      if (!target) return void vscode.window.showInformationMessage('Open a post-incident review (*.pir.yaml) to edit its timeline.');
      panels.open(target);
    }),
    // Lets the integration tests send the panel exactly what its webview would.
    vscode.commands.registerCommand('_pir.timeline.message', (uri: vscode.Uri, message: unknown) => panels.find(uri)?.handle(message)),
  );
}
