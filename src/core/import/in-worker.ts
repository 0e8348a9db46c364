// Runs planImport in a worker thread (worker.ts), so that reading a year of chat, a long pager
// log or a repository's history never blocks the thread that asked (the VS Code extension host).
// One worker per import. Cancelling asks the worker to stop (it stops git) and terminates it
// soon after in any case, which stops the reading wherever it is.
import { Worker } from 'node:worker_threads';
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

export type WorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; result: WorkerResult }
  | { type: 'error'; message: string; file?: string };

/** How long a cancelled worker may take to stop git before it is terminated. */
const CANCEL_GRACE_MS = 1000;

/**
 * planImport(job) in a worker started from `script` (dist/import-worker.js in the extension).
 * Rejects with ImportError for a file it cannot read, ImportCancelled once `signal` aborts.
 */
export function planImportInWorker(script: string, job: WorkerJob, options: Pick<ImportOptions, 'onProgress' | 'signal'> = {}): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(new ImportCancelled('The import was cancelled.'));
    const worker = new Worker(script, { workerData: job });
    const stop = () => {
      worker.postMessage('cancel');
      // A worker busy in one file hears the message only after it: do not wait for it.
      setTimeout(() => void worker.terminate(), CANCEL_GRACE_MS).unref();
      reject(new ImportCancelled('The import was cancelled.'));
    };
    options.signal?.addEventListener('abort', stop, { once: true });
    const finish = () => {
      options.signal?.removeEventListener('abort', stop);
      void worker.terminate();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') {
        if (!options.signal?.aborted) options.onProgress?.(message.progress);
        return;
      }
      finish();
      if (message.type === 'done') resolve(message.result);
      else reject(message.file === undefined ? new Error(message.message) : new ImportError(message.file, message.message.slice(message.file.length + 2)));
    });
    worker.on('error', (error) => {
      finish();
      reject(error);
    });
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`The import worker stopped (exit code ${code}).`));
    });
  });
}
