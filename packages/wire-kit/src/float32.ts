/**
 * OpenAI's `encoding_format: "base64"` embeddings: the vector as little-endian float32 bytes,
 * base64-encoded. Providers whose upstream answers floats encode them here; readers decode them.
 * A DataView fixes the byte order: a Float32Array would use the platform's.
 */
import { base64ToBytes, bytesToBase64 } from "./base64.js";

/** Encodes a vector as OpenAI's base64 embedding (each number rounded to float32). */
export function floatsToBase64(vector: readonly number[]): string {
  const bytes = new Uint8Array(vector.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < vector.length; i++) view.setFloat32(i * 4, vector[i]!, true);
  return bytesToBase64(bytes);
}

/** Decodes OpenAI's base64 embedding. Throws when the text is not base64 of whole float32s. */
export function base64ToFloats(text: string): number[] {
  const bytes = base64ToBytes(text);
  if (bytes.length % 4 !== 0) throw new Error(`a base64 embedding of ${bytes.length} bytes is not float32s`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const vector = new Array<number>(bytes.length / 4);
  for (let i = 0; i < vector.length; i++) vector[i] = view.getFloat32(i * 4, true);
  return vector;
}
