// Progress on stderr for batches: documents done (of the total, when it is known), documents per
// second, an ETA once the rate has settled, and a one-line summary at the end. Only on a
// terminal; redrawn at most 5 times a second.

/** The ETA is shown once this much time has passed and this many documents are done: a rate from fewer swings wildly. */
const SETTLE_MS = 3000;
const SETTLE_DOCS = 5;

export class Progress {
  private done = 0;
  private failed = 0;
  private last = 0;
  private readonly t0: number;

  constructor(
    private readonly stream: Pick<NodeJS.WriteStream, 'write'>,
    private total: number | undefined,
    private readonly now: () => number = Date.now,
  ) {
    this.t0 = now();
  }

  /** The total, once counted (a directory or a glob is counted while the first documents run). */
  setTotal(total: number | undefined): void {
    this.total = total;
  }

  tick(failed: boolean): void {
    this.done++;
    if (failed) this.failed++;
    const now = this.now();
    if (now - this.last < 200) return;
    this.last = now;
    this.stream.write(`\r${this.line(now)}\u001b[K`);
  }

  /** The progress line at time `now`. */
  line(now: number): string {
    const ms = now - this.t0;
    const rate = ms > 0 ? (this.done * 1000) / ms : 0;
    let line = `factx: ${this.done}${this.total ? `/${this.total}` : ''} documents, ${rate.toFixed(1)} docs/s`;
    if (this.failed) line += `, ${this.failed} failed`;
    if (this.total && rate > 0 && ms >= SETTLE_MS && this.done >= SETTLE_DOCS && this.done < this.total) {
      const eta = Math.max(0, Math.round((this.total - this.done) / rate));
      line += `, ETA ${Math.floor(eta / 60)}:${String(eta % 60).padStart(2, '0')}`;
    }
    return line;
  }

  /** The summary that replaces the progress line: documents, failures, time and rate. */
  summary(now: number): string {
    const secs = (now - this.t0) / 1000;
    const rate = secs > 0 ? this.done / secs : 0;
    return `factx: ${this.done} document${this.done === 1 ? '' : 's'}${this.failed ? ` (${this.failed} failed)` : ''} in ${secs.toFixed(1)} s, ${rate.toFixed(1)} docs/s`;
  }

  end(): void {
    this.stream.write(`\r${this.summary(this.now())}\u001b[K\n`);
  }
}
