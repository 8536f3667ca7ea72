/**
 * The unit a guardrail reports: a range of the scanned text (UTF-16 offsets into the text as the
 * caller passed it, end exclusive) with what was found there.
 */

/** A flagged range of the original text. */
export interface Span {
  /** Offset of the first UTF-16 code unit, in the text as passed in. */
  start: number;
  /** Offset just past the last code unit (exclusive). */
  end: number;
  /** What was found: for the injection scorer, the category of the signal. */
  label: string;
  /** How strongly this signal alone suggests an injection, 0..1. */
  score?: number;
}
