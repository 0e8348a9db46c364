// The lint worker's entry (bundled as dist/lint-worker.js): lints each text it is sent, and
// reads from the same parse the facts other features need (review-facts.ts); or reads a file's
// text for the workspace index. WorkerLinter (worker-linter.ts) is the other side.
import { parentPort } from 'node:worker_threads';
import { lint } from './lint';
import { reviewFacts } from './review-facts';
import type { WorkerReply, WorkerRequest } from './worker-linter';
import { readReviewText } from './workspace-index';

const port = parentPort;
if (!port) throw new Error('lint-worker.js runs in a worker thread.');

port.on('message', (request: WorkerRequest) => {
  const { id, uri, text } = request;
  let reply: WorkerReply;
  try {
    if (request.task === 'read') {
      reply = { id, reading: readReviewText(uri, text) };
    } else {
      const { parsed, findings } = lint(text, { now: new Date(request.now), config: request.config });
      reply = { id, lint: { findings, facts: reviewFacts(uri, parsed, request.config) } };
    }
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
