// GENERATED FILE - do not edit. Source: plugins/logger-postgres/schema/config.json. Regenerate with `pnpm gen`.

/**
 * Stores every finished request (the RequestRecord) in a PostgreSQL table, in batches that never slow a request; while the database is unreachable, records wait in memory and then on disk. Serves `/admin/logs` to list, fetch and aggregate them.
 */
export interface PostgresLoggerConfig {
  /**
   * A libpq connection URI (`postgres://user:pass@host:5432/db`). Prefer `connectionStringEnv` to keep the password out of the config file. Never logged.
   */
  connectionString?: string;
  /**
   * The environment variable holding the connection URI, read at boot. Used when `connectionString` is not set.
   */
  connectionStringEnv?: string;
  /**
   * The PostgreSQL schema holding `aigw_requests` and `aigw_schema_migrations`; created when missing.
   */
  schema?: string;
  /**
   * Records per INSERT statement; a batch is written as soon as this many are queued.
   */
  batchSize?: number;
  /**
   * The longest a queued record waits before its batch is written.
   */
  flushIntervalMs?: number;
  /**
   * Records held in memory (queued, being inserted or being written to disk). From half of this, queued records are moved to the spill directory; when memory is full and the disk cannot keep up, new records are dropped and counted.
   */
  maxMemoryRecords?: number;
  /**
   * Where records wait on disk while the database is unreachable (append-only JSON Lines segment files, replayed oldest first on recovery and at the next start). Give each gateway process its own directory.
   */
  spillDir?: string;
  /**
   * The most the spill directory may hold; beyond it new records are dropped, counted and logged.
   */
  maxSpillBytes?: number;
  /**
   * Connections in the pool (one for writing batches, the rest for the query API and retention).
   */
  poolSize?: number;
  /**
   * How long to wait for a new connection before treating the database as unreachable.
   */
  connectTimeoutMs?: number;
  /**
   * The longest one statement may run (an insert batch, a query of the API); longer counts as a failure.
   */
  queryTimeoutMs?: number;
  /**
   * The longest wait between attempts while the database is unreachable (attempts start at 250 ms and double up to this).
   */
  reconnectMaxMs?: number;
  /**
   * At shutdown, how long to try writing what is queued before moving the rest to the spill directory.
   */
  closeTimeoutMs?: number;
  /**
   * Delete rows older than this many days (in small batches, in the background). Unset: keep everything.
   */
  retentionDays?: number;
  /**
   * How often the retention sweep runs (the first one a minute after start).
   */
  retentionIntervalMs?: number;
}
