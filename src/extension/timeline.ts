// The Timeline Editor: a webview panel beside a review that edits its timeline and lifecycle times.
import * as vscode from 'vscode';
import { timelineEdits } from '../core/intents/timeline';
import type { EditIntent, TimelineIntent } from '../core/protocol/panels';
import type { ReviewLinter } from './diagnostics';
import { reviewTarget } from './review-target';
import { ReviewPanels, type PanelKind } from './webview/review-panel';

const TIMELINE_INTENTS: readonly string[] = ['addEvent', 'updateEvent', 'deleteEvent', 'moveEvent', 'setLifecycle'] satisfies TimelineIntent['type'][];

export const TIMELINE_PANEL: PanelKind = {
  viewType: 'pir.timeline',
  bundle: 'timeline',
  title: (name) => `Timeline · ${name}`,
  sections: ['timeline', 'times'],
  edits: (text, intent: EditIntent) => (TIMELINE_INTENTS.includes(intent.type) ? timelineEdits(text, intent as TimelineIntent) : undefined),
};

export function register(context: vscode.ExtensionContext, linter: ReviewLinter): void {
  const panels = new ReviewPanels(context, TIMELINE_PANEL, linter);
  context.subscriptions.push(
    panels,
    vscode.commands.registerCommand('pir.openTimeline', (uri?: unknown) => {
      const target = reviewTarget(uri, 'edit its timeline');
      if (target) panels.open(target);
    }),
    // Lets the integration tests send the panel exactly what its webview would.
    vscode.commands.registerCommand('_pir.timeline.message', (uri: vscode.Uri, message: unknown) => panels.find(uri)?.handle(message)),
  );
}
