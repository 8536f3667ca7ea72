/**
 * Secrets the plugin hands out (virtual keys, admin tokens) and the ids of what it stores.
 *
 * A secret is a recognisable prefix and 43 random base62 characters (~256 bits) from
 * node:crypto. Only its SHA-256 is kept. A slow password hash (bcrypt, scrypt, argon2) exists to
 * make guessing a low-entropy password from a leaked hash expensive; a 256-bit random secret
 * cannot be guessed whatever the hash costs, so a fast hash loses nothing, and it keeps the
 * lookup of every request to a microsecond or so.
 */
import * as nodeCrypto from "node:crypto";
import { createHash, randomBytes } from "node:crypto";

/** What a virtual key starts with, so scanners and people can tell it apart. */
export const KEY_PREFIX = "sk-aigw-";
/** What an admin token starts with. */
export const ADMIN_TOKEN_PREFIX = "aigw-admin-";

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
/** 62 × 4 = 248: bytes at or above it are dropped, so each character is uniform (no modulo bias). */
const UNBIASED_LIMIT = 248;

/** `length` uniformly random base62 characters. */
export function randomBase62(length: number): string {
  let out = "";
  while (out.length < length) {
    for (const byte of randomBytes(length + 8)) {
      if (byte >= UNBIASED_LIMIT) continue;
      out += BASE62[byte % 62];
      if (out.length === length) break;
    }
  }
  return out;
}

/** A new virtual key secret. */
export function newKeySecret(): string {
  return KEY_PREFIX + randomBase62(43);
}

/** A new admin token secret. */
export function newAdminToken(): string {
  return ADMIN_TOKEN_PREFIX + randomBase62(43);
}

/**
 * Node's one-shot `crypto.hash` (Node >= 20.12) skips the Hash object: ~1.2 µs instead of ~3-4
 * µs per request on the benchmark machine. Runtimes without it use `createHash`.
 */
const oneShot = (nodeCrypto as { hash?: (algorithm: string, data: string, encoding: "hex") => string }).hash;

/** The hex SHA-256 of a secret: what is stored and looked up. */
export const hashSecret: (secret: string) => string = oneShot
  ? (secret) => oneShot("sha256", secret, "hex")
  : (secret) => createHash("sha256").update(secret).digest("hex");

/** The last four characters, shown so a person can tell their keys apart. */
export function hintOf(secret: string): string {
  return secret.slice(-4);
}

/** Ids made in one millisecond by this process, told apart (and ordered) by a sequence number. */
const SEQUENCE_LIMIT = 36 ** 3;
let lastMs = 0;
let sequence = 0;

/**
 * A new id: `prefix`, the creation time (base36, fixed width), a sequence number within the
 * millisecond, and 6 random characters. Ids one process makes sort in the order it made them
 * (two in the same millisecond too, and a clock stepping back does not reorder them), so list
 * pages can resume after an id.
 */
export function newId(prefix: string, nowMs: number): string {
  if (nowMs > lastMs) {
    lastMs = nowMs;
    sequence = 0;
  } else if (++sequence === SEQUENCE_LIMIT) {
    lastMs++;
    sequence = 0;
  }
  return `${prefix}_${lastMs.toString(36).padStart(9, "0")}${sequence.toString(36).padStart(3, "0")}${randomBase62(6)}`;
}
