// The one overlap policy: longer spans win; on equal length, the earlier
// candidate in the input order (rule order) wins. Returns survivors in text order.
import type { Span } from '../model/types.js';

export function longestFirst<T extends Span>(items: T[]): T[] {
  const order = items.map((x, i) => ({ x, i }));
  order.sort((a, b) => b.x.end - b.x.start - (a.x.end - a.x.start) || a.i - b.i);
  const kept: T[] = [];
  for (const { x } of order) {
    if (kept.some((k) => x.start < k.end && k.start < x.end)) continue;
    kept.push(x);
  }
  return kept.sort((a, b) => a.start - b.start);
}
