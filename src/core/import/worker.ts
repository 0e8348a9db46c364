// The import worker's entry (bundled as dist/import-worker.js): reads the inputs of one import
// off the extension host's thread (running git there too, for a repository's history),
// reporting progress. in-worker.ts is the other side; its 'cancel' message stops git.
import { parentPort, workerData } from 'node:worker_threads';
import { planImport } from './index';
import { ImportError } from './types';
import type { WorkerJob, WorkerMessage } from './in-worker';

const port = parentPort;
if (!port) throw new Error('import-worker.js runs in a worker thread.');
const job = workerData as WorkerJob;
const send = (message: WorkerMessage) => port.postMessage(message);
const abort = new AbortController();
port.on('message', (message: unknown) => {
  if (message === 'cancel') abort.abort();
});

planImport(job.reviewText, job.inputs, { ...job.options, signal: abort.signal, onProgress: (progress) => send({ type: 'progress', progress }) }).then(
  (result) => send({ type: 'done', result: { ...result, candidates: result.candidates.slice(0, job.maxCandidates), totalCandidates: result.candidates.length } }),
  (error: unknown) => send({ type: 'error', message: error instanceof Error ? error.message : String(error), file: error instanceof ImportError ? error.file : undefined }),
);
