/**
 * The context `create()` gets, built from the engine's default services (fetch HTTP client,
 * system clock, memory stores, the built-in capability table), for tests that create a plugin directly rather than through a
 * gateway: to feed it hand-made records, or to see it refuse a config at boot.
 */
import {
  adminSlot,
  credentialSlot,
  envFrom,
  fetchHttpClient,
  hyperidGenerator,
  loadCapabilities,
  memoryBus,
  memoryQuotas,
  memoryStores,
  systemClock,
} from "@aigw/engine";
import type { Logger, PluginInitContext, Pricing } from "@aigw/plugin-api";
import { capturingLogger } from "./logs.js";

/** A price table with no prices. */
const noPrices: Pricing = {
  version: "none",
  price: () => undefined,
  cost: () => undefined,
  costForModel: () => undefined,
};

/** What differs between the init contexts tests need. */
export interface InitContextOptions {
  /** The node's logger, also the `logger` service (default: a capturing logger nobody reads). */
  logger?: Logger | undefined;
  /** The environment the `env` service reads (default: empty). */
  env?: Record<string, string> | undefined;
  /** The node's id (default `log`). */
  node?: string | undefined;
  /** The plugin's name (default `test`). */
  plugin?: string | undefined;
}

/** An init context for one node, with the engine's default services. */
export function initContext(options: InitContextOptions = {}): PluginInitContext {
  const logger = options.logger ?? capturingLogger();
  const node = options.node ?? "log";
  const plugin = options.plugin ?? "test";
  const stores = memoryStores();
  const env = envFrom(options.env ?? {});
  return {
    node,
    plugin,
    engineVersion: "0.1.0",
    logger,
    store: stores.open(`${plugin}:${node}`),
    services: {
      http: fetchHttpClient(),
      clock: systemClock,
      ids: hyperidGenerator(),
      logger,
      stores,
      env,
      pricing: noPrices,
      capabilities: loadCapabilities(),
      quotas: memoryQuotas(),
      bus: memoryBus(),
      credentials: credentialSlot(),
      admins: adminSlot(env),
    },
    targets: [],
    uses: [],
  };
}
