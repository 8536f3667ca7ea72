/**
 * Turning the spans of all finders into the detector's answer: sorted by start and never
 * overlapping. Where spans overlap, the longer one wins; between equally long ones the more
 * specific label wins (a checksum-validated number over a generic pattern); the earlier start,
 * then the label's name, settle what is left, so the answer never depends on finder order.
 */
import { PositionSet } from "./position-set.js";
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

/** Index of the first span in `sorted` (by start) whose start is >= `at`. */
function lowerBound(sorted: readonly Span[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.start < at) lo = mid + 1;
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
  // Spans are taken in order of preference, each kept unless it overlaps one kept before. Kept
  // spans never overlap, so the kept span starting last before a candidate's end is the only one
  // that can reach into it: one query to a set of positions in start order, in log time.
  const preferred = Array.from(spans.keys()).sort((a, b) => byPreference(spans[a]!, spans[b]!));
  const kept = new PositionSet(spans.length);
  for (const index of preferred) {
    const span = spans[index]!;
    if (span.end <= span.start) continue;
    const last = kept.lastBefore(lowerBound(spans, span.end));
    if (last !== -1 && spans[last]!.end > span.start) continue;
    kept.add(index);
  }
  const out: Span[] = [];
  for (let i = 0; i < spans.length; i++) if (kept.has(i)) out.push(spans[i]!);
  return out;
}
