// Waiting on documents in flight that a signal may cut short.
//
// A race of each document's promise against one long-lived "halted" promise leaks: every race
// leaves a reaction on the long-lived promise, and the reaction holds the race's result (the
// document's output), so a long stream kept every output it had written (about 1 KB a document).
// Here each wait registers one waiter, dropped when its document settles.

export class Halt {
  private readonly waiters = new Set<(v: undefined) => void>();
  private halted = false;

  /** The value of `p`, or undefined at once when halted (before or while waiting). */
  wait<T>(p: Promise<T>): Promise<T | undefined> {
    if (this.halted) return Promise.resolve(undefined);
    return new Promise<T | undefined>((resolve, reject) => {
      this.waiters.add(resolve);
      p.then(
        (v) => {
          this.waiters.delete(resolve);
          resolve(v);
        },
        (e: unknown) => {
          this.waiters.delete(resolve);
          reject(e);
        },
      );
    });
  }

  /** End every wait now, and every later one at once. */
  halt(): void {
    this.halted = true;
    for (const w of this.waiters) w(undefined);
    this.waiters.clear();
  }

  /** Waits not yet settled (what the Halt holds). */
  get pending(): number {
    return this.waiters.size;
  }
}
