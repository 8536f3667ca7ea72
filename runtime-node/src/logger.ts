/**
 * The `Logger` service on pino: JSON lines on stdout, levels debug/info/warn/error (or silent).
 * The level comes from `LOG_LEVEL` when set (operators change it without editing the file), else
 * `logging.level` in the config, else info. pino's logger already has the service's shape
 * (`info(fields, message)`, `child(bindings)`), so it is handed over as is.
 */
import type { Logger } from "@aigw/plugin-api";
import { type DestinationStream, pino } from "pino";

export type LevelName = "debug" | "info" | "warn" | "error" | "silent";

const LEVELS: readonly LevelName[] = ["debug", "info", "warn", "error", "silent"];

function isLevel(value: unknown): value is LevelName {
  return typeof value === "string" && (LEVELS as readonly string[]).includes(value);
}

/** The level to log at: `LOG_LEVEL`, then the (unvalidated) config's `logging.level`, then info. */
export function logLevelFrom(config: unknown, env: Readonly<Record<string, string | undefined>>): LevelName {
  const fromEnv = env["LOG_LEVEL"]?.trim().toLowerCase();
  if (isLevel(fromEnv)) return fromEnv;
  const fromConfig = (config as { logging?: { level?: unknown } } | null)?.logging?.level;
  return isLevel(fromConfig) ? fromConfig : "info";
}

/** A pino logger at `level`, writing to `destination` (stdout by default). */
export function pinoLogger(level: LevelName, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { pid: process.pid },
      // Level names, not pino's numbers, as the engine's portable logger writes them.
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}
