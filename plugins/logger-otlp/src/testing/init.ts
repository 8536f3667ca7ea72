/**
 * The context `create()` gets, built from the engine's default services, for tests that create
 * the plugin directly (to feed it records of the current contract shape).
 */
import { envFrom, fetchHttpClient, hyperidGenerator, memoryStores, systemClock } from "@aigw/engine";
import type { Logger, PluginInitContext, Pricing } from "@aigw/plugin-api";

/** A price table with no prices (the loggers never price anything). */
const noPrices: Pricing = { version: "none", price: () => undefined, cost: () => undefined };

/** A logger that keeps every entry. */
export interface Captured {
  level: string;
  fields: Record<string, unknown>;
  message: string | undefined;
}

export function capturingLogger(into: Captured[]): Logger {
  const at = (level: string) => (fields: Record<string, unknown>, message?: string) => {
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

/** An init context for node `node`, logging into `logger`, with `env` as the environment. */
export function initContext(
  logger: Logger,
  env: Record<string, string> = {},
  node = "log",
): PluginInitContext {
  const stores = memoryStores();
  return {
    node,
    plugin: "test",
    engineVersion: "0.1.0",
    logger,
    store: stores.open(`test:${node}`),
    services: {
      http: fetchHttpClient(),
      clock: systemClock,
      ids: hyperidGenerator(),
      logger,
      stores,
      env: envFrom(env),
      pricing: noPrices,
    },
    targets: [],
    uses: [],
  };
}
