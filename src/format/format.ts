// What an output format is: a header, one string per record, a footer. Pure: records in,
// strings out; printing happens in the CLI. A new format is one file exporting one of these,
// listed in src/format/index.ts.
import type { ChalkInstance } from 'chalk';
import type { Result } from '../model/types.js';

export interface FormatOptions {
  color: ChalkInstance;
  explain: boolean;
  /** Terminal width in columns. */
  width: number;
  /** The types asked for (default: all): tables print a section only for these. */
  types?: ReadonlySet<string>;
}

export interface OutputFormat {
  name: string;
  /** A record's string depends on that record alone, so a worker thread may make it. */
  perRecord: boolean;
  /** Written once before the first record (also when there is none). */
  header?(): string;
  /** A record's text; `index` counts the records written before it. */
  record(r: Result, index: number, o: FormatOptions): string;
  /** Written once at the end. */
  footer?(count: number): string;
}
