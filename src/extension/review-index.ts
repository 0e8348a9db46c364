// The workspace's reviews as a core ReviewIndex, kept current for the sidebar: files found by
// findFiles and one FileSystemWatcher, open documents read from their (possibly unsaved) buffer,
// and a warm start from the last session's index saved in workspaceState. An edited review
// buffer is read from its lint's facts rather than parsed again, and a large review file is read
// in the lint worker: a large review is parsed only there, so neither typing in it nor saving
// it blocks the extension host here.
import * as vscode from 'vscode';
import { knownOwners } from '../core/sidebar/known-owners';
import { resolveConfig } from '../core/config';
import { workspaceScales, type WorkspaceScales } from '../core/workspace-scales';
import { ReviewIndex, type FileStamp, type ReviewReading } from '../core/workspace-index';
import { LANGUAGE_ID, type LintedReview, type ReviewLinter } from './diagnostics';

const REVIEW_GLOB = '**/*.pir.{yaml,yml}';
const EXCLUDE_GLOB = '**/node_modules/**';
/** Where the index is saved in workspaceState between sessions. */
export const INDEX_CACHE_KEY = 'pir.reviewIndex';
/** Saves and file events come in bursts (git checkout, format on save): handle each burst once. */
const DEBOUNCE_MS = 200;
const SAVE_CACHE_MS = 2_000;
/** The longest the index reads files on the extension host before it yields. */
const READ_SLICE_MS = 20;

/** A review's text as read: an unsaved buffer's, or a file's with its stamp. */
interface FileText {
  uri: vscode.Uri;
  text: string;
  stamp?: FileStamp;
}

export class WorkspaceReviews implements vscode.Disposable {
  readonly index: ReviewIndex;
  /** Resolves once every review file was found and read (or found unchanged since the cache). */
  readonly ready: Promise<void>;
  private readonly disposables: vscode.Disposable[] = [];
  /** Disk changes waiting for the debounce: uri -> whether the file is gone. */
  private readonly pendingFiles = new Map<string, { uri: vscode.Uri; deleted: boolean }>();
  private readonly bufferTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Edited review buffers whose text the index takes from their next lint. */
  private readonly awaitingLint = new Set<string>();
  private fileTimer: ReturnType<typeof setTimeout> | undefined;
  private cacheTimer: ReturnType<typeof setTimeout> | undefined;
  /** Index updates run one after another, so a slow scan cannot overwrite a newer buffer. */
  private queue: Promise<void> = Promise.resolve();

  private readonly configChanged = new vscode.EventEmitter<void>();
  /** Fires once the reviews were read again after a `.pirrc.yaml` (or a setting) changed: views that group by its scales redraw. */
  readonly onDidChangeConfig = this.configChanged.event;

