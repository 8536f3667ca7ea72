/**
 * Random trace and span ids from `crypto.getRandomValues` (a global on Node 20, Bun and Deno),
 * drawn from a pooled buffer so that a request costs two string builds, not two system calls.
 */

const POOL_BYTES = 4096;
const pool = new Uint8Array(POOL_BYTES);
let used = POOL_BYTES;
const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));

/** `bytes` random bytes as lowercase hex; never all zeros (an invalid id in W3C and OTLP). */
function randomHex(bytes: number): string {
  for (;;) {
    if (used + bytes > POOL_BYTES) {
      crypto.getRandomValues(pool);
      used = 0;
    }
    let hex = "";
    let any = 0;
    for (let i = used; i < used + bytes; i++) {
      const byte = pool[i]!;
      any |= byte;
      hex += HEX_BYTES[byte];
    }
    used += bytes;
    if (any !== 0) return hex;
  }
}

/** A new random trace id: 32 lowercase hex digits. */
export function newTraceId(): string {
  return randomHex(16);
}

/** A new random span id: 16 lowercase hex digits. */
export function newSpanId(): string {
  return randomHex(8);
}
