// Worker-thread entry for `--jobs N` (piscina): the same runTask as the main thread.
import { runTaskFor } from './work.js';
import type { Task } from './record.js';

export default function (task: Task) {
  return runTaskFor(task);
}
