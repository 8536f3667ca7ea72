/**
 * @aigw/logger-postgres: stores every finished request in PostgreSQL and serves an admin API to
 * query them. `finish` only queues the record; a background writer inserts batches, keeps records
 * in memory and then on disk while the database is unreachable, and writes them once it is back.
 * `serve` answers `/admin/logs`, `/admin/logs/{requestId}` and `/admin/logs/aggregates` (admin
 * routes: the engine checks the admin token first).
 */
import { definePlugin } from "@aigw/plugin-api";
import type { PostgresLoggerConfig } from "./config.gen.js";
import { configSchema } from "./config-schema.gen.js";
import { validateConfig } from "./config-validator.gen.js";
import { openPostgresLogger } from "./postgres-logger.js";
import { BASE_PATH } from "./query/handler.js";

export type { PostgresLoggerConfig } from "./config.gen.js";
export { MIGRATIONS, REQUEST_LOG_MIGRATIONS } from "./migrations.js";
export { openPostgresLogger, type PostgresLogger } from "./postgres-logger.js";
export type { PostgresSink, SinkStats } from "./sink.js";

export default definePlugin({
  manifest: {
    name: "logger-postgres",
    kind: "logger",
    version: "0.1.0",
    engine: "^0.1.0",
    hooks: ["finish", "serve"],
    services: ["env"],
    configSchema,
    configValidator: validateConfig,
    serves: [
      { method: "GET", path: BASE_PATH, access: "viewer" },
      { method: "GET", path: `${BASE_PATH}/*`, access: "viewer" },
    ],
    description: "Stores every finished request in PostgreSQL and serves /admin/logs to query them.",
  },
  create(config: PostgresLoggerConfig, init) {
    const logger = openPostgresLogger(config, { logger: init.logger, env: init.services.env });
    return {
      finish(record) {
        logger.log(record);
      },
      serve: (request, ctx) => logger.serve(request, ctx.path),
      close: () => logger.close(),
    };
  },
});
