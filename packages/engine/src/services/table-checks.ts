/**
 * The checks the built-in per-model tables (prices, capabilities) and their config overrides go
 * through at boot: the shipped table must be valid (a plain error otherwise: a broken release),
 * and the overrides, shaped as the table's `providers`, are reported at their config path.
 */
import type { ConfigValidator } from "@aigw/plugin-api";
import { ConfigError, formatIssue } from "../config/config-error.js";
import { issuesFrom } from "../config/issues.js";

/** Throws unless `table` (the file named `source`) passes `validate`. */
export function checkBuiltInTable(validate: ConfigValidator, table: unknown, source: string): void {
  if (validate(table)) return;
  const issues = issuesFrom(validate.errors).map(formatIssue).join("\n");
  throw new Error(`The built-in ${source} is invalid:\n${issues}`);
}

/** Throws a `ConfigError` naming each bad entry of `overrides` under `at` (`/pricing/overrides`). */
export function checkOverrides(validate: ConfigValidator, overrides: unknown, at: string): void {
  if (validate({ version: "overrides", providers: overrides })) return;
  throw new ConfigError(
    issuesFrom(validate.errors).map((issue) => ({ ...issue, path: issue.path.replace(/^\/providers/, at) })),
  );
}
