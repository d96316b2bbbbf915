// The one place that prints data. Waits for the stream to drain so memory stays
// flat, and treats a closed pipe (`factx ... | head -1`) as a normal end.
import type { Writable } from 'node:stream';

export class Output {
  closed = false;

  constructor(private readonly stream: Writable) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else throw e;
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
      else this.stream.once('drain', resolve);
    });
  }
}
