/**
 * Decides whether a run of base64 characters hides readable text, and returns that text so the
 * rules can read it. Most long base64-alphabet runs in prompts are not payloads (identifiers,
 * hashes, paths, images); those decode to bytes that are not text and are dropped after a bounded
 * decode. Images in `data:` URLs are skipped without decoding.
 */

/** Most bytes decoded from one run: enough for any instruction, bounded for a megabyte image. */
export const MAX_DECODED_BYTES = 3072;
/** Fewest decoded bytes that can count as text. */
const MIN_TEXT_BYTES = 12;

const DECODE: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1);
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  table[0x2d] = 62; // URL-safe '-'
  table[0x5f] = 63; // URL-safe '_'
  return table;
})();

/** A reusable decoder (one per scorer, not re-entrant). */
export class Base64Probe {
  private readonly bytes = new Uint8Array(MAX_DECODED_BYTES);
  private readonly utf8 = new TextDecoder("utf-8", { fatal: true });

  /**
   * The text that `source[start, end)` decodes to, when it is text: valid UTF-8, almost all
   * printable, mostly letters and spaces, with at least two spaces (instructions are sentences).
   * `undefined` for anything else.
   */
  textAt(source: string, start: number, end: number): string | undefined {
    if (isInDataUrl(source, start)) return undefined;
    const length = decode(source, start, end, this.bytes);
    if (length < MIN_TEXT_BYTES) return undefined;
    let printable = 0;
    let wordy = 0;
    let spaces = 0;
    for (let i = 0; i < length; i++) {
      const b = this.bytes[i]!;
      if (b >= 0x80) {
        printable++;
        wordy++;
      } else if (b >= 0x20 && b < 0x7f) {
        printable++;
        if (b === 0x20) spaces++;
        if (b === 0x20 || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a)) wordy++;
      } else if (b === 0x0a || b === 0x0d || b === 0x09) {
        printable++;
        wordy++;
      }
    }
    if (spaces < 2 || printable < length * 0.95 || wordy < length * 0.7) return undefined;
    try {
      return this.utf8.decode(this.bytes.subarray(0, length));
    } catch {
      return undefined;
    }
  }
}

/** Decodes up to MAX_DECODED_BYTES from `source[start, end)` into `out`; returns the byte count. */
function decode(source: string, start: number, end: number, out: Uint8Array): number {
  const stop = Math.min(end, start + Math.floor((MAX_DECODED_BYTES / 3) * 4));
  let n = 0;
  let acc = 0;
  let bits = 0;
  for (let i = start; i < stop; i++) {
    const c = source.charCodeAt(i);
    const v = c < 0x80 ? DECODE[c]! : -1;
    if (v < 0) break;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return n;
}

/**
 * Whether the run at `start` is the payload of a `data:` URL whose media type is not text:
 * images, audio, PDFs and the like are skipped; `data:text/...;base64,` is still read.
 */
function isInDataUrl(source: string, start: number): boolean {
  const marker = ";base64,";
  if (start < marker.length || !source.startsWith(marker, start - marker.length)) return false;
  // Look for the scheme within 128 characters only: an unbounded search back would make many
  // runs quadratic.
  for (let at = start - marker.length - 5; at >= Math.max(0, start - 128); at--) {
    if (source.startsWith("data:", at)) return !source.startsWith("data:text/", at);
  }
  return false;
}
