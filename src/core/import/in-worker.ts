// Runs planImport in a worker thread (worker.ts), so that reading a year of chat, a long pager
// log or a repository's history never blocks the thread that asked (the VS Code extension host).
// One worker per import. Cancelling asks the worker to stop (it stops git) and terminates it
// soon after in any case, which stops the reading wherever it is.
import { runInWorker, type FromWorker, type WorkerFailure } from '../worker-run';
import { ImportCancelled, ImportError, type ImportInput, type ImportOptions, type ImportProgress, type ImportResult } from './types';

/** Everything the worker needs, structured-cloned: plain data only. */
export interface WorkerJob {
  reviewText: string;
  inputs: readonly ImportInput[];
  options: Omit<ImportOptions, 'onProgress' | 'signal'>;
  /**
   * At most this many candidates (the earliest) come back; `result.counts` still counts them all.
   * Copying a pager log's 100,000 records into the extension host would stall it for seconds.
   */
  maxCandidates?: number;
}

/** The worker's result: `candidates` cut to `maxCandidates`, and how many there were in all. */
export interface WorkerResult extends ImportResult {
  totalCandidates: number;
}

/** Why the import failed; `file` is set when it could not read that file (an ImportError). */
interface ImportFailure extends WorkerFailure {
  file?: string;
}

export type WorkerMessage = FromWorker<ImportProgress, WorkerResult, ImportFailure>;

/** How long a cancelled worker may take to stop git before it is terminated. */
const CANCEL_GRACE_MS = 1000;

/**
 * planImport(job) in a worker started from `script` (dist/import-worker.js in the extension).
 * Rejects with ImportError for a file it cannot read, ImportCancelled once `signal` aborts.
 */
export function planImportInWorker(script: string, job: WorkerJob, options: Pick<ImportOptions, 'onProgress' | 'signal'> = {}): Promise<WorkerResult> {
  return runInWorker<ImportProgress, WorkerResult, ImportFailure>({
    script,
    data: job,
    name: 'import worker',
    signal: options.signal,
    onProgress: options.onProgress,
    onCancel: () => ({ error: new ImportCancelled('The import was cancelled.'), tell: 'cancel', graceMs: CANCEL_GRACE_MS }),
    // The worker prefixes an unreadable file's message with "<file>: ", as ImportError does.
    toError: ({ message, file }) => (file === undefined ? new Error(message) : new ImportError(file, message.slice(file.length + 2))),
  });
}
