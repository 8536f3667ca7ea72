/**
 * The list API's page cursor: the (timestamp, row id) of the last record on a page, opaque to the
 * caller (base64url of a small JSON array). Pages are keyset pages in (ts, id) order, so a
 * cursor stays valid however many rows arrive meanwhile: every row older than it is on a later
 * page exactly once. The timestamp is kept as PostgreSQL printed it, to the microsecond, so it
 * compares equal to the stored one.
 */

/** The position after which the next page starts. */
export interface Cursor {
  /** `YYYY-MM-DDTHH:MM:SS.ffffffZ`, UTC. */
  ts: string;
  /** The row's id (a bigint, as decimal digits). */
  id: string;
}

const TS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const ID = /^\d{1,19}$/;

/** The cursor as an opaque URL-safe token. */
export function encodeCursor(cursor: Cursor): string {
  return btoa(JSON.stringify([cursor.ts, cursor.id]))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
}

/** The cursor a token stands for, or undefined when it is not one this API made. */
export function decodeCursor(token: string): Cursor | undefined {
  if (token.length === 0 || token.length > 200 || !/^[A-Za-z0-9_-]+$/.test(token)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(atob(token.replaceAll("-", "+").replaceAll("_", "/")));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) return undefined;
  const [ts, id] = parsed as unknown[];
  if (typeof ts !== "string" || typeof id !== "string" || !TS.test(ts) || !ID.test(id)) return undefined;
  if (!Number.isFinite(Date.parse(ts)) || BigInt(id) > 9_223_372_036_854_775_807n) return undefined;
  return { ts, id };
}
