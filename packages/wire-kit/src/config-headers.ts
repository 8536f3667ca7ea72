/**
 * The headers a plugin sends to a service of the operator's (an OTLP collector, a webhook),
 * resolved once at boot from its config: the static ones, then those read from environment
 * variables through the `env` service (so secrets stay out of config files), then the JSON
 * content type. A variable that is not set stops the boot, naming the variable, never a value.
 */
import type { Env } from "@aigw/plugin-api";

/** The header settings of such a plugin's config. */
export interface HeaderConfig {
  headers?: Record<string, string> | undefined;
  headersFromEnv?: Record<string, string> | undefined;
}

/** Lower-cased header names and their values; throws when a named variable is unset or unusable. */
export function resolveHeaders(config: HeaderConfig, env: Env): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(config.headers ?? {})) headers[name.toLowerCase()] = value;
  for (const [name, variable] of Object.entries(config.headersFromEnv ?? {})) {
    const value = env.get(variable);
    if (!value)
      throw new Error(`the environment variable ${variable} (for the ${name} header) is not set or is empty`);
    if (/[\r\n]/.test(value))
      throw new Error(`the environment variable ${variable} (for the ${name} header) holds a line break`);
    headers[name.toLowerCase()] = value;
  }
  headers["content-type"] = "application/json";
  return headers;
}
