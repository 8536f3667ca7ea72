/**
 * @aigw/logger-file: appends one JSON line per finished request to a file (JSON Lines). The
 * `finish` hook only queues the line; a background writer appends batches, keeps records across
 * failed writes and retries them, and `close()` flushes what is left at shutdown.
 */
import { definePlugin } from "@aigw/plugin-api";
import type { FileLoggerConfig } from "./config.gen.js";
import { configSchema } from "./config-schema.gen.js";
import { validateConfig } from "./config-validator.gen.js";
import { JsonlWriter } from "./jsonl-writer.js";
import { recordLine } from "./record-line.js";

export type { FileLoggerConfig } from "./config.gen.js";
export { JsonlWriter, type JsonlWriterOptions } from "./jsonl-writer.js";

/** The `logger-file` plugin. */
export default definePlugin({
  manifest: {
    name: "logger-file",
    kind: "logger",
    version: "0.1.0",
    engine: "^0.1.0",
    hooks: ["finish"],
    configSchema,
    configValidator: validateConfig,
    description: "Appends one JSON line per finished request to a file.",
  },
  create(config: FileLoggerConfig, init) {
    const includeTimings = config.includeTimings ?? true;
    const writer = new JsonlWriter({
      path: config.path ?? "./logs/requests.jsonl",
      batchMs: config.flushIntervalMs ?? 25,
      maxBytes: config.maxBytes,
      maxAgeMs: config.maxAgeMs,
      rotateDaily: config.rotateDaily ?? false,
      maxFiles: config.maxFiles ?? 1,
      maxPending: config.maxPendingRecords ?? 100_000,
      logger: init.logger,
    });
    return {
      finish(record, ctx) {
        let line: string;
        try {
          line = recordLine(record, includeTimings);
        } catch (error) {
          ctx.logger.error({ err: error }, "could not serialise the finished request");
          return;
        }
        writer.push(line);
      },
      close: () => writer.close(),
    };
  },
});
