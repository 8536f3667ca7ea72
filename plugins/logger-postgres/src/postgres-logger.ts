/**
 * One node's logger, assembled from its config: the pool, the spill directory, the sink that
 * writes records, the retention sweep and the query API, with one `close` for all of them. The
 * plugin's `create` builds it; tests build it directly to watch the sink's counters.
 */

import { createPool, describeError, migrate, type Sql } from "@aigw/pg-kit";
import type { Logger, RequestRecord } from "@aigw/plugin-api";
import type { PostgresLoggerConfig } from "./config.gen.js";
import { insertRows, insertStatement } from "./insert.js";
import { REQUEST_LOG_MIGRATIONS } from "./migrations.js";
import { handleQuery } from "./query/handler.js";
import { startRetention } from "./retention.js";
import { PostgresSink } from "./sink.js";
import { SpillStore } from "./spill-store.js";

/** A running logger. */
export interface PostgresLogger {
  readonly sink: PostgresSink;
  readonly sql: Sql;
  /** Queues a finished request; returns at once. */
  log(record: RequestRecord): void;
  /** Answers a request to one of the served routes (`path` without the query). */
  serve(request: Request, path: string): Promise<Response>;
  /** Flushes (bounded by `closeTimeoutMs`), spills the rest, stops the timers, closes the pool. */
  close(): Promise<void>;
}

/** `config` with its defaults, as the generated validator fills them in. */
type Settings = Required<Omit<PostgresLoggerConfig, "connectionString" | "retentionDays">> &
  Pick<PostgresLoggerConfig, "retentionDays">;

function settings(config: PostgresLoggerConfig): Settings {
  return {
    connectionStringEnv: config.connectionStringEnv ?? "AIGW_POSTGRES_URL",
    schema: config.schema ?? "public",
    batchSize: config.batchSize ?? 500,
    flushIntervalMs: config.flushIntervalMs ?? 1_000,
    maxMemoryRecords: config.maxMemoryRecords ?? 10_000,
    spillDir: config.spillDir ?? "./logs/pg-spill",
    maxSpillBytes: config.maxSpillBytes ?? 1_073_741_824,
    poolSize: config.poolSize ?? 4,
    connectTimeoutMs: config.connectTimeoutMs ?? 5_000,
    queryTimeoutMs: config.queryTimeoutMs ?? 15_000,
    reconnectMaxMs: config.reconnectMaxMs ?? 5_000,
    closeTimeoutMs: config.closeTimeoutMs ?? 5_000,
    retentionDays: config.retentionDays,
    retentionIntervalMs: config.retentionIntervalMs ?? 3_600_000,
  };
}

/**
 * Starts a logger. `env` resolves `connectionStringEnv`; a missing connection string throws (a
 * boot error naming the variable, never its value).
 */
export function openPostgresLogger(
  config: PostgresLoggerConfig,
  deps: { logger: Logger; env: { get(name: string): string | undefined } },
): PostgresLogger {
  const s = settings(config);
  const connectionString = config.connectionString ?? deps.env.get(s.connectionStringEnv);
  if (!connectionString)
    throw new Error(
      `logger-postgres: no connection string: set 'connectionString', or the environment variable ${s.connectionStringEnv}`,
    );
  const { logger } = deps;
  const sql = createPool({
    url: connectionString,
    poolSize: s.poolSize,
    connectTimeoutMs: s.connectTimeoutMs,
    queryTimeoutMs: s.queryTimeoutMs,
    applicationName: "aigw-logger-postgres",
  });
  const statement = insertStatement(s.schema);
  const sink = new PostgresSink({
    writer: {
      prepare: async () => {
        const applied = await migrate(sql, s.schema, REQUEST_LOG_MIGRATIONS);
        if (applied.length > 0) logger.info({ schema: s.schema, applied }, "request log table migrated");
      },
      insert: (texts) => insertRows(sql, statement, texts, s.queryTimeoutMs),
    },
    spill: new SpillStore(s.spillDir, s.maxSpillBytes),
    logger,
    batchSize: s.batchSize,
    flushIntervalMs: s.flushIntervalMs,
    maxMemoryRecords: s.maxMemoryRecords,
    reconnectMaxMs: s.reconnectMaxMs,
    closeTimeoutMs: s.closeTimeoutMs,
  });
  sink.start();
  const stopRetention =
    s.retentionDays === undefined
      ? undefined
      : startRetention({
          sql,
          schema: s.schema,
          retentionDays: s.retentionDays,
          intervalMs: s.retentionIntervalMs,
          logger,
        });
  let closing: Promise<void> | undefined;
  return {
    sink,
    sql,
    log: (record) => sink.push(record),
    serve: (request, path) =>
      handleQuery(request, path, { sql, schema: s.schema, logger, queryTimeoutMs: s.queryTimeoutMs }),
    close() {
      closing ??= (async () => {
        await stopRetention?.();
        await sink.close();
        await sql.end({ timeout: 1 }).catch((error: unknown) => {
          logger.debug({ err: describeError(error) }, "closing the PostgreSQL pool failed");
        });
      })();
      return closing;
    },
  };
}
