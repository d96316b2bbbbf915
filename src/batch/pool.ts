// Runs tasks on `jobs` threads. A single article (or --jobs 1) runs in the main
// thread and pays no worker start-up, except that in a batch a long document goes to a
// worker so that the main thread can still hear Ctrl-C; a batch with more jobs runs every
// document in workers, so the main thread never loads compromise and only reads, orders
// and writes. Results come back as promises; the caller keeps them in input order. The
// library's extractMany and the CLI share it.
import type { Piscina } from 'piscina';
import { errorRecord, serialize, type Result, type Serialized, type Task } from './record.js';

/**
 * Input each worker should get at least, when --jobs is not given. A worker costs
 * about a second of start-up and JIT warm-up; below this much text per worker,
 * measured on 2 cores, --jobs 2 was no faster than --jobs 1 (five short articles:
 * 1.3 s against 1.0 s; 145 Wikipedia paragraphs, 470 KB of JSONL: even).
 */
export const BYTES_PER_WORKER = 256 * 1024;

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
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  };
}

export class Runner {
  private pool: Promise<Piscina> | undefined;
  private readonly local: Promise<typeof import('./work.js')> | undefined;
  /** With --jobs 1 in a batch, long documents still go to one worker (see LONG_DOCUMENT_CHARS). */
  private readonly offload: boolean;

  /** `batch`: more than one document may come (several inputs, a directory, JSONL, a glob). */
  constructor(
    readonly jobs: number,
    batch: boolean,
  ) {
    if (jobs <= 1 || !batch) this.local = import('./work.js');
    this.offload = batch;
  }

  /** Whether a task runs in the main thread. */
  inMainThread(task: Task): boolean {
    return this.local !== undefined && !(this.offload && task.text.length > LONG_DOCUMENT_CHARS);
  }

  run(task: Task): Promise<Result | Serialized> {
    if (this.inMainThread(task)) return this.local!.then((w) => w.runTaskFor(task));
    // piscina is loaded only for batches
    this.pool ??= import('piscina').then(({ Piscina: Pool }) => new Pool(poolOptions(this.jobs)));
    // a worker that dies (out of memory on a giant document) fails that document only
    return (this.pool.then((p) => p.run(task)) as Promise<Result | Serialized>).catch((e: Error) => {
      const r: Result = errorRecord(task.options.id, 'internal', `extraction failed in a worker: ${e.message}`);
      return task.serialize ? serialize(r, task.serialize) : r;
    });
  }

  async close(): Promise<void> {
    await (await this.pool)?.destroy();
  }
}
