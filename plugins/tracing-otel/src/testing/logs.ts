/** A logger that keeps every line, for asserting what a test's plugin logged. Test-only. */
import type { Logger } from "@aigw/plugin-api";

export interface LogLine {
  level: "debug" | "info" | "warn" | "error";
  fields: Record<string, unknown>;
  message: string | undefined;
}

export function capturingLogger(into: LogLine[]): Logger {
  const at = (level: LogLine["level"]) => (fields: Record<string, unknown>, message?: string) => {
    into.push({ level, fields, message });
  };
  const logger: Logger = {
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    child: () => logger,
  };
  return logger;
}
