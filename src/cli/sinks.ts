// Where records go: one stream (table, json, jsonl, csv), or one JSON file per
// input in a directory (--out-dir), written atomically (temporary file + rename).
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, relative, isAbsolute } from 'node:path';
import type { ChalkInstance } from 'chalk';
import type { Extraction } from '../model/types.js';
import { formatJsonl, jsonArray } from '../format/json.js';
import { CSV_HEADER, formatCsvRows } from '../format/csv.js';
import type { Output } from './output.js';
import { errorOf, type Result, type Serialized } from './record.js';

export type Format = 'table' | 'json' | 'jsonl' | 'csv';

export interface Sink {
  /** Whether an input's output already exists (only a directory sink can say yes). */
  exists(id: string): boolean;
  write(r: Result | Serialized): Promise<void>;
  close(): Promise<void>;
  readonly closed: boolean;
}

type TableFn = (x: Extraction, o: { color: ChalkInstance; explain?: boolean; width?: number }) => string;

export class StreamSink implements Sink {
  private count = 0;
  private opened = false;

  constructor(
    private readonly out: Output,
    private readonly format: Format,
    private readonly table?: { fn: TableFn; color: ChalkInstance; explain: boolean; width: number },
  ) {}

  get closed(): boolean {
    return this.out.closed;
  }

  /** Whether workers may serialise records for this sink. */
  get serialization(): 'jsonl' | 'csv' | undefined {
    return this.format === 'jsonl' || this.format === 'csv' ? this.format : undefined;
  }

  exists(): boolean {
    return false;
  }

  private async open(): Promise<void> {
    if (this.opened) return;
    this.opened = true;
    if (this.format === 'json') await this.out.write(jsonArray.open());
    if (this.format === 'csv') await this.out.write(CSV_HEADER);
  }

  async write(r: Result | Serialized): Promise<void> {
    await this.open();
    if ('serialized' in r) {
      await this.out.write(r.serialized);
      this.count++;
      return;
    }
    switch (this.format) {
      case 'table':
        if (errorOf(r)) return; // the message is on stderr
        await this.out.write((this.count > 0 ? '\n' : '') + this.table!.fn(r as Extraction, { color: this.table!.color, explain: this.table!.explain, width: this.table!.width }));
        break;
      case 'json':
        await this.out.write(jsonArray.item(r, this.count));
        break;
      case 'csv':
        await this.out.write(formatCsvRows(r));
        break;
      default:
        await this.out.write(formatJsonl(r));
    }
    this.count++;
  }

  async close(): Promise<void> {
    await this.open();
    if (this.format === 'json') await this.out.write(jsonArray.close(this.count));
    await this.out.end();
  }
}

/** A file name for an input id: "articles/a.txt" -> "articles__a.txt.json". */
export function outputName(id: string): string {
  let p = isAbsolute(id) ? relative(process.cwd(), id) : id;
  p = p.replace(/^(?:\.\.[/\\])+/, '');
  return p.replace(/[/\\]+/g, '__').replace(/[^\w.@+-]/g, '_').replace(/^\.+/, '_') + '.json';
}

export class DirSink implements Sink {
  readonly closed = false;
  private made = false;

  constructor(private readonly dir: string) {}

  exists(id: string): boolean {
    return existsSync(join(this.dir, outputName(id)));
  }

  async write(r: Result | Serialized): Promise<void> {
    if (errorOf(r) || 'serialized' in r) return; // reported on stderr; no file, so a rerun retries it
    if (!this.made) {
      await mkdir(this.dir, { recursive: true });
      this.made = true;
    }
    const file = join(this.dir, outputName(r.id));
    const tmp = `${file}.tmp-${process.pid}`;
    await writeFile(tmp, JSON.stringify(r, null, 2) + '\n');
    await rename(tmp, file);
  }

  async close(): Promise<void> {}
}
