/**
 * @aigw/logger-stdout: one JSON line per finished request on stdout (or stderr), through pino
 * with an asynchronous, bounded buffer. The `finish` hook only hands the line to the buffer; a
 * console that does not keep up costs dropped lines (counted and reported), never request time.
 */
import { definePlugin } from "@aigw/plugin-api";
import type { StdoutLoggerConfig } from "./config.gen.js";
import { configSchema } from "./config-schema.gen.js";
import { validateConfig } from "./config-validator.gen.js";
import { checkKeys, levelOf, lineFields } from "./record-fields.js";
import { StdoutSink } from "./stdout-sink.js";

export type { StdoutLoggerConfig } from "./config.gen.js";
export { checkKeys, type LineLevel, levelOf, lineFields } from "./record-fields.js";
export { StdoutSink, type StdoutSinkOptions } from "./stdout-sink.js";

/** The `logger-stdout` plugin. */
export default definePlugin({
  manifest: {
    name: "logger-stdout",
    kind: "logger",
    version: "0.1.0",
    engine: "^0.1.0",
    hooks: ["finish"],
    configSchema,
    configValidator: validateConfig,
    description: "Writes one JSON line per finished request to stdout or stderr.",
  },
  create(config: StdoutLoggerConfig, init) {
    const levelKey = config.levelKey ?? "level";
    const messageKey = config.messageKey ?? "msg";
    checkKeys(levelKey, messageKey);
    const destination = config.destination ?? "stdout";
    const includeTimings = config.includeTimings ?? true;
    const message = config.message ?? "request finished";
    const sink = new StdoutSink({
      fd: destination === "stderr" ? 2 : 1,
      name: destination,
      levelKey,
      messageKey,
      bufferBytes: config.bufferBytes ?? 4096,
      flushIntervalMs: config.flushIntervalMs ?? 100,
      maxBufferBytes: config.maxBufferBytes ?? 16 * 1024 * 1024,
      logger: init.logger,
    });
    return {
      finish(record) {
        sink.write(levelOf(record), lineFields(record, includeTimings), message);
      },
      close: () => sink.close(),
    };
  },
});
