// Lists in text order: what lies at or before a position, found by halving.

/** Index of the last item whose `start` is at or before `pos`, or -1 (the items in order of `start`). */
export function lastAtOrBefore(items: ReadonlyArray<{ start: number }>, pos: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start <= pos) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at;
}

/**
 * The last item at or before `pos` (by `start`) that `ok` accepts, looked for backwards from
 * there; `stop` ends the search early (an item too far back to count). The items in order of `start`.
 */
export function lastBefore<T extends { start: number }>(items: readonly T[], pos: number, ok: (x: T) => boolean, stop?: (x: T) => boolean): T | undefined {
  for (let i = lastAtOrBefore(items, pos); i >= 0; i--) {
    const x = items[i]!;
    if (stop?.(x)) return undefined;
    if (ok(x)) return x;
  }
  return undefined;
}
