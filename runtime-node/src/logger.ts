/**
 * The `Logger` service on pino: JSON lines on stdout, levels debug/info/warn/error (or silent),
 * the level chosen as on every runtime (`logLevelFrom` in @aigw/runtime-kit). pino's logger
 * already has the service's shape (`info(fields, message)`, `child(bindings)`), so it is handed
 * over as is.
 */
import type { Logger } from "@aigw/plugin-api";
import type { LevelName } from "@aigw/runtime-kit";
import { type DestinationStream, pino } from "pino";

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
