// Action-item owners already written in the workspace's reviews, proposed when typing `owner:`.
// A stand-in until the core workspace index (src/core/workspace-index.ts) is available: scans
// open reviews and `**/*.pir.y(a)ml` once, then again only after a review file changes.
import * as vscode from 'vscode';
import { ParsedReview } from '../core/parse';
import { isRecord, recordsOf } from '../core/review';
import { LANGUAGE_ID } from './diagnostics';

const REVIEW_GLOB = '**/*.pir.{yaml,yml}';
/** Enough reviews for a good list of names; a huge monorepo is not scanned whole on a keystroke. */
const MAX_FILES = 500;

export class OwnerDirectory implements vscode.Disposable {
  /** Owners per review file, from disk. */
  private fromFiles?: Promise<Map<string, string[]>>;
  private readonly watcher = vscode.workspace.createFileSystemWatcher(REVIEW_GLOB);

  constructor() {
    const stale = () => (this.fromFiles = undefined);
    this.watcher.onDidCreate(stale);
    this.watcher.onDidChange(stale);
    this.watcher.onDidDelete(stale);
  }

  /** Every owner used in the workspace, most used first. */
  async owners(): Promise<string[]> {
    this.fromFiles ??= this.scan();
    const perReview = new Map(await this.fromFiles);
    // Open documents may have unsaved owners; they replace what is on disk.
    for (const document of vscode.workspace.textDocuments) {
      if (document.languageId === LANGUAGE_ID) perReview.set(document.uri.toString(), ownersIn(document.getText()));
    }
    const counts = new Map<string, number>();
    for (const owners of perReview.values()) for (const owner of owners) counts.set(owner, (counts.get(owner) ?? 0) + 1);
    return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
  }

  dispose(): void {
    this.watcher.dispose();
  }

  private async scan(): Promise<Map<string, string[]>> {
    const files = await vscode.workspace.findFiles(REVIEW_GLOB, '**/node_modules/**', MAX_FILES);
    const entries = await Promise.all(files.map(async (uri): Promise<[string, string[]]> => {
      try {
        return [uri.toString(), ownersIn(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)))];
      } catch {
        return [uri.toString(), []]; // deleted or unreadable since findFiles: it has no owners to offer
      }
    }));
    return new Map(entries);
  }
}

function ownersIn(text: string): string[] {
  const review = new ParsedReview(text).value;
  if (!isRecord(review)) return [];
  return recordsOf(review.actionItems)
    .map(({ record }) => record.owner)
    .filter((owner): owner is string => typeof owner === 'string' && owner.trim() !== '');
}

export function register(context: vscode.ExtensionContext): OwnerDirectory {
  const directory = new OwnerDirectory();
  context.subscriptions.push(directory);
  return directory;
}
