/**
 * Whether a range of a part touches one of a set of replacements: a rewriter's edits (restored
 * placeholders) must leave alone what a mask already replaces. An answer can hold thousands of
 * both, so a range is not compared with every mask: masks are sorted once, and each question is
 * a binary search.
 */
import type { Replacement } from "./types.js";

/** A test of `[start, end)` of `part` against `masks` (any order, overlapping or not). */
export function maskCover(
  masks: readonly Replacement[],
): (part: number, start: number, end: number) => boolean {
  if (masks.length === 0) return () => false;
  const sorted = [...masks].sort((a, b) => a.part - b.part || a.start - b.start);
  const n = sorted.length;
  const parts = new Float64Array(n);
  const starts = new Float64Array(n);
  /** The furthest end among the masks of the same part up to each index. */
  const reach = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const m = sorted[i]!;
    parts[i] = m.part;
    starts[i] = m.start;
    reach[i] = i > 0 && parts[i - 1] === m.part ? Math.max(reach[i - 1]!, m.end) : m.end;
  }
  return (part, start, end) => {
    // The last mask that comes before (part, end) in sort order.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (parts[mid]! < part || (parts[mid] === part && starts[mid]! < end)) lo = mid + 1;
      else hi = mid;
    }
    const last = lo - 1;
    return last >= 0 && parts[last] === part && reach[last]! > start;
  };
}
