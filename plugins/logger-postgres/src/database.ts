/**
 * The connection pool and what the rest of the plugin needs to know about PostgreSQL's errors:
 * whether a failure is the database being unreachable (wait and retry the same rows) or a row
 * it will never take (set that row aside, go on with the others).
 */
import postgres from "postgres";

/** The pool every query goes through. */
export type Sql = postgres.Sql;

/** How the plugin reaches the database. */
export interface DatabaseOptions {
  connectionString: string;
  poolSize: number;
  connectTimeoutMs: number;
  queryTimeoutMs: number;
}

/** A lazy pool: it connects at the first query, and again after a connection breaks. */
export function createSql(options: DatabaseOptions): Sql {
  return postgres(options.connectionString, {
    max: options.poolSize,
    connect_timeout: Math.max(1, Math.ceil(options.connectTimeoutMs / 1_000)),
    idle_timeout: 30,
    // The plugin's queries name every type they need; the startup type lookup is one more
    // round trip to fail during an outage.
    fetch_types: false,
    // Notices ("schema already exists, skipping") would go to the console.
    onnotice: () => undefined,
    connection: { application_name: "aigw-logger-postgres", statement_timeout: options.queryTimeoutMs },
  });
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
 * `query`, failing after `ms`. The server's statement_timeout ends slow statements; this ends the
 * wait for a server that no longer answers at all (a network cut that drops packets).
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
