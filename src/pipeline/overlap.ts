// The one overlap policy: longer spans win; on equal length, the earlier candidate in
// the input order (rule order) wins. Returns survivors in text order.
//
// Linear in the covered text: the kept spans are disjoint, so an occupancy map over the
// text answers "does this span touch a kept one?" by looking at the span's own positions,
// never by comparing with every kept span (which was quadratic in the number of spans).
import type { Span } from '../model/types.js';

/** Counts of the work done, for tests of the mechanism (not of time). */
export interface OverlapStats {
  /** positions looked at */
  probes: number;
}

export function longestFirst<T extends Span>(items: readonly T[], stats?: OverlapStats): T[] {
  if (items.length < 2) return [...items];
  let lo = Infinity;
  let hi = 0;
  for (const x of items) {
    if (x.start < lo) lo = x.start;
    if (x.end > hi) hi = x.end;
  }
  const taken = new Uint8Array(Math.max(0, hi - lo));
  const order = items.map((x, i) => ({ x, i }));
  order.sort((a, b) => b.x.end - b.x.start - (a.x.end - a.x.start) || a.i - b.i);
  const kept: T[] = [];
  let probes = 0;
  for (const { x } of order) {
    let free = true;
    for (let p = x.start - lo; p < x.end - lo; p++) {
      probes++;
      if (taken[p]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, x.start - lo, x.end - lo);
    kept.push(x);
  }
  if (stats) stats.probes += probes;
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * A lookup of spans: `overlaps(start, end)` says whether any span shares a position with
 * [start, end), in O(log n) (spans sorted by start, with the running maximum of their ends).
 */
export function spanIndex(spans: readonly Span[]): { overlaps(start: number, end: number): boolean } {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((s) => s.start);
  const maxEnd: number[] = [];
  let m = -Infinity;
  for (const s of sorted) maxEnd.push((m = Math.max(m, s.end)));
  return {
    overlaps(start, end) {
      // the last span starting before `end`
      let lo = 0;
      let hi = starts.length - 1;
      let at = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid]! < end) {
          at = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return at >= 0 && maxEnd[at]! > start;
    },
  };
}
