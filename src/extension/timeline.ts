// The Timeline Editor: a webview panel beside a review that edits its timeline and lifecycle
// times, and takes in the events an import offers (PIR: Import Timeline Events…).
import * as vscode from 'vscode';
import { importEventsEdits } from '../core/intents/import';
import { timelineEdits } from '../core/intents/timeline';
import type { EditIntent, ImportOfferMessage, TimelineIntent } from '../core/protocol/panels';
import type { ConfigService } from './config';
import type { ReviewLinter } from './diagnostics';
import { readImport, type ImportRequest } from './import-events';
import { reviewTarget } from './review-target';
import { ReviewPanels, type PanelKind, type ReviewPanel } from './webview/review-panel';

const TIMELINE_INTENTS: readonly string[] = ['addEvent', 'updateEvent', 'deleteEvent', 'moveEvent', 'setLifecycle'] satisfies TimelineIntent['type'][];

function timelinePanel(extensionUri: vscode.Uri, config: ConfigService): PanelKind {
  return {
    viewType: 'pir.timeline',
    bundle: 'timeline',
    title: (name) => `Timeline · ${name}`,
    sections: ['timeline', 'times'],
    edits: (text, intent: EditIntent, team) => {
      if (intent.type === 'importEvents') return importEventsEdits(text, intent, team.timeZone);
      return TIMELINE_INTENTS.includes(intent.type) ? timelineEdits(text, intent as TimelineIntent) : undefined;
    },
    request: async (_importRequest, panel) => {
      await importInto(panel, extensionUri, config);
    },
  };
}

/** Reads an import for the panel's review and shows the panel what it found (also returned, for the tests). */
async function importInto(panel: ReviewPanel, extensionUri: vscode.Uri, config: ConfigService, request?: ImportRequest): Promise<ImportOfferMessage | undefined> {
  const offer = await readImport(panel.uri, extensionUri, config, request);
  if (offer) await panel.offer(offer);
  return offer;
}

export function register(context: vscode.ExtensionContext, linter: ReviewLinter): void {
  const panels = new ReviewPanels(context, timelinePanel(context.extensionUri, linter.config), linter);
  context.subscriptions.push(
    panels,
    vscode.commands.registerCommand('pir.openTimeline', (uri?: unknown) => {
      const target = reviewTarget(uri, 'edit its timeline');
      if (target) panels.open(target);
    }),
    // `request` lets the tests name the files instead of answering the questions.
    vscode.commands.registerCommand('pir.importEvents', (uri?: unknown, request?: ImportRequest) => {
      const target = reviewTarget(uri, 'import timeline events into it');
      return target ? importInto(panels.open(target), context.extensionUri, linter.config, request) : undefined;
    }),
    // Lets the integration tests send the panel exactly what its webview would.
    vscode.commands.registerCommand('_pir.timeline.message', (uri: vscode.Uri, message: unknown) => panels.find(uri)?.handle(message)),
    vscode.commands.registerCommand('_pir.timeline.state', (uri: vscode.Uri) => panels.find(uri)?.lastState),
  );
}
