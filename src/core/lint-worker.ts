// The lint worker's entry (bundled as dist/lint-worker.js): lints each text it is sent.
// WorkerLinter (worker-linter.ts) is the other side.
import { parentPort } from 'node:worker_threads';
import { lint } from './lint';
import type { LintReply, LintRequest } from './worker-linter';

const port = parentPort;
if (!port) throw new Error('lint-worker.js runs in a worker thread.');

port.on('message', ({ id, text, now, config }: LintRequest) => {
  let reply: LintReply;
  try {
    reply = { id, findings: lint(text, { now: new Date(now), config }).findings };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
