// Where records go: one stream in a format from the registry, or one JSON file per
// input in a directory (--out-dir), written atomically (temporary file + rename).
import { createHash } from 'node:crypto';
import { existsSync, unlinkSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ErrorRecord } from '../model/types.js';
import type { FormatOptions, OutputFormat } from '../format/index.js';
import type { Output } from './output.js';
import { errorOf, errorRecord, type Result, type Serialized } from '../batch/record.js';

export interface Sink {
  /** Whether an input's output already exists (only a directory sink can say yes). */
  exists(id: string): boolean;
  /** Write one record; an error record when this record's output could not be written. */
  write(r: Result | Serialized): Promise<ErrorRecord | undefined>;
  close(): Promise<void>;
  /** Remove what an interrupted run leaves half-written. */
  abort(): void;
  readonly closed: boolean;
}

export class StreamSink implements Sink {
  private count = 0;
  private opened = false;

  constructor(
    private readonly out: Output,
    private readonly format: OutputFormat,
    private readonly options: FormatOptions,
  ) {}

  get closed(): boolean {
    return this.out.closed;
  }

  /** The format workers may serialise records in, when it is a per-record one. */
  get serialization(): string | undefined {
    return this.format.perRecord ? this.format.name : undefined;
  }

  exists(): boolean {
    return false;
  }

  private async open(): Promise<void> {
    if (this.opened) return;
    this.opened = true;
    if (this.format.header) await this.out.write(this.format.header());
  }

  async write(r: Result | Serialized): Promise<undefined> {
    await this.open();
    const s = 'serialized' in r ? r.serialized : this.format.record(r, this.count, this.options);
    if (s === '') return undefined;
    await this.out.write(s);
    this.count++;
    return undefined;
  }

  async close(): Promise<void> {
    await this.open();
    if (this.format.footer) await this.out.write(this.format.footer(this.count));
    await this.out.end();
  }

  abort(): void {}
}

/** Longest name kept before the hash (bytes); file systems allow 255. */
const MAX_NAME = 150;
/** A part of a path that maps back one to one: safe characters, no "__", no leading dot, no "_" at either end. */
const PLAIN_PART = /^(?![._])(?!.*_$)(?:(?!__)[\p{L}\p{N}._@+-])+$/u;

/**
 * A file name for an input id, injective and stable: "articles/a.txt" -> "articles__a.txt.json".
 * An id that does not map back one to one (other characters, "..", an absolute path, "__"
 * inside a part) or a long one gets "~" and a hash of the whole id; "~" appears in no other name.
 * Derived from the id as given, never from the working directory.
 */
export function outputName(id: string): string {
  const parts = id.split('/');
  const plain = parts.every((p) => PLAIN_PART.test(p));
  const base = parts.join('__');
  if (plain && Buffer.byteLength(base) <= MAX_NAME) return `${base}.json`;
  let safe = id.replace(/^[./\\]+/, '').replace(/[/\\]+/g, '__').replace(/[^\p{L}\p{N}._@+-]/gu, '_');
  while (Buffer.byteLength(safe) > MAX_NAME) safe = safe.slice(0, -1);
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 12);
  return `${safe}~${hash}.json`;
}

export class DirSink implements Sink {
  readonly closed = false;
  private made = false;
  private readonly inFlight = new Set<string>();

  constructor(private readonly dir: string) {}

  exists(id: string): boolean {
    return existsSync(join(this.dir, outputName(id)));
  }

  async write(r: Result | Serialized): Promise<ErrorRecord | undefined> {
    if (errorOf(r) || 'serialized' in r) return undefined; // reported on stderr; no file, so a rerun retries it
    const file = join(this.dir, outputName(r.id));
    const tmp = `${file}.tmp-${process.pid}`;
    try {
      if (!this.made) {
        await mkdir(this.dir, { recursive: true });
        this.made = true;
      }
      this.inFlight.add(tmp);
      await writeFile(tmp, JSON.stringify(r, null, 2) + '\n');
      await rename(tmp, file);
      return undefined;
    } catch (e) {
      try {
        unlinkSync(tmp);
      } catch {
        // never written
      }
      return errorRecord(r.id, 'output', `cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    } finally {
      this.inFlight.delete(tmp);
    }
  }

  async close(): Promise<void> {}

  abort(): void {
    for (const tmp of this.inFlight) {
      try {
        unlinkSync(tmp);
      } catch {
        // already renamed or never written
      }
    }
  }
}
