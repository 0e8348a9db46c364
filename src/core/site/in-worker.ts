// Runs publishSite in a worker thread (worker.ts), so that building a site of a thousand reviews
// never blocks the thread that asked (the VS Code extension host). Cancelling terminates the
// worker and removes its staging folder: the output folder is left as it was. Only the last
// step, renaming the staged files into place (milliseconds), is waited for instead.
import { rm } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import type { PublishOptions, PublishProgress, PublishResult } from './write-site';

export type SiteWorkerMessage =
  | { type: 'progress'; progress: PublishProgress }
  | { type: 'done'; result: PublishResult }
  | { type: 'error'; message: string };

export class SiteBuildCancelled extends Error {}

/** publishSite(options) in a worker started from `script` (dist/site-worker.js in the extension). Rejects with SiteBuildCancelled once `signal` aborts. */
export function publishSiteInWorker(
  script: string,
  options: PublishOptions,
  control: { signal?: AbortSignal; onProgress?: (progress: PublishProgress) => void } = {},
): Promise<PublishResult> {
  const { signal, onProgress } = control;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new SiteBuildCancelled('The build was cancelled.'));
    const worker = new Worker(script, { workerData: options });
    let staging: string | undefined;
    let committing = false;
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', stop);
      void worker.terminate();
      outcome();
    };
    const stop = () => {
      if (committing) return; // moving the files into place: let it finish, so the site is whole
      settle(() => {
        // The worker may be stopped in the middle of writing; its staging folder goes with it.
        const removed = staging ? rm(staging, { recursive: true, force: true }) : Promise.resolve();
        void removed.then(() => reject(new SiteBuildCancelled('The build was cancelled.')), reject);
      });
    };
    signal?.addEventListener('abort', stop, { once: true });
    worker.on('message', (message: SiteWorkerMessage) => {
      if (message.type === 'progress') {
        if (message.progress.step === 'staging') staging = message.progress.folder;
        if (message.progress.step === 'committing') committing = true;
        return onProgress?.(message.progress);
      }
      if (message.type === 'done') settle(() => resolve(message.result));
      else settle(() => reject(new Error(message.message)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`The site worker stopped (exit code ${code}).`))));
  });
}
