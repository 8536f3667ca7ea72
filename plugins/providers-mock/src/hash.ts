/**
 * Small, fast, dependency-free hashing and a seeded PRNG: everything the mock derives from a
 * request (ids, vectors, image colours, failure draws) comes from here, so answers are
 * reproducible across runs, processes and runtimes.
 */
import { jsonText } from "./json-text.js";

/** cyrb53: a 53-bit string hash with good spread (not cryptographic; it only needs to be stable). */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A lowercase hex digest of `length` characters (two independent hashes, so up to 28). */
export function hashHex(text: string, length = 24): string {
  const a = hash53(text, 1).toString(16).padStart(14, "0");
  const b = hash53(text, 2).toString(16).padStart(14, "0");
  return (a + b).slice(0, length);
}

/** mulberry32: a seeded generator of floats in [0, 1); each call advances it. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The identity of a request for deriving ids: its endpoint and body, without the streaming
 * switches (a streamed answer carries the same ids as the JSON one). Uploaded files count by
 * name, type and size (their bytes are not read; a mock does not need to). Serialised without
 * recursion, so no body is too deep to answer.
 */
export function requestKey(endpoint: string, body: unknown): string {
  let content = body;
  if (body !== null && typeof body === "object") {
    const { stream: _stream, stream_options: _options, ...rest } = body as Record<string, unknown>;
    content = rest;
  }
  return `${endpoint}\n${jsonText(content, (value: unknown) =>
    value instanceof Blob
      ? { file: (value as Blob & { name?: string }).name ?? "blob", type: value.type, size: value.size }
      : value,
  )}`;
}
