/**
 * Turning the spans of all finders into the detector's answer: sorted by start and never
 * overlapping. Where spans overlap, the longer one wins; between equally long ones the more
 * specific label wins (a checksum-validated number over a generic pattern); the earlier start,
 * then the label's name, settle what is left, so the answer never depends on finder order.
 */
import type { Span } from "./span.js";

/** Higher wins a tie in length: validated numbers, then structured values, then heuristics. */
const SPECIFICITY: Readonly<Record<string, number>> = {
  card: 9,
  iban: 8,
  us_ssn: 7,
  uk_nino: 7,
  ca_sin: 7,
  in_aadhaar: 7,
  email: 6,
  secret: 5,
  phone: 4,
  ip_address: 3,
};

function byStart(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
}

/** Which of two spans to keep first: negative when `a` is preferred. */
function byPreference(a: Span, b: Span): number {
  return (
    b.end - b.start - (a.end - a.start) ||
    (SPECIFICITY[b.label] ?? 0) - (SPECIFICITY[a.label] ?? 0) ||
    byStart(a, b)
  );
}

/** Index of the first span in `sorted` (by start) whose start is >= `start`. */
function lowerBound(sorted: readonly Span[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The non-overlapping subset of `spans` chosen by preference, sorted by start. Sorts `spans`
 * in place; empty spans are dropped.
 */
export function resolveOverlaps(spans: Span[]): Span[] {
  if (spans.length <= 1) return spans.length === 1 && spans[0]!.end <= spans[0]!.start ? [] : spans;
  spans.sort(byStart);
  let overlapping = false;
  let reach = 0;
  for (const span of spans) {
    if (span.end <= span.start || span.start < reach) overlapping = true;
    if (span.end > reach) reach = span.end;
  }
  // The common case: finders rarely meet, and sorting was all there was to do.
  if (!overlapping) return spans;
  spans.sort(byPreference);
  const kept: Span[] = [];
  for (const span of spans) {
    if (span.end <= span.start) continue;
    const at = lowerBound(kept, span.start);
    const before = kept[at - 1];
    const after = kept[at];
    if ((before && before.end > span.start) || (after && after.start < span.end)) continue;
    kept.splice(at, 0, span);
  }
  return kept;
}
