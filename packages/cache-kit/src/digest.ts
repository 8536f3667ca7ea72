/**
 * The one hash caches key entries by: SHA-256, synchronous. Every runtime aigw runs on (Node,
 * Bun, Deno) has `node:crypto`, whose sync hash costs about a microsecond per kilobyte, where
 * `crypto.subtle` would add a promise and a copy to every lookup. The one-shot `crypto.hash`
 * (Node 20.12 and later) skips building a Hash object, about a third of the cost of a short
 * text; where it is missing or answers wrong, `createHash` does the same work.
 */
import * as crypto from "node:crypto";

type OneShot = (algorithm: string, data: string, encoding: "hex") => string;

const ABC_SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

/** `crypto.hash` when this runtime has one that gives the right digest. */
function oneShot(): OneShot | undefined {
  const hash = (crypto as { hash?: OneShot }).hash;
  if (typeof hash !== "function") return undefined;
  try {
    return hash("sha256", "abc", "hex") === ABC_SHA256 ? hash : undefined;
  } catch {
    return undefined;
  }
}

const fast = oneShot();

/** The SHA-256 of `text`'s UTF-8 bytes, as 64 hex digits. */
export function sha256Hex(text: string): string {
  return fast ? fast("sha256", text, "hex") : crypto.createHash("sha256").update(text, "utf8").digest("hex");
}
