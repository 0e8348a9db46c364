// Runs publishSite in a worker thread (worker.ts), so that building a site of a thousand reviews
// never blocks the thread that asked (the VS Code extension host). Cancelling terminates the
// worker and removes its staging folder: the output folder is left as it was. Only the last
// step, renaming the staged files into place (milliseconds), is waited for instead.
import { rm } from 'node:fs/promises';
import { runInWorker, type FromWorker } from '../worker-run';
import type { PublishOptions, PublishProgress, PublishResult } from './write-site';

export type SiteWorkerMessage = FromWorker<PublishProgress, PublishResult>;

export class SiteBuildCancelled extends Error {}

/** publishSite(options) in a worker started from `script` (dist/site-worker.js in the extension). Rejects with SiteBuildCancelled once `signal` aborts. */
export function publishSiteInWorker(
  script: string,
  options: PublishOptions,
  control: { signal?: AbortSignal; onProgress?: (progress: PublishProgress) => void } = {},
): Promise<PublishResult> {
  let staging: string | undefined;
  let committing = false;
  return runInWorker<PublishProgress, PublishResult>({
    script,
    data: options,
    name: 'site worker',
    signal: control.signal,
    onProgress: (progress) => {
      if (progress.step === 'staging') staging = progress.folder;
      if (progress.step === 'committing') committing = true;
      control.onProgress?.(progress);
    },
    onCancel: () => {
      if (committing) return undefined; // moving the files into place: let it finish, so the site is whole
      const folder = staging;
      return {
        error: new SiteBuildCancelled('The build was cancelled.'),
        // The worker may be stopped in the middle of writing; its staging folder goes with it.
        cleanup: folder === undefined ? undefined : () => rm(folder, { recursive: true, force: true }),
      };
    },
  });
}
