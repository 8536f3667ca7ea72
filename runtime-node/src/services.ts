/**
 * The services the Node runtime registers with the engine in place of its portable defaults:
 * the undici HTTP client, the pino logger, and the environment from `process.env`.
 */
import type { ServiceOverrides } from "@aigw/engine";
import type { Env, HttpClient, Logger } from "@aigw/plugin-api";
import { logLevelFrom } from "@aigw/runtime-kit";
import { undiciHttpClient } from "./http-client.js";
import { pinoLogger } from "./logger.js";

export type EnvRecord = Readonly<Record<string, string | undefined>>;

export interface NodeServiceOptions {
  /** The parsed config (read for `logging.level` before the engine validates it). */
  config: unknown;
  env: EnvRecord;
  logger?: Logger | undefined;
  http?: HttpClient | undefined;
}

/** The runtime's service overrides, and the logger it chose (for the runtime's own messages). */
export function nodeServices(options: NodeServiceOptions): { services: ServiceOverrides; logger: Logger } {
  const logger = options.logger ?? pinoLogger(logLevelFrom(options.config, options.env));
  const env: Env = { get: (name) => options.env[name] };
  return { services: { http: options.http ?? undiciHttpClient(), logger, env }, logger };
}
