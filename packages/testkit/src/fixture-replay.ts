/**
 * Replaying a recorded upstream body (a fixture) in different framings, to check that what a
 * provider makes of it does not depend on how the bytes arrive: whole, one SSE event per
 * write, one byte per write, or split at arbitrary byte boundaries chosen by fast-check. Serve
 * the parts with `bytes(status, contentType, parts)`.
 */
import fc from "fast-check";

/** `body` cut at the given offsets (taken modulo its length; repeats and zero ignored). */
export function splitAt(body: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % body.byteLength))]
    .filter((c) => c > 0)
    .sort((a, b) => a - b);
  const parts: Uint8Array[] = [];
  let last = 0;
  for (const p of points) {
    parts.push(body.slice(last, p));
    last = p;
  }
  parts.push(body.slice(last));
  return parts;
}

/** One part per server-sent event: `body` cut after each blank line (LF or CRLF framed). */
export function sseEventParts(body: Uint8Array): Uint8Array[] {
  // windows-1252 ("latin1") decodes one character per byte: string offsets are byte offsets.
  const text = new TextDecoder("latin1").decode(body);
  return splitAt(
    body,
    [...text.matchAll(/\r?\n\r?\n/g)].map((m) => m.index + m[0].length),
  );
}

/** One part per byte. */
export function byteParts(body: Uint8Array): Uint8Array[] {
  return Array.from(body, (b) => Uint8Array.of(b));
}

/** Parts joined into one body. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export interface AnySplitOptions {
  /** The most cut points in one split. */
  maxCuts: number;
  /** How many splits to try. */
  numRuns: number;
}

/**
 * Runs `check` (which throws, an `expect` say, when it fails) on `body` split at arbitrary byte
 * boundaries chosen by fast-check, which shrinks a failure to the fewest cuts that show it.
 */
export async function forAnySplit(
  body: Uint8Array,
  options: AnySplitOptions,
  check: (parts: Uint8Array[]) => Promise<void>,
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.nat(), { maxLength: options.maxCuts }), (cuts) =>
      check(splitAt(body, cuts)),
    ),
    { numRuns: options.numRuns },
  );
}
