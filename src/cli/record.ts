// What flows through a batch: tasks, records and serialised records. Light on
// purpose: the main thread imports this without loading the extractor.
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

/** The error of an error record, serialised or not; undefined for an extraction. */
export function errorOf(r: Result | Serialized): ErrorRecord['error'] | undefined {
  return 'error' in r ? r.error : undefined;
}
