// Runs tasks on `jobs` threads: the main thread and up to jobs - 1 workers. The main thread
// always extracts (it is warm, restored from the start-up snapshot), between turns of the event
// loop so that reading, writing and signals go on; workers start only when the queue shows a
// batch long enough to repay their start-up (about a second each), so that adding a worker
// never makes a run slower. In a batch a long document goes to a worker even with --jobs 1, so
// that the main thread can still hear Ctrl-C. Results come back as promises; the caller keeps
// them in input order. The library's extractMany and the CLI share it.
import type { Piscina } from 'piscina';
import { errorRecord, serialize, type Result, type Serialized, type Task } from './record.js';

/**
 * Input each thread should get at least, when the input's size is known. A worker costs about a
 * second of start-up and JIT warm-up, while the main thread starts warm from the snapshot;
 * measured on 2 cores (npm run bench), --jobs 2 was 0.94x --jobs 1 on 205 documents (1.0 MB of
 * JSONL) and 1.19x on 1,671 (1.6 MB), so a second thread needs more than 1 MB of input.
 */
export const BYTES_PER_WORKER = 512 * 1024;

/**
 * The threads to use: --jobs N is a ceiling, not a command to lose time. When the input's size
 * is known, no more workers than it repays (one per BYTES_PER_WORKER); when it is not (stdin,
 * a directory, a glob), N or, without --jobs, the cores.
 */
export function effectiveJobs(requested: number | undefined, cores: number, knownBytes: number | undefined): number {
  const cap = knownBytes === undefined ? Infinity : Math.max(1, Math.floor(knownBytes / BYTES_PER_WORKER));
  return Math.max(1, Math.min(requested ?? cores, cap));
}

/**
 * A document this long (in UTF-16 units; about a second of work) goes to a worker even with
 * --jobs 1 in a batch, so that the main thread stays free to hear Ctrl-C and stop at once.
 */
export const LONG_DOCUMENT_CHARS = 64 * 1024;

/** Old-generation heap of a worker, in MB. */
export const WORKER_HEAP_MB = 128;

/** The worker pool's settings for `jobs` threads. */
export function poolOptions(jobs: number) {
  return {
    filename: new URL('./worker.js', import.meta.url).href,
    // threads start as the queue needs them, up to jobs: "--jobs 64" on two files starts two
    minThreads: 1,
    maxThreads: jobs,
    idleTimeout: 1000,
    // a bounded heap per worker keeps a long batch's memory flat (GC works harder, not longer)
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 24 },
  };
}

interface Job {
  task: Task;
  resolve: (r: Result | Serialized) => void;
}

/**
 * Text that shows a batch long enough to repay starting the worker threads: a worker costs about
 * a second of start-up and JIT warm-up, in which the main thread, already warm, extracts about
 * this much. Workers start once the main thread has done this much (or half a window of
 * documents) and as much is still waiting.
 */
export const WORKER_START_CHARS = 192 * 1024;

/** Documents and characters a caller keeps in flight (submitted, not yet written). */
export const MAX_CHARS_IN_FLIGHT = 32 * 1024 * 1024;

export class Runner {
  private pool: Promise<Piscina> | undefined;
  private readonly local: Promise<typeof import('./work.js')>;
  /** In a batch, long documents go to a worker even with --jobs 1 (see LONG_DOCUMENT_CHARS). */
  private readonly offload: boolean;
  private readonly queue: Job[] = [];
  private queuedChars = 0;
  private localBusy = false;
  private inWorkers = 0;
  private closed = false;
  /** Documents extracted in the main thread and in workers (for tests and the benchmark). */
  readonly done = { main: 0, workers: 0 };
  private doneChars = 0;
  /** Worker threads: the main thread is one of the `jobs` that extract. */
  private readonly workers: number;
  /** How many documents a caller should keep in flight: enough for the main thread to work while workers start. */
  readonly window: number;

  /** `batch`: more than one document may come (several inputs, a directory, JSONL, a glob). */
  constructor(
    readonly jobs: number,
    batch: boolean,
  ) {
    this.local = import('./work.js');
    this.offload = batch;
    this.workers = Math.max(1, jobs - 1);
    this.window = jobs > 1 ? 32 * jobs : 4;
  }

  private long(task: Task): boolean {
    return this.offload && task.text.length > LONG_DOCUMENT_CHARS;
  }

  /**
   * Each document goes to whichever thread is free: the main thread takes the next one when it
   * is idle (it is warm: restored from the start-up snapshot, or after its first document);
   * the workers start only once the queued text repays their start-up, or for a long document,
   * and then take the next ones, a few at a time each. Results come back in the caller's order.
   */
  run(task: Task): Promise<Result | Serialized> {
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.queuedChars += task.text.length;
      this.schedule();
    });
  }

  private take(i: number): Job {
    const [job] = this.queue.splice(i, 1);
    this.queuedChars -= job!.task.text.length;
    return job!;
  }

  private schedule(): void {
    if (this.closed) return;
    const longAt = this.queue.findIndex((j) => this.long(j.task));
    // a long batch shows itself: the main thread has done half a window (or WORKER_START_CHARS of
    // text) and as much is still waiting
    const backlog = this.queuedChars >= WORKER_START_CHARS || this.queue.length >= this.window / 2;
    const shown = this.done.main >= this.window / 2 || this.doneChars >= WORKER_START_CHARS;
    if (!this.pool && (longAt >= 0 || (this.jobs > 1 && backlog && shown))) {
      // piscina is loaded only when a worker is wanted
      this.pool = import('piscina').then(({ Piscina: Pool }) => new Pool(poolOptions(this.workers)));
    }
    // workers: a long document first, then (with --jobs above 1) the next in line
    while (this.pool && this.inWorkers < this.workers * 2 && this.queue.length) {
      const at = this.queue.findIndex((j) => this.long(j.task));
      if (at < 0 && this.jobs <= 1) break;
      const job = this.take(at >= 0 ? at : 0);
      this.inWorkers++;
      void this.inWorker(job.task).then((r) => {
        this.inWorkers--;
        this.done.workers++;
        job.resolve(r);
        this.schedule();
      });
    }
    // the main thread, between turns of the event loop (reading, writing and signals go on)
    const next = this.queue.findIndex((j) => !this.long(j.task));
    if (!this.localBusy && next >= 0) {
      this.localBusy = true;
      const job = this.take(next);
      void this.local.then(
        (w) =>
          new Promise<void>((done) =>
            setImmediate(() => {
              let r: Result | Serialized;
              try {
                r = w.runTaskFor(job.task);
              } catch (e) {
                // (runTask catches what extraction throws; serialising cannot, so it is caught here)
                const rec: Result = errorRecord(job.task.options.id, 'internal', `extraction failed: ${(e as Error).message}`);
                r = rec;
              }
              job.resolve(r);
              this.done.main++;
              this.doneChars += job.task.text.length;
              done();
            }),
          ),
      ).then(() => {
        this.localBusy = false;
        this.schedule();
      });
    }
  }

  private inWorker(task: Task): Promise<Result | Serialized> {
    // a worker that dies (out of memory on a giant document) fails that document only
    return (this.pool!.then((p) => p.run(task)) as Promise<Result | Serialized>).catch((e: Error) => {
      const r: Result = errorRecord(task.options.id, 'internal', `extraction failed in a worker: ${e.message}`);
      return task.serialize ? serialize(r, task.serialize) : r;
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await (await this.pool)?.destroy();
  }
}
