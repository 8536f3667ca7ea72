/**
 * Base64 over `Uint8Array` with the web platform's `btoa`/`atob` (no `Buffer`: plugins run on
 * any runtime): image and document bytes in provider wire formats, JWT segments, and the
 * float32 vectors of base64 embeddings. Every helper takes the value to convert first.
 */

/** `String.fromCharCode` takes its bytes as arguments: go in slices below engine argument limits. */
const SLICE = 0x8000;

/** Encodes bytes as standard base64, with padding. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += SLICE) {
    binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  }
  return btoa(binary);
}

/** Encodes bytes as base64url without padding (RFC 4648 §5, as JWTs use it). */
export function bytesToBase64Url(bytes: Uint8Array): string {
  return bytesToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Decodes standard or URL-safe base64, padding optional. Throws on anything else. */
export function base64ToBytes(text: string): Uint8Array {
  const normal = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(normal + "=".repeat((4 - (normal.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** True when `text` is well-formed standard base64 (padding optional, no white space). */
export function isBase64(text: string): boolean {
  return /^[A-Za-z0-9+/]*={0,2}$/.test(text) && text.replace(/=+$/, "").length % 4 !== 1;
}
