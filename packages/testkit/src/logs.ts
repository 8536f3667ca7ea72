/** A logger that keeps every entry, for asserting what a plugin (or the engine) logged. */
import type { Logger } from "@aigw/plugin-api";

/** One logged entry. */
export interface LogEntry {
  level: "debug" | "info" | "warn" | "error";
  fields: Record<string, unknown>;
  message: string | undefined;
}

/** A logger appending to `entries` (also reachable as `.entries`); its children log there too. */
export function capturingLogger(entries: LogEntry[] = []): Logger & { readonly entries: LogEntry[] } {
  const at = (level: LogEntry["level"]) => (fields: Record<string, unknown>, message?: string) => {
    entries.push({ level, fields, message });
  };
  const logger = {
    entries,
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    child: () => logger,
  };
  return logger;
}
