// Progress on stderr for batches: documents done, documents per second, ETA
// when the total is known. Only on a terminal; redrawn at most 5 times a second.
export class Progress {
  private done = 0;
  private failed = 0;
  private last = 0;
  private readonly t0 = Date.now();

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly total: number | undefined,
  ) {}

  tick(failed: boolean): void {
    this.done++;
    if (failed) this.failed++;
    const now = Date.now();
    if (now - this.last < 200) return;
    this.last = now;
    this.draw(now);
  }

  private draw(now: number): void {
    const secs = (now - this.t0) / 1000;
    const rate = secs > 0 ? this.done / secs : 0;
    let line = `factx: ${this.done}${this.total ? `/${this.total}` : ''} documents, ${rate.toFixed(1)} docs/s`;
    if (this.failed) line += `, ${this.failed} failed`;
    if (this.total && rate > 0) {
      const eta = Math.max(0, Math.round((this.total - this.done) / rate));
      line += `, ETA ${Math.floor(eta / 60)}:${String(eta % 60).padStart(2, '0')}`;
    }
    this.stream.write(`\r${line}\u001b[K`);
  }

  end(): void {
    this.draw(Date.now());
    this.stream.write('\n');
  }
}
