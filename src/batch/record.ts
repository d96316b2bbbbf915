// What flows through a batch: tasks, records and serialised records. Light on
// purpose: the main thread imports this without loading the extractor.
import type { ErrorRecord, Extraction, ExtractOptions, Result } from '../model/types.js';
import { FORMATS, type FormatName } from '../format/index.js';

export type { Result };

/** One document to extract: the library's own options travel unchanged to `extract`. */
export interface Task {
  text: string;
  options: ExtractOptions & { id: string; today: string };
  warnings: Array<{ code: string; message: string }>;
  /** Format the record where it is made (a per-record format), so that workers, not the main thread, serialise. */
  serialize?: FormatName;
  /** Where the text came from (an HTML page), added to the record. */
  source?: Extraction['source'];
  /** Add the text itself to the record (--include-text). */
  includeText?: boolean;
}

/** A record already serialised by a worker, with what the main thread needs to know of it. */
export interface Serialized {
  serialized: string;
  id: string;
  error?: ErrorRecord['error'];
  /** The reference date fell back to the clock (no --ref-date, dct or dateline). */
  clock?: boolean;
  /** Warnings the extraction made about the text (its language), for stderr. */
  notes?: string[];
}

/** The warnings an extraction made about its text that the user should see on stderr. */
export function notesOf(r: Result): string[] {
  return 'error' in r ? [] : r.warnings.filter((w) => w.code === 'language').map((w) => w.message);
}

export function errorRecord(id: string, code: string, message: string): ErrorRecord {
  return { schema: 'factx/1', id, error: { code, message } };
}

/** Serialise with a per-record format (no colour, no width: those are for tables). */
export function serialize(r: Result, how: FormatName): Serialized {
  const notes = notesOf(r);
  return { serialized: FORMATS[how].record(r, 0, PLAIN), id: r.id, ...('error' in r ? { error: r.error } : {}), ...(!('error' in r) && r.referenceDate.source === 'clock' ? { clock: true } : {}), ...(notes.length ? { notes } : {}) };
}

const PLAIN = { color: undefined as never, explain: false, width: 80 };

/** The error of an error record, serialised or not; undefined for an extraction. */
export function errorOf(r: Result | Serialized): ErrorRecord['error'] | undefined {
  return 'error' in r ? r.error : undefined;
}
