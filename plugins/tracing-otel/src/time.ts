/**
 * Span times from the record: its arrival timestamp (ms since the epoch) plus offsets in
 * fractional ms, as OTLP's nanoseconds since the epoch. Those exceed 2^53, so the sum is made in
 * BigInt and written as a decimal string (OTLP/JSON's form of a 64-bit integer).
 */

/** The epoch ms of an ISO 8601 timestamp; `fallback` when it does not parse. */
export function epochMs(timestamp: string, fallback: number): number {
  const parsed = Date.parse(timestamp);
  return Number.isFinite(parsed) ? parsed : fallback;
}

/** `baseMs + offsetMs` as nanoseconds since the epoch; an offset that is not a number counts as 0. */
export function unixNano(baseMs: number, offsetMs: number): string {
  const offset = Number.isFinite(offsetMs) ? offsetMs : 0;
  return (BigInt(Math.trunc(baseMs)) * 1_000_000n + BigInt(Math.round(offset * 1_000_000))).toString();
}
