// The lint worker's entry (bundled as dist/lint-worker.js): lints each text it is sent, and
// reads from the same parse the facts other features need (review-facts.ts).
// WorkerLinter (worker-linter.ts) is the other side.
import { parentPort } from 'node:worker_threads';
import { lint } from './lint';
import { reviewFacts } from './review-facts';
import type { LintReply, LintRequest } from './worker-linter';

const port = parentPort;
if (!port) throw new Error('lint-worker.js runs in a worker thread.');

port.on('message', ({ id, uri, text, now, config }: LintRequest) => {
  let reply: LintReply;
  try {
    const { parsed, findings } = lint(text, { now: new Date(now), config });
    reply = { id, findings, facts: reviewFacts(uri, parsed) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
