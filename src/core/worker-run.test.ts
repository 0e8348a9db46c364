// runInWorker against tiny real workers written to a temp folder: what it relays, how it settles,
// and that a cancelled worker is told, stopped and cleaned up after as its job asks.
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInWorker, type Cancellation, type WorkerFailure } from './worker-run';

let dir: string;

/** A worker entry with `body` after `port` and `data` are set up; its path. */
function script(name: string, body: string): string {
  const file = join(dir, `${name}.js`);
  writeFileSync(file, `const { parentPort: port, workerData: data } = require('node:worker_threads');\n${body}\n`);
  return file;
}

/** Appends a character to `data.beat` every 5 ms while it runs, so a test can see whether it still does. */
const BEATING = `setInterval(() => require('node:fs').appendFileSync(data.beat, '.'), 5);`;

const size = (file: string) => (existsSync(file) ? statSync(file).size : 0);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether the worker writing `beat` has stopped: it writes nothing more for 300 ms (it beats every 5). */
async function stopped(beat: string): Promise<boolean> {
  for (let i = 0; i < 50; i++) {
    const before = size(beat);
    await sleep(300);
    if (size(beat) === before) return true;
  }
  return false;
}

class Unreadable extends Error {
  constructor(readonly file: string, message: string) {
    super(message);
  }
}

