/**
 * The unit every detector reports and the vault masks: a labelled range of the scanned text.
 */

/** A detected value: UTF-16 offsets into the scanned text, `end` exclusive. */
export interface Span {
  /** Offset of the first UTF-16 code unit of the value. */
  start: number;
  /** Offset just past the last UTF-16 code unit of the value. */
  end: number;
  /** What was found: one of the detector labels (`email`, `phone`, `card`...). */
  label: string;
  /** A detector's confidence in [0, 1], when it has one. */
  score?: number;
}
