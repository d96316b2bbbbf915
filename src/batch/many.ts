// Many documents through the CLI's worker pool, as a stream: what spaCy's nlp.pipe is to nlp().
import type { ExtractOptions, Result } from '../model/types.js';
import { checkOptions, today as clockToday } from '../pipeline/options.js';
import { MAX_CHARS_IN_FLIGHT, Runner } from './pool.js';
import { errorRecord, type Task } from './record.js';

/** One document for `extractMany`: its text, and optionally an id and its own reference date. */
export interface ManyInput {
  text: string;
  /** Names the result (default: the document's position from 0, as a string). */
  id?: string;
  /** The document's own date (YYYY-MM-DD), as `dct` in `extract`. */
  dct?: string;
}

export interface ManyOptions extends Omit<ExtractOptions, 'id' | 'dct'> {
  /** Worker threads (default 1: the calling thread, no workers). Results are the same for every number. */
  jobs?: number;
}

/**
 * Extract every document of `inputs` (an iterable or async iterable of texts or `{ text, id, dct }`),
 * yielding one result per document in input order: an Extraction, or an error record
 * (`{ schema, id, error: { code, message } }`) for a document that cannot be extracted
 * (an impossible `dct`, a text that is no string), so that one bad document never ends the
 * stream. At most the runner's window of documents (4 with one job) and 32 MiB of text are in
 * flight, so memory stays flat however long the stream. Options common to all documents are checked first: a bad one throws FactxInputError.
 */
export async function* extractMany(inputs: Iterable<ManyInput | string> | AsyncIterable<ManyInput | string>, options: ManyOptions = {}): AsyncGenerator<Result> {
  const { jobs = 1, ...common } = options;
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new RangeError(`jobs must be a whole number from 1 to 256, not ${String(jobs)}`);
  const day = common.today ?? clockToday();
  checkOptions('', common, day); // throws on a bad type, offset unit or date
  const runner = new Runner(jobs, true);
  const window = runner.window;
  const pending: Array<Promise<Result>> = [];
  const sizes: number[] = [];
  let chars = 0;
  let n = 0;
  try {
    for await (const input of inputs) {
      const doc: ManyInput = typeof input === 'string' ? { text: input } : input;
      const id = doc.id ?? String(n);
      n++;
      if (typeof doc.text !== 'string') {
        pending.push(Promise.resolve(errorRecord(id, 'bad_text', `text must be a string, not ${doc.text === null ? 'null' : typeof doc.text}`)));
        sizes.push(0);
      } else {
        const task: Task = { text: doc.text, options: { ...common, id, today: day, ...(doc.dct ? { dct: doc.dct } : {}) }, warnings: [] };
        pending.push(runner.run(task) as Promise<Result>);
        sizes.push(doc.text.length);
        chars += doc.text.length;
      }
      while (pending.length >= window || (pending.length > 1 && chars > MAX_CHARS_IN_FLIGHT)) {
        chars -= sizes.shift()!;
        yield await pending.shift()!;
      }
    }
    while (pending.length) yield await pending.shift()!;
  } finally {
    await runner.close();
  }
}