describe('runInWorker', function () {
  this.timeout(20_000);
  before(() => (dir = mkdtempSync(join(tmpdir(), 'pir-worker-run-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  const never = (): Cancellation => assert.fail('not cancelled');

  it('relays each progress report, then resolves with the result computed from its data', async () => {
    const worker = script('sum', `
      for (const n of data) port.postMessage({ type: 'progress', progress: n });
      port.postMessage({ type: 'done', result: data.reduce((a, b) => a + b, 0) });
      port.postMessage({ type: 'progress', progress: -1 }); // after the answer: not relayed`);
    const seen: number[] = [];
    const abort = new AbortController();
    let cancels = 0;
    const result = await runInWorker<number, number>({
      script: worker, data: [1, 2, 3], name: 'sum worker', signal: abort.signal,
      onCancel: () => (cancels++, undefined),
      onProgress: (n) => seen.push(n),
    });
    assert.equal(result, 6);
    assert.deepEqual(seen, [1, 2, 3]);
    abort.abort();
    assert.equal(cancels, 0, 'a cancel after the answer is not heard');
  });

  it('stops the worker once it has answered', async () => {
    const beat = join(dir, 'beat-answered');
    const worker = script('answers', `${BEATING}\nport.postMessage({ type: 'done', result: 'answer' });`);
    assert.equal(await runInWorker<never, string>({ script: worker, data: { beat }, name: 'test worker', onCancel: never }), 'answer');
    assert.ok(await stopped(beat));
  });

  it("rejects with the job's error for a failure the worker reports, a plain Error by default", async () => {
    const worker = script('fails', `port.postMessage({ type: 'error', message: 'a.json: not JSON', file: 'a.json' });`);
    const failing = runInWorker<never, never, WorkerFailure & { file: string }>({
      script: worker, data: null, name: 'test worker', onCancel: never,
      toError: ({ file, message }) => new Unreadable(file, message),
    });
    await assert.rejects(failing, (error) => error instanceof Unreadable && error.file === 'a.json' && error.message === 'a.json: not JSON');
    await assert.rejects(runInWorker({ script: worker, data: null, name: 'test worker', onCancel: never }), (error) => error instanceof Error && error.constructor === Error && error.message === 'a.json: not JSON');
  });

  it('rejects when the worker ends without an answer, or throws', async () => {
    const run = (body: string) => runInWorker({ script: script('ends', body), data: null, name: 'test worker', onCancel: never });
    await assert.rejects(run('// nothing to say'), { message: 'The test worker stopped (exit code 0).' });
    await assert.rejects(run('process.exit(3);'), { message: 'The test worker stopped (exit code 3).' });
    await assert.rejects(run("throw new RangeError('out of range');"), (error) => error instanceof RangeError && error.message === 'out of range');
  });

  it('on cancel tells the worker, rejects at once with the given error, and terminates it after the grace', async () => {
    const told = join(dir, 'told');
    const beat = join(dir, 'beat-grace');
    // Like a worker busy in one file: it hears the message, but goes on.
    const worker = script('busy', `${BEATING}
      port.on('message', (m) => require('node:fs').writeFileSync(data.told, String(m)));
      setInterval(() => port.postMessage({ type: 'progress', progress: 'reading' }), 5);`);
    const abort = new AbortController();
    const cancelled = new Error('cancelled');
    let cancels = 0;
    let reports = 0;
    const run = runInWorker<string, never>({
      script: worker, data: { told, beat }, name: 'test worker', signal: abort.signal,
      onProgress: () => {
        reports++;
        abort.abort();
        abort.abort(); // a second abort is no second cancel
      },
      onCancel: () => (cancels++, { error: cancelled, tell: 'cancel', graceMs: 1000 }),
    });
    await assert.rejects(run, (error) => error === cancelled);
    const atCancel = size(beat);
    await sleep(200);
    assert.ok(size(beat) > atCancel, 'the worker still runs when the promise rejects');
    assert.ok(await stopped(beat), 'the worker is terminated');
    assert.equal(cancels, 1);
    assert.equal(reports, 1, 'nothing is relayed after the cancel');
    assert.equal(readFileSync(told, 'utf8'), 'cancel', 'the worker was told before it was terminated');
  });

  it('on cancel terminates the worker first, then cleans up, then rejects', async () => {
    const started = join(dir, 'child-started');
    const wrote = join(dir, 'child-wrote');
    // Like a worker in the middle of a write: it stops only once its blocking call returns, here
    // a child process that says it started, then writes a file 300 ms later.
    const worker = script('blocks', `
      const child = "const fs = require('node:fs'); fs.writeFileSync(process.argv[1], ''); setTimeout(() => fs.writeFileSync(process.argv[2], ''), 300)";
      require('node:child_process').spawnSync(process.execPath, ['-e', child, data.started, data.wrote]);`);
    const abort = new AbortController();
    const order: string[] = [];
    const run = runInWorker<never, never>({
      script: worker, data: { started, wrote }, name: 'test worker', signal: abort.signal,
      onCancel: () => ({
        error: new Error('cancelled'),
        cleanup: async () => void order.push(existsSync(wrote) ? 'cleanup after the worker stopped' : 'cleanup while the worker ran'),
      }),
    });
    while (!existsSync(started)) await sleep(10);
    abort.abort();
    await run.catch((error: Error) => order.push(error.message));
    assert.deepEqual(order, ['cleanup after the worker stopped', 'cancelled']);
  });

  it('lets the worker finish when onCancel says so', async () => {
    const worker = script('commits', `
      port.postMessage({ type: 'progress', progress: 'committing' });
      setTimeout(() => port.postMessage({ type: 'done', result: 'whole' }), 200);`);
    const abort = new AbortController();
    let cancels = 0;
    const result = await runInWorker<string, string>({
      script: worker, data: null, name: 'test worker', signal: abort.signal,
      onProgress: () => abort.abort(),
      onCancel: () => (cancels++, undefined),
    });
    assert.equal(result, 'whole');
    assert.equal(cancels, 1);
  });

  it('starts no worker when the signal has already aborted', async () => {
    const started = join(dir, 'started');
    const worker = script('starts', `require('node:fs').writeFileSync(data.started, '');`);
    const cancelled = new Error('cancelled before it began');
    let cancels = 0;
    const run = runInWorker({ script: worker, data: { started }, name: 'test worker', signal: AbortSignal.abort(), onCancel: () => (cancels++, { error: cancelled }) });
    await assert.rejects(run, (error) => error === cancelled);
    assert.equal(cancels, 1);
    await sleep(500); // a worker starts in tens of milliseconds
    assert.ok(!existsSync(started), 'no worker ran');
  });
});
