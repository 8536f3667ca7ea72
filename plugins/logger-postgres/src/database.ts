/**
 * The connection pool and what the rest of the plugin needs to know about PostgreSQL's errors:
 * whether a failure is the database being unreachable (wait and retry the same rows) or a row
 * it will never take (set that row aside, go on with the others).
 */
import pg from "pg";

/** How the plugin reaches the database. */
export interface DatabaseOptions {
  connectionString: string;
  poolSize: number;
  connectTimeoutMs: number;
  queryTimeoutMs: number;
}

/** A pool whose idle-connection errors are handed to `onIdleError` instead of crashing the process. */
export function createPool(options: DatabaseOptions, onIdleError: (error: Error) => void): pg.Pool {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolSize,
    connectionTimeoutMillis: options.connectTimeoutMs,
    // Both: statement_timeout stops the server's work, query_timeout stops waiting on a server
    // that no longer answers at all (a network cut that drops packets).
    statement_timeout: options.queryTimeoutMs,
    query_timeout: options.queryTimeoutMs + 1_000,
    idleTimeoutMillis: 30_000,
    application_name: "aigw-logger-postgres",
  });
  // An idle connection that breaks (the server restarts) emits `error` on the pool; unhandled,
  // that event would end the process.
  pool.on("error", onIdleError);
  return pool;
}

/** The SQLSTATE of a server error, when the failure is one. */
export function sqlState(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * True when the database refused the data itself (a value it cannot store, a row too large):
 * the same rows would fail again, however long one waits. Classes 22 (data exception), 23
 * (integrity constraint) and 54 (program limit exceeded).
 */
export function isDataError(error: unknown): boolean {
  const state = sqlState(error);
  return state !== undefined && ["22", "23", "54"].includes(state.slice(0, 2));
}

/** True when the table or schema is missing (dropped behind the plugin's back): migrate again. */
export function isMissingRelation(error: unknown): boolean {
  const state = sqlState(error);
  return state === "42P01" || state === "3F000";
}

/** A quoted SQL identifier (the schema name is checked by the config schema already). */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A failure's message without anything that could carry the connection string. */
export function describeError(error: unknown): string {
  const state = sqlState(error);
  const message = error instanceof Error ? error.message : String(error);
  return (state ? `${state}: ${message}` : message).replace(/postgres(ql)?:\/\/\S+/gi, "postgres://…");
}
