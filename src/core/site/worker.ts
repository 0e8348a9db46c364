// The site worker's entry (bundled as dist/site-worker.js): builds and writes one site off the
// extension host's thread, reporting progress. in-worker.ts is the other side.
import { parentPort, workerData } from 'node:worker_threads';
import type { SiteWorkerMessage } from './in-worker';
import { publishSite, type PublishOptions } from './write-site';

const port = parentPort;
if (!port) throw new Error('site-worker.js runs in a worker thread.');
const send = (message: SiteWorkerMessage) => port.postMessage(message);

publishSite(workerData as PublishOptions, (progress) => send({ type: 'progress', progress })).then(
  (result) => send({ type: 'done', result }),
  (error: unknown) => send({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
);
