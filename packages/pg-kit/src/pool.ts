/**
 * The connection pool every aigw PostgreSQL plugin opens the same way: lazy (it connects at the
 * first query, and again after a connection breaks), quiet, and named in `pg_stat_activity`.
 */
import postgres from "postgres";

/** The pool every query goes through. */
export type Sql = postgres.Sql;

/** How a plugin reaches its database. */
export interface PoolOptions {
  /** A libpq connection URI (never logged). */
  url: string;
  poolSize: number;
  connectTimeoutMs: number;
  /** The server ends statements that run longer (`statement_timeout`); unset: no bound. */
  queryTimeoutMs?: number;
  /** Shown as the connection's `application_name`, so an operator sees who holds connections. */
  applicationName: string;
}

/** A pool on `options.url`; nothing connects until the first query. */
export function createPool(options: PoolOptions): Sql {
  return postgres(options.url, {
    max: options.poolSize,
    connect_timeout: Math.max(1, Math.ceil(options.connectTimeoutMs / 1_000)),
    idle_timeout: 30,
    // Plugins' queries name every type they need; the startup type lookup is one more round trip
    // to fail during an outage.
    fetch_types: false,
    // Notices ("schema already exists, skipping") would go to the console.
    onnotice: () => undefined,
    connection: {
      application_name: options.applicationName,
      ...(options.queryTimeoutMs === undefined ? {} : { statement_timeout: options.queryTimeoutMs }),
    },
  });
}
