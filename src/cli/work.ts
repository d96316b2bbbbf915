// One unit of batch work: a decoded document in, a factx/1 record (or an error
// record) out. Runs in the main thread or in a worker thread, with the same result.
import { extract } from '../index.js';
import type { ExtractType, Extraction, OffsetUnit } from '../model/types.js';
import { formatJsonl, type ErrorRecord } from '../format/json.js';
import { formatCsvRows } from '../format/csv.js';

export interface Task {
  id: string;
  text: string;
  dct?: string;
  warnings: Array<{ code: string; message: string }>;
  refDate?: string;
  today: string;
  types?: ExtractType[];
  offsets: OffsetUnit;
  explain: boolean;
  /** Format the record where it is made (jsonl, csv), so that workers, not the main thread, serialise. */
  serialize?: 'jsonl' | 'csv';
}

export type Result = Extraction | ErrorRecord;

/** A record already serialised by a worker, with what the main thread needs to know of it. */
export interface Serialized {
  serialized: string;
  id: string;
  error?: ErrorRecord['error'];
}

export function serialize(r: Result, how: 'jsonl' | 'csv'): Serialized {
  return { serialized: how === 'csv' ? formatCsvRows(r) : formatJsonl(r), id: r.id, ...('error' in r ? { error: r.error } : {}) };
}

/** runTask, serialised when the task asks for it. */
export function runTaskFor(t: Task): Result | Serialized {
  const r = runTask(t);
  return t.serialize ? serialize(r, t.serialize) : r;
}

export function runTask(t: Task): Result {
  try {
    const x = extract(t.text, {
      id: t.id,
      ...(t.refDate ? { refDate: t.refDate } : {}),
      ...(t.dct ? { dct: t.dct } : {}),
      today: t.today,
      ...(t.types ? { types: t.types } : {}),
      offsets: t.offsets,
      explain: t.explain,
    });
    x.warnings.unshift(...t.warnings);
    return x;
  } catch (e) {
    return { id: t.id, error: { code: 'internal', message: `extraction failed: ${(e as Error).message}` } };
  }
}

export function isError(r: Result | Serialized): boolean {
  return 'error' in r && r.error !== undefined;
}