  /**
   * The severity scale and time zones the dashboard and the Reviews view follow: every folder's
   * `.pirrc.yaml`, each review read in its own folder's (multi-root).
   */
  async scales(): Promise<WorkspaceScales> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    return workspaceScales(await Promise.all(folders.map(async (folder) => ({
      uri: folder.uri.toString(),
      config: this.linter ? await this.linter.config.configFor(folder.uri) : resolveConfig(),
    }))));
  }

  /** @param linter reads edited review buffers; without it (some tests) they are parsed here. */
  constructor(private readonly state: vscode.Memento, private readonly linter?: ReviewLinter) {
    this.index = ReviewIndex.fromCache(state.get(INDEX_CACHE_KEY));
    const watcher = vscode.workspace.createFileSystemWatcher(REVIEW_GLOB);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.fileChanged(uri, false)),
      watcher.onDidChange((uri) => this.fileChanged(uri, false)),
      watcher.onDidDelete((uri) => this.fileChanged(uri, true)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && isReviewFile(event.document.uri)) this.bufferChanged(event.document);
      }),
      // The buffer's unsaved text is gone: what counts again is the disk.
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.awaitingLint.delete(document.uri.toString());
        if (isReviewFile(document.uri)) this.enqueue(() => this.readFiles([document.uri]));
      }),
      ...(linter ? [linter.onDidLint((result) => this.linted(result))] : []),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.enqueue(() => this.scan())),
      this.configChanged,
      // A review's reading depends on its folder's scales and zone: read every file again.
      ...(linter ? [linter.config.onDidChange(() => void this.enqueue(() => this.scan({ force: true })).then(() => this.configChanged.fire()))] : []),
    );
    const unsubscribe = this.index.onDidChange(() => this.scheduleCacheSave());
    this.disposables.push({ dispose: unsubscribe });
    this.ready = this.enqueue(() => this.scan());
  }

  /** Every action-item owner in the workspace's reviews, most used first: what completion and the owner quick fix offer. */
  async owners(): Promise<string[]> {
    await this.ready;
    return knownOwners(this.index.actionItems());
  }

  /** The `id` of every review in the workspace: a new review takes the next free number. */
  async reviewIds(): Promise<string[]> {
    await this.ready;
    return this.index.entries().flatMap((entry) => (entry.id ? [entry.id] : []));
  }

  /** Re-reads everything: for "Refresh" and after an edit was refused because the index was behind. */
  refresh(): Promise<void> {
    return this.enqueue(() => this.scan());
  }

  dispose(): void {
    clearTimeout(this.fileTimer);
    for (const timer of this.bufferTimers.values()) clearTimeout(timer);
    if (this.cacheTimer) {
      clearTimeout(this.cacheTimer);
      void this.saveCache();
    }
    for (const disposable of this.disposables) disposable.dispose();
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task, task);
    this.queue = run.catch((error: unknown) => console.error('[pir] review index:', error));
    return run;
  }

  /** Finds every review file and reads those that changed since the index read them (all of them with `force`). */
  private async scan({ force = false } = {}): Promise<void> {
    const found = (await vscode.workspace.findFiles(REVIEW_GLOB, EXCLUDE_GLOB)).filter(isReviewFile);
    const keep = new Set(found.map((uri) => uri.toString()));
    const changed = await this.readingsOf(await this.textsToRead(found, { force }));
    this.index.batch(() => {
      for (const entry of this.index.entries()) if (!keep.has(entry.uri)) this.index.remove(entry.uri);
      for (const { uri, reading, stamp } of changed) if (reading) this.index.update(uri.toString(), reading, stamp);
    });
  }

  /** Reads `uris` again (see textsToRead); a file that is gone, and not open with unsaved changes, leaves the index. */
  private async readFiles(uris: readonly vscode.Uri[]): Promise<void> {
    const changed = await this.readingsOf(await this.textsToRead(uris, { force: true }));
    const read = new Set(changed.map(({ uri }) => uri.toString()));
    this.index.batch(() => {
      for (const uri of uris) if (!read.has(uri.toString())) this.index.remove(uri.toString());
      for (const { uri, reading, stamp } of changed) if (reading) this.index.update(uri.toString(), reading, stamp);
    });
  }

  /**
   * Each text as the index reads it: through the linter, which reads large ones in its worker
   * (undefined when a newer read of the file superseded it); parsed here without a linter.
   * Small ones are read here, and the first scan of a workspace may have thousands: between
   * slices of READ_SLICE_MS the host gets its turn.
   */
  private async readingsOf(texts: FileText[]): Promise<{ uri: vscode.Uri; reading: ReviewReading | string | undefined; stamp?: FileStamp }[]> {
    const readings = [];
    let sliceStart = performance.now();
    for (const { uri, text, stamp } of texts) {
      readings.push({ uri, reading: this.linter ? await this.linter.readFile(uri, text) : text, stamp });
      if (performance.now() - sliceStart > READ_SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
    return readings;
  }

  /**
   * The texts of those `uris` that differ from what the index holds: the buffer of an open
   * document with unsaved changes, else the file when its stamp changed (always with `force`).
   * A clean buffer is the file's text, and reading the file keeps its stamp for the cache.
   * Files that are gone or unreadable are left out.
   */
  private async textsToRead(uris: readonly vscode.Uri[], { force = false } = {}): Promise<FileText[]> {
    const results = await Promise.all(uris.map(async (uri) => {
      const document = openDocument(uri);
      if (document?.isDirty) return [{ uri, text: document.getText() }];
      try {
        const { mtime, size } = await vscode.workspace.fs.stat(uri);
        const stamp = { mtime, size };
        if (!force && !this.index.needsUpdate(uri.toString(), stamp)) return [];
        return [{ uri, text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), stamp }];
      } catch {
        return []; // deleted since it was found: the caller removes it
      }
    }));
    return results.flat();
  }

  private fileChanged(uri: vscode.Uri, deleted: boolean): void {
    if (!isReviewFile(uri)) return;
    // Unsaved changes are what the user sees, whatever happens to the file underneath.
    if (!deleted && openDocument(uri)?.isDirty) return;
    this.pendingFiles.set(uri.toString(), { uri, deleted });
    clearTimeout(this.fileTimer);
    this.fileTimer = setTimeout(() => {
      const batch = [...this.pendingFiles.values()];
      this.pendingFiles.clear();
      void this.enqueue(() => this.readFiles(batch.map(({ uri }) => uri)));
    }, DEBOUNCE_MS);
  }

  private bufferChanged(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (this.linter && document.languageId === LANGUAGE_ID) {
      this.awaitingLint.add(key);
      return;
    }
    clearTimeout(this.bufferTimers.get(key));
    this.bufferTimers.set(key, setTimeout(() => {
      this.bufferTimers.delete(key);
      // Read when the queue gets to it, so the newest text wins.
      void this.enqueue(async () => {
        if (!document.isClosed) this.index.update(key, document.getText());
      });
    }, DEBOUNCE_MS));
  }

  /** Takes the index reading of an edited buffer from its lint (the linter debounces typing). */
  private linted(result: LintedReview): void {
    const key = result.uri.toString();
    // Not awaited: a lint on opening or after a config change, of a text the index has.
    if (!this.awaitingLint.has(key)) return;
    // Too large to lint: the index keeps the saved file's entry until the text shrinks or is saved.
    const reading = result.facts?.reading;
    if (!reading) return;
    this.awaitingLint.delete(key);
    void this.enqueue(async () => {
      // A newer version's lint brings its own reading.
      if (openDocument(result.uri)?.version === result.version) this.index.update(key, reading);
    });
  }

  private scheduleCacheSave(): void {
    clearTimeout(this.cacheTimer);
    this.cacheTimer = setTimeout(() => void this.saveCache(), SAVE_CACHE_MS);
  }

  private async saveCache(): Promise<void> {
    this.cacheTimer = undefined;
    await this.state.update(INDEX_CACHE_KEY, this.index.toCache());
  }
}

/** A `*.pir.yaml` / `*.pir.yml` file inside a workspace folder, not under node_modules. */
export function isReviewFile(uri: vscode.Uri): boolean {
  return /\.pir\.ya?ml$/i.test(uri.path) && !uri.path.includes('/node_modules/') && vscode.workspace.getWorkspaceFolder(uri) !== undefined;
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((document) => !document.isClosed && document.uri.toString() === key);
}

export function register(context: vscode.ExtensionContext, linter: ReviewLinter): WorkspaceReviews {
  const reviews = new WorkspaceReviews(context.workspaceState, linter);
  context.subscriptions.push(reviews);
  return reviews;
}
