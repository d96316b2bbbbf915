// Runs tasks on `jobs` threads. With one job, or until a second document
// arrives, work runs in the main thread, so a single article pays no worker
// start-up. Results come back as promises; the caller keeps them in input order.
import type { Piscina } from 'piscina';
import { runTaskFor, serialize, type Result, type Serialized, type Task } from './work.js';

export class Runner {
  private pool: Promise<Piscina> | undefined;
  private seen = 0;

  constructor(readonly jobs: number) {}

  run(task: Task): Promise<Result | Serialized> {
    this.seen++;
    if (this.jobs <= 1 || this.seen === 1) return Promise.resolve(runTaskFor(task));
    // piscina is loaded with the second document: a single article never pays for it
    this.pool ??= import('piscina').then(
      ({ Piscina: Pool }) =>
        new Pool({
          filename: new URL('./worker.js', import.meta.url).href,
          minThreads: this.jobs,
          maxThreads: this.jobs,
          idleTimeout: 1000,
          // a bounded heap per worker keeps a long batch's memory flat (GC works harder, not longer)
          resourceLimits: { maxOldGenerationSizeMb: 160 },
        }),
    );
    // a worker that dies (out of memory on a giant document) fails that document only
    return (this.pool.then((p) => p.run(task)) as Promise<Result | Serialized>).catch((e: Error) => {
      const r: Result = { id: task.id, error: { code: 'internal', message: `extraction failed in a worker: ${e.message}` } };
      return task.serialize ? serialize(r, task.serialize) : r;
    });
  }

  async close(): Promise<void> {
    await (await this.pool)?.destroy();
  }
}
