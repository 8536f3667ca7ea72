/**
 * Runtime-neutral default services: wall and monotonic clocks, hyperid ids, a JSON console
 * logger, a fetch-based HTTP client, and an env that is empty unless a runtime passes one.
 * Runtime adapters override what they do better (undici on Node, pino).
 */
import type { Clock, Env, IdGenerator, Logger, LogLevel } from "@aigw/plugin-api";
import hyperid from "hyperid";

export { fetchHttpClient } from "./fetch-http-client.js";

export const systemClock: Clock = {
  now: () => Date.now(),
  monotonic: () => performance.now(),
};

export function hyperidGenerator(): IdGenerator {
  const generate = hyperid({ urlSafe: true });
  return { next: () => generate() };
}

export function envFrom(values: Readonly<Record<string, string | undefined>>): Env {
  return { get: (name) => values[name] };
}

const LEVELS: Record<LogLevel | "silent", number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** A structured logger that writes one JSON line per entry through `write`. */
export function jsonLogger(
  level: LogLevel | "silent" = "info",
  write: (line: string) => void = (line) => console.log(line),
  bindings: Record<string, unknown> = {},
): Logger {
  const threshold = LEVELS[level];
  const at =
    (name: LogLevel) =>
    (fields: Record<string, unknown>, message?: string): void => {
      if (LEVELS[name] < threshold) return;
      write(
        JSON.stringify(
          { level: name, time: Date.now(), ...bindings, ...fields, ...(message ? { msg: message } : {}) },
          errorReplacer,
        ),
      );
    };
  return {
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    child: (more) => jsonLogger(level, write, { ...bindings, ...more }),
  };
}

function errorReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Error)
    return { name: value.name, message: value.message, code: (value as { code?: unknown }).code };
  return value;
}
