/**
 * Which lint the one lint worker runs next. Only a document's newest text is worth linting, so
 * each document has at most one job waiting, and a newer job makes the waiting one (and the
 * running one, if it is that document's) superseded. Documents take turns in the order they
 * asked. Pure bookkeeping: the worker client (worker-linter.ts) acts on what it says.
 */
export class LintQueue<Job> {
  private readonly waiting = new Map<string, Job>();
  private running: { key: string; job: Job } | undefined;

  /**
   * Queues `job` for document `key`. Returns the jobs it supersedes: the one that was waiting
   * for `key`, and the running one when it is for `key` (its result would be stale on arrival).
   */
  submit(key: string, job: Job): { waiting?: Job; running?: Job } {
    const superseded = this.cancel(key);
    this.waiting.set(key, job);
    return superseded;
  }

  /** Drops `key`'s jobs (the document closed, or a newer one came): the ones superseded. */
  cancel(key: string): { waiting?: Job; running?: Job } {
    const waiting = this.waiting.get(key);
    this.waiting.delete(key);
    const running = this.running?.key === key ? this.running.job : undefined;
    return { waiting, running };
  }

  /** The job to start when nothing runs; it is then running until `finished`. */
  next(): Job | undefined {
    if (this.running) return undefined;
    const first = this.waiting.entries().next();
    if (first.done) return undefined;
    const [key, job] = first.value;
    this.waiting.delete(key);
    this.running = { key, job };
    return job;
  }

  /** The running job ended (done, failed or abandoned): the worker is free. */
  finished(): void {
    this.running = undefined;
  }

  /** The job the worker is on, if any. */
  get current(): Job | undefined {
    return this.running?.job;
  }
}
