// Runs one long job in a worker thread started from a bundled script, so that it never blocks
// the thread that asked (the VS Code extension host): relays the worker's progress, settles once
// on its result, its error or its end, and stops it. What cancelling means is the job's to say
// (site/in-worker.ts, import/in-worker.ts).
import { Worker } from 'node:worker_threads';

/** Why a job failed, as its worker tells it: at least a message. */
export interface WorkerFailure {
  message: string;
}

/** What a job's worker posts: any number of progress reports, then its result or its failure. */
export type FromWorker<Progress, Result, Failure extends WorkerFailure = WorkerFailure> =
  | { type: 'progress'; progress: Progress }
  | { type: 'done'; result: Result }
  | ({ type: 'error' } & Failure);

/** How to stop a cancelled job, and what its promise rejects with. */
export interface Cancellation {
  error: Error;
  /** Posted to the worker so that it can stop what it started itself (the import's git). */
  tell?: unknown;
  /** How long the worker may take to stop by itself before it is terminated; none: at once. */
  graceMs?: number;
  /** Runs once the worker is terminated (it may have stopped halfway through a write); the promise rejects after it. */
  cleanup?: () => Promise<unknown>;
}

/** One job for runInWorker: its worker, its data, and what its caller hears of it. */
export interface WorkerRun<Progress, Failure extends WorkerFailure> {
  /** The worker's entry: a dist/*-worker.js in the extension, the compiled worker.ts in tests. */
  script: string;
  /** The worker's `workerData`, structured-cloned: plain data only. */
  data: unknown;
  /** What the worker is called in the error when it ends without an answer: "site worker". */
  name: string;
  signal?: AbortSignal;
  /** Called for each report until the promise settles; none once it is cancelled. */
  onProgress?: (progress: Progress) => void;
  /** Called once, when `signal` aborts: how to stop, or undefined to let the worker finish. */
  onCancel: () => Cancellation | undefined;
  /** The error the promise rejects with when the worker reports a failure; `new Error(message)` by default. */
  toError?: (failure: Failure) => Error;
}

/** The result the worker started from `run.script` posts; rejects with its failure, or with `onCancel`'s error. */
export function runInWorker<Progress, Result, Failure extends WorkerFailure = WorkerFailure>(run: WorkerRun<Progress, Failure>): Promise<Result> {
  const { signal, onProgress, onCancel, toError = (failure: Failure) => new Error(failure.message) } = run;
  return new Promise((resolve, reject) => {
    const early = signal?.aborted ? onCancel() : undefined;
    if (early) return reject(early.error);
    const worker = new Worker(run.script, { workerData: run.data });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', cancel);
      outcome();
    };
    const cancel = () => {
      const how = onCancel();
      if (!how) return;
      settle(() => {
        if (how.tell !== undefined) worker.postMessage(how.tell);
        // A worker busy in one file hears the message only after it: do not wait for it.
        const stopped = how.graceMs ? new Promise((done) => setTimeout(done, how.graceMs).unref()).then(() => worker.terminate()) : worker.terminate();
        if (how.cleanup) void stopped.then(how.cleanup).then(() => reject(how.error), reject);
        else reject(how.error);
      });
    };
    signal?.addEventListener('abort', cancel, { once: true });
    // The worker's answer (or its crash) ends it, also when it comes within a cancel's grace.
    const end = (outcome: () => void) => {
      void worker.terminate();
      settle(outcome);
    };
    worker.on('message', (message: FromWorker<Progress, Result, Failure>) => {
      if (message.type === 'progress') return settled ? undefined : onProgress?.(message.progress);
      end(() => (message.type === 'done' ? resolve(message.result) : reject(toError(message))));
    });
    worker.on('error', (error) => end(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`The ${run.name} stopped (exit code ${code}).`))));
  });
}
