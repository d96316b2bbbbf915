// One unit of batch work: a decoded document in, a factx/1 record (or an error
// record) out. Runs in the main thread or in a worker thread, with the same result.
import { extract } from '../index.js';
import { serialize, type Result, type Serialized, type Task } from './record.js';

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

/** runTask, serialised when the task asks for it. */
export function runTaskFor(t: Task): Result | Serialized {
  const r = runTask(t);
  return t.serialize ? serialize(r, t.serialize) : r;
}
