/**
 * The log level every runtime logs at: `LOG_LEVEL` when set (operators change it without editing
 * the file), else `logging.level` in the config, else info. Read from the unvalidated config, so
 * the runtime can log before (and about) the engine's validation.
 */

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
