/**
 * What earlier finders claimed, for a finder that skips the ranges they already hold (the phone
 * finder spares libphonenumber the card and id numbers). A text can hold hundreds of thousands
 * of spans and as many candidates, so a candidate is not compared with every span: the spans are
 * sorted once, and candidates, which come in text order, sweep them.
 */
import type { Span } from "../span.js";

/** The ranges of some spans, asked about ranges whose starts never decrease. */
export class Claims {
  readonly #starts: Float64Array;
  readonly #ends: Float64Array;
  /** Spans before this index start at or before the last range asked about. */
  #next = 0;
  /** The furthest end among those spans. */
  #reach = Number.NEGATIVE_INFINITY;
  #lastStart = Number.NEGATIVE_INFINITY;

  /** Reads `spans` once (later pushes to the array are not seen). */
  constructor(spans: readonly Span[]) {
    const byStart = spans.slice().sort((a, b) => a.start - b.start);
    const n = byStart.length;
    this.#starts = new Float64Array(n);
    this.#ends = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      this.#starts[i] = byStart[i]!.start;
      this.#ends[i] = byStart[i]!.end;
    }
  }

  /**
   * True when `[start, end)` lies inside one of the spans. `start` must not be less than the
   * start of the previous question (a `RangeError` says otherwise).
   */
  cover(start: number, end: number): boolean {
    if (start < this.#lastStart) throw new RangeError("Claims.cover: ranges must come in order of start");
    this.#lastStart = start;
    // A span holding the range starts at or before it; the furthest reaching of those decides.
    while (this.#next < this.#starts.length && this.#starts[this.#next]! <= start) {
      if (this.#ends[this.#next]! > this.#reach) this.#reach = this.#ends[this.#next]!;
      this.#next++;
    }
    return this.#reach >= end;
  }
}
