// A quantity's unit as people write it, rates included: "USD/bbl", "1/d" (a count per day).
import type { Quantity } from '../model/types.js';

export function unitLabel(q: Quantity): string {
  if (!q.per) return q.unit ?? '';
  return `${q.unit ?? '1'}/${q.per}`;
}
