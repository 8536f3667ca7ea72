/**
 * Base64 of bytes without `Buffer` (plugins use no runtime globals): `btoa` exists in Node,
 * Deno, Bun and workers. Input is processed in slices to keep `String.fromCharCode` arguments small.
 */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) {
    binary += String.fromCharCode(...bytes.subarray(i, i + step));
  }
  return btoa(binary);
}
