// Lints and reads reviews in a worker thread, so a large review never blocks the thread that
// asked (the VS Code extension host). One worker, reused; only each document's newest text is
// linted, and only each file's newest text is read.
import { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from './config';
import { LintQueue } from './lint-queue';
import type { ReviewFacts } from './review-facts';
import type { Finding } from './types';
import type { ReviewReading } from './workspace-index';

/** What the worker is sent: one text to lint. Structured-cloned, so plain data only. */
export interface LintRequest {
  id: number;
  task: 'lint';
  /** The document's uri, which the index entry in the facts names. */
  uri: string;
  text: string;
  /** "Today" for date rules, as epoch milliseconds. */
  now: number;
  config: ResolvedConfig;
}

/** One file's text for the workspace index to read (a file changed on disk). */
export interface ReadRequest {
  id: number;
  task: 'read';
  uri: string;
  text: string;
}

export type WorkerRequest = LintRequest | ReadRequest;

/** A text's findings, and the facts other features would otherwise parse it for. */
export interface WorkerLint {
  findings: Finding[];
  facts: ReviewFacts;
}

/** What the worker answers request `id`: its lint, its reading, or why there is none. */
export type WorkerReply = { id: number; lint: WorkerLint } | { id: number; reading: ReviewReading } | { id: number; error: string };

interface Job {
  request: WorkerRequest;
  /** Settles the caller's promise: the answer, or undefined when superseded. */
  settle(reply: WorkerReply | undefined): void;
  fail(error: Error): void;
}

export class WorkerLinter {
  private readonly queue = new LintQueue<Job>();
  private worker: Worker | undefined;
  private nextId = 1;

  /** @param script the worker's entry: dist/lint-worker.js in the extension, src/core/lint-worker.ts compiled in tests. */
  constructor(private readonly script: string) {}

  /**
   * The lint of `text`, the text of the document at uri `key`. Resolves undefined when a newer
   * text of the same document, or `cancel`, superseded it before it finished.
   */
  async lint(key: string, text: string, options: { now: Date; config: ResolvedConfig }): Promise<WorkerLint | undefined> {
    const reply = await this.submit(key, { id: this.nextId++, task: 'lint', uri: key, text, now: options.now.getTime(), config: options.config });
    return reply && 'lint' in reply ? reply.lint : undefined;
  }

  /**
   * The workspace index's reading of `text`, the file at `uri`. Resolves undefined when a newer
   * text of the same file superseded it. Queued apart from the lint of the file's open document,
   * so neither stops the other.
   */
  async read(uri: string, text: string): Promise<ReviewReading | undefined> {
    const reply = await this.submit(`read ${uri}`, { id: this.nextId++, task: 'read', uri, text });
    return reply && 'reading' in reply ? reply.reading : undefined;
  }

  /** Gives up `key`'s lint (the document closed). */
  cancel(key: string): void {
    this.drop(this.queue.cancel(key));
    this.startNext();
  }

  dispose(): void {
    for (;;) {
      const job = this.queue.current ?? this.queue.next();
      if (!job) break;
      job.settle(undefined);
      this.queue.finished();
    }
    this.stopWorker();
  }

  private submit(key: string, request: WorkerRequest): Promise<WorkerReply | undefined> {
    return new Promise((resolve, reject) => {
      this.drop(this.queue.submit(key, { request, settle: resolve, fail: reject }));
      this.startNext();
    });
  }

  private drop({ waiting, running }: { waiting?: Job; running?: Job }): void {
    waiting?.settle(undefined);
    if (!running) return;
    // Its result would be stale on arrival; a 10 MB review takes seconds, a new worker far less.
    running.settle(undefined);
    this.queue.finished();
    this.stopWorker();
  }

  private startNext(): void {
    const job = this.queue.next();
    if (!job) return;
    const worker = (this.worker ??= this.startWorker());
    worker.ref(); // keep the process alive for the answer
    worker.postMessage(job.request);
  }

  private startWorker(): Worker {
    const worker = new Worker(this.script);
    // Events of a worker that was stopped meanwhile are about a job already settled.
    const isCurrent = () => worker === this.worker;
    const end = (outcome: (job: Job) => void) => {
      const job = this.queue.current;
      this.queue.finished();
      if (job) outcome(job);
      if (this.queue.current === undefined) worker.unref(); // idle: do not hold the process open
      this.startNext();
    };
    worker.on('message', (reply: WorkerReply) => {
      if (!isCurrent() || reply.id !== this.queue.current?.request.id) return;
      end((job) => ('error' in reply ? job.fail(new Error(reply.error)) : job.settle(reply)));
    });
    const crashed = (error: Error) => {
      if (!isCurrent()) return;
      this.worker = undefined;
      end((job) => job.fail(error));
    };
    worker.on('error', crashed);
    worker.on('exit', (code) => crashed(new Error(`The lint worker exited (code ${code}).`)));
    return worker;
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }
}
