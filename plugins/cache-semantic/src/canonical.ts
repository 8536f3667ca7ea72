/**
 * A canonical JSON text (object keys sorted at every depth, `undefined` dropped as JSON drops
 * it) and its SHA-256: two requests that differ only in key order hash the same, and a hash
 * that partitions callers' answers must not collide by accident, hence a cryptographic one.
 */
import { createHash } from "node:crypto";

/** `value` as JSON with object keys in sorted order at every depth. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    const text = JSON.stringify(value);
    // `undefined`, functions and symbols have no JSON form; in an array JSON writes null.
    return text === undefined ? "null" : text;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** The lowercase hex SHA-256 of `value`'s canonical JSON. */
export function canonicalHash(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value)).digest("hex");
}
