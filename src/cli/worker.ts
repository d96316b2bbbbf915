// Worker-thread entry for `--jobs N` (piscina): the same runTask as the main thread.
import { runTaskFor, type Task } from './work.js';

export default function (task: Task) {
  return runTaskFor(task);
}
