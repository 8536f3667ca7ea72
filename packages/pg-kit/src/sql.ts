/**
 * What plugins need to know about PostgreSQL beyond the client: quoting an identifier, bounding
 * the wait for a server that stopped answering, and reading a failure: is it the data (the same
 * rows would fail again), a missing table (migrate again), or anything else (wait and retry), and
 * its message without the connection string.
 */

/** A quoted SQL identifier (schema names are checked by each plugin's config schema already). */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** The error a statement that outlived `ms` fails with. */
export class QueryTimeoutError extends Error {
  readonly code = "QUERY_TIMEOUT";
  constructor(ms: number) {
    super(`no answer from PostgreSQL within ${ms} ms`);
    this.name = "QueryTimeoutError";
  }
}

/**
 * `query`, failing with a `QueryTimeoutError` after `ms`. The server's statement_timeout ends
 * slow statements; this ends the wait for a server that no longer answers at all (a network cut
 * that drops packets).
 */
export async function withTimeout<T>(query: PromiseLike<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new QueryTimeoutError(ms)), ms);
  });
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The SQLSTATE of an error the server sent, when the failure is one. */
export function sqlState(error: unknown): string | undefined {
  if (!(error instanceof Error) || error.name !== "PostgresError") return undefined;
  const code = (error as Error & { code?: unknown }).code;
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

/** A failure's message (with its SQLSTATE) without anything that could carry the connection string. */
export function describeError(error: unknown): string {
  const state = sqlState(error);
  const message = error instanceof Error ? error.message : String(error);
  return (state ? `${state}: ${message}` : message).replace(/postgres(ql)?:\/\/\S+/gi, "postgres://…");
}
