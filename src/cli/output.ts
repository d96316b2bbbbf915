// The one place that prints data. Waits for the stream to drain so memory stays
// flat, treats a closed pipe (`factx ... | head -1`) as a normal end, and keeps any
// other write error (a full disk) to report once, instead of crashing.
import type { Writable } from 'node:stream';

export class Output {
  closed = false;
  /** A write error other than a closed pipe, if one happened. */
  failure: NodeJS.ErrnoException | undefined;

  constructor(private readonly stream: Writable) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      this.closed = true;
      if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') this.failure ??= e;
    });
  }

  async write(s: string): Promise<void> {
    if (this.closed) return;
    if (!this.stream.write(s)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.stream.off('drain', done);
          this.stream.off('error', done);
          this.stream.off('close', done);
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('error', done);
        this.stream.on('close', done);
      });
    }
  }

  async end(): Promise<void> {
    if (this.closed) return;
    await new Promise<void>((resolve) => {
      // stdout cannot be ended; wait until what was written is flushed
      if (this.stream.writableLength === 0) resolve();
      else {
        const done = () => {
          this.stream.off('drain', done);
          this.stream.off('error', done);
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('error', done);
      }
    });
  }
}
