// One unit of batch work: a decoded document in, a factx/1 record (or an error
// record) out. Runs in the main thread or in a worker thread, with the same result.
import { extractWith } from '../pipeline/extract.js';
import { FactxInputError, today } from '../pipeline/options.js';
import { errorRecord, serialize, type Result, type Serialized, type Task } from './record.js';

export function runTask(t: Task): Result {
  try {
    const x = extractWith(t.text, t.options, t.options.today ?? today());
    x.warnings.unshift(...t.warnings);
    if (t.source) x.source = t.source;
    if (t.includeText) x.text = t.text;
    return x;
  } catch (e) {
    if (e instanceof FactxInputError) return errorRecord(t.options.id, e.code, e.message);
    return errorRecord(t.options.id, 'internal', `extraction failed: ${(e as Error).message}`);
  }
}

/** runTask, serialised when the task asks for it. */
export function runTaskFor(t: Task): Result | Serialized {
  const r = runTask(t);
  return t.serialize ? serialize(r, t.serialize) : r;
}
