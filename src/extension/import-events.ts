// PIR: Import Timeline Events…: asks what to read (exported files, or this workspace's git
// history), reads it in a worker thread with progress and cancellation, and hands what it found
// to the Timeline Editor, where the user picks the events to add (importOffer -> importEvents).
import * as path from 'path';
import * as vscode from 'vscode';
import { planImportInWorker, type WorkerResult } from '../core/import/in-worker';
import { parseLocalInstant } from '../core/import/instant';
import { dateTimeProblem } from '../core/time';
import type { ConfigService } from './config';
import { ImportCancelled, ImportError, type ImportInput, type ImportOptions } from '../core/import/types';
import { importWindow } from '../core/import/window';
import { MAX_IMPORTED_EVENTS, type ImportOfferMessage } from '../core/protocol/panels';

/** What to import; the tests (and other commands) may pass it instead of answering the questions. */
export interface ImportRequest {
  /** Files, folders or zips to read. */
  paths?: string[];
  /** Read the git history of the review's workspace folder. */
  git?: boolean;
  /** ISO instants; default: the review's window, or (without times) asked. */
  since?: string;
  until?: string;
  /** The Slack workspace address for permalinks; default the setting, else asked when the user chose the files. */
  slackUrl?: string;
}

/**
 * Asks what to import into the review at `uri` (unless `request` says), reads it off the
 * extension host and returns the offer for the Timeline Editor; undefined when the user
 * cancelled or the reading failed (the user has been told why, naming the file).
 */
export async function readImport(uri: vscode.Uri, extensionUri: vscode.Uri, config: ConfigService, request: ImportRequest = {}): Promise<ImportOfferMessage | undefined> {
  const document = await vscode.workspace.openTextDocument(uri);
  const reviewText = document.getText();
  const settings = vscode.workspace.getConfiguration('pir.import', uri);
  const options: ImportOptions = {
    redact: settings.get<boolean>('redact', true),
    slackUrl: request.slackUrl ?? (settings.get<string>('slackUrl') || undefined),
    // The team's zone (.pirrc.yaml) reads times written without an offset: CSV rows, the review's times, the window asked for.
    timeZone: (await config.configFor(uri)).timeZone,
  };
  // A caller that names what to import (a test, another command) is not asked questions.
  const interactive = !request.paths && !request.git;
  const what = interactive ? await askWhat(uri) : request;
  if (!what) return undefined;
  const window = interactive ? await askWindow(reviewText, options.timeZone) : { since: request.since, until: request.until };
  if (!window) return undefined;
  Object.assign(options, window);

  const script = vscode.Uri.joinPath(extensionUri, 'dist/import-worker.js').fsPath;
  const inputs: ImportInput[] = (what.paths ?? []).map((file) => ({ path: file }));
  // git runs in the worker too: its output streams into the reading there, never through this thread.
  if (what.git) inputs.push({ git: repositoryOf(uri) });
  try {
    let result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Importing timeline events', cancellable: true },
      async (progress, token) => {
        const abort = new AbortController();
        token.onCancellationRequested(() => abort.abort());
        let shown = 0;
        return planImportInWorker(script, { reviewText, inputs, options, maxCandidates: MAX_IMPORTED_EVENTS }, {
          signal: abort.signal,
          onProgress: ({ done, total, file }) => {
            const percent = total > 0 ? Math.round((done / total) * 100) : 0;
            progress.report({ message: `${path.basename(file)} (${done} of ${total})`, increment: percent - shown });
            shown = percent;
          },
        });
      },
    );
    // Slack permalinks need the workspace's address, which an export does not hold.
    if (interactive && !options.slackUrl && result.candidates.some((candidate) => candidate.from === 'slack')) {
      const slackUrl = await askSlackUrl();
      if (slackUrl) result = await planImportInWorker(script, { reviewText, inputs, options: { ...options, slackUrl }, maxCandidates: MAX_IMPORTED_EVENTS });
    }
    return offer(result);
  } catch (error) {
    if (error instanceof ImportCancelled) return undefined;
    const message = error instanceof ImportError ? `${error.message} Nothing was imported.` : `The import failed: ${(error as Error).message}`;
    void vscode.window.showErrorMessage(message);
    return undefined;
  }
}

function offer(result: WorkerResult): ImportOfferMessage {
  const { candidates, totalCandidates, lifecycle, counts, formats } = result;
  return { type: 'importOffer', candidates, totalCandidates, lifecycle, counts, formats };
}

async function askWhat(uri: vscode.Uri): Promise<ImportRequest | undefined> {
  const files = { label: '$(file) Exported files or folders…', description: 'Slack, Teams, PagerDuty, Opsgenie, Alertmanager, Grafana, GitHub, CSV' };
  const git = { label: '$(git-commit) This workspace\'s git history', description: 'commits that landed around the incident' };
  const picked = await vscode.window.showQuickPick([files, git], { title: 'Import timeline events from…', placeHolder: 'What did the incident leave behind?' });
  if (!picked) return undefined;
  if (picked === git) return { git: true };
  const chosen = await vscode.window.showOpenDialog({
    title: 'Import timeline events from',
    openLabel: 'Import',
    canSelectFiles: true,
    canSelectFolders: true,
    canSelectMany: true,
    defaultUri: vscode.workspace.getWorkspaceFolder(uri)?.uri,
  });
  return chosen?.length ? { paths: chosen.map((file) => file.fsPath) } : undefined;
}

/** The review's window (two hours before the start to one after the resolution); without times, asked. */
async function askWindow(reviewText: string, timeZone: string | undefined): Promise<Pick<ImportOptions, 'since' | 'until'> | undefined> {
  const window = importWindow(reviewText, { timeZone });
  if (window.since !== undefined && window.until !== undefined) return {};
  const everything = { label: 'Everything in the files' };
  const between = { label: 'Only events between two times…' };
  const picked = await vscode.window.showQuickPick([everything, between], {
    title: 'The review has no start and resolution times yet',
    placeHolder: 'Which events should the import offer?',
  });
  if (picked !== between) return picked ? {} : undefined;
  const since = await askInstant('From', timeZone);
  const until = since && (await askInstant('Until', timeZone));
  return since && until ? { since, until } : undefined;
}

function askInstant(label: string, timeZone: string | undefined): Thenable<string | undefined> {
  const form = timeZone ? `ISO 8601; without an offset it is ${timeZone} time` : 'ISO 8601 with Z or an offset';
  return vscode.window.showInputBox({
    prompt: `${label} (${form}, e.g. 2026-03-14T09:00${timeZone ? '' : 'Z'})`,
    validateInput: (value) => (parseLocalInstant(value, timeZone) === undefined ? (dateTimeProblem(value, timeZone) ?? `A date and time (${form}), e.g. 2026-03-14T09:00:00Z`) : undefined),
  });
}

function askSlackUrl(): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: 'Slack workspace address',
    prompt: 'Links to the messages need the workspace address, e.g. https://acme.slack.com (Escape: no links). Set pir.import.slackUrl to stop this question.',
    validateInput: (value) => (value === '' || /^https:\/\/[^/\s]+\/?$/.test(value) ? undefined : 'The workspace address, like https://acme.slack.com'),
  });
}

/** The folder whose git history goes with the review: its workspace folder, else its own folder. */
function repositoryOf(uri: vscode.Uri): string {
  return (vscode.workspace.getWorkspaceFolder(uri)?.uri ?? vscode.Uri.joinPath(uri, '..')).fsPath;
}
