// Lints in a worker thread, so a large review never blocks the thread that asked (the VS Code
// extension host). One worker, reused; only each document's newest text is linted.
import { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from './config';
import { LintQueue } from './lint-queue';
import type { ReviewFacts } from './review-facts';
import type { Finding } from './types';

/** What the worker is sent: one text to lint. Structured-cloned, so plain data only. */
export interface LintRequest {
  id: number;
  /** The document's uri, which the index entry in the facts names. */
  uri: string;
  text: string;
  /** "Today" for date rules, as epoch milliseconds. */
  now: number;
  config: ResolvedConfig;
}

/** A text's findings, and the facts other features would otherwise parse it for. */
export interface WorkerLint {
  findings: Finding[];
  facts: ReviewFacts;
}

/** What the worker answers: the lint of request `id`, or why there is none. */
export type LintReply = ({ id: number } & WorkerLint) | { id: number; error: string };

interface Job {
  request: LintRequest;
  /** Settles the caller's promise: the lint, or undefined when superseded. */
  settle(lint: WorkerLint | undefined): void;
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
  lint(key: string, text: string, options: { now: Date; config: ResolvedConfig }): Promise<WorkerLint | undefined> {
    return new Promise((resolve, reject) => {
      const request: LintRequest = { id: this.nextId++, uri: key, text, now: options.now.getTime(), config: options.config };
      this.drop(this.queue.submit(key, { request, settle: resolve, fail: reject }));
      this.startNext();
    });
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
    worker.on('message', (reply: LintReply) => {
      if (!isCurrent() || reply.id !== this.queue.current?.request.id) return;
      end((job) => ('error' in reply ? job.fail(new Error(reply.error)) : job.settle({ findings: reply.findings, facts: reply.facts })));
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
