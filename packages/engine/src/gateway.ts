/**
 * `createGateway`: validates the config against the schema and every plugin, wires services,
 * builds each pipeline's plan once, and returns the running gateway (`engine.ts`): a
 * `fetch(Request): Promise<Response>` handler that any runtime can serve, plus `handle(call)`,
 * the same over plain parts, for Node's fast path.
 */
import {
  type ConfigValidator,
  type Endpoint,
  type Env,
  type Plugin,
  type PluginInstance,
  SERVICE_TOKENS,
} from "@aigw/plugin-api";
import type { GatewayConfig } from "@aigw/schemas";
import { validateGateway, validatePipeline } from "@aigw/schemas/validators";
import { buildRegistry, type PluginRegistry } from "./config/registry.js";
import { type ValidatedConfig, validateGatewayConfig } from "./config/validate.js";
import { Engine, type Gateway } from "./engine.js";
import { endpointValidators } from "./http/endpoint-validators.gen.js";
import { openDoors } from "./http/ingress-doors.js";
import { ServedRoutes } from "./http/served-routes.js";
import { OverrideResolver } from "./override.js";
import { buildPlan } from "./plan/build-plan.js";
import type { ExecutionPlan } from "./plan/plan.js";
import { loadPluginPackages, type PackageImporter } from "./plugins-loader.js";
import { BodyCapture } from "./record/bodies.js";
import { memoryBus } from "./services/bus-memory.js";
import { loadCapabilities } from "./services/capabilities.js";
import { createServiceContainer, resolveServices, type ServiceOverrides } from "./services/container.js";
import { envFrom, fetchHttpClient, hyperidGenerator, jsonLogger, systemClock } from "./services/defaults.js";
import { loadPricing } from "./services/pricing.js";
import { memoryQuotas } from "./services/quotas-memory.js";
import { redisServices } from "./services/redis-services.js";
import { adminSlot, credentialSlot } from "./services/registries.js";
import { memoryStores } from "./services/stores.js";

export type { Gateway } from "./engine.js";

export interface CreateGatewayOptions {
  /** The gateway config (parsed JSON/YAML or an object); validated at boot. */
  config: unknown;
  /** Plugins composed in code. */
  plugins?: readonly Plugin<never>[];
  /** How to import the packages named in `config.plugins` (default: dynamic `import`). */
  importPackage?: PackageImporter;
  /** Services to use instead of the defaults (a runtime's HTTP client, logger...). */
  services?: ServiceOverrides;
  /** Environment variables plugins may read (API keys). */
  env?: Readonly<Record<string, string | undefined>>;
}

/** Validates the config and every plugin, wires services, plans every pipeline. */
export async function createGateway(options: CreateGatewayOptions): Promise<Gateway> {
  const raw = options.config as GatewayConfig;
  const packaged =
    raw && Array.isArray(raw.plugins)
      ? await loadPluginPackages(raw.plugins, options.importPackage ?? ((name) => import(name)))
      : [];
  const registry: PluginRegistry = await buildRegistry([
    ...((options.plugins ?? []) as Plugin<unknown>[]),
    ...packaged,
  ]);
  // The engine's validators are precompiled (`pnpm gen`): a boot loads no ajv and compiles nothing.
  const validated: ValidatedConfig = validateGatewayConfig(raw, validateGateway, registry);
  const { config } = validated;
  // One Redis connection serves stores, quotas and the bus publisher (the subscriber duplicates it).
  const redis =
    config.stores?.type === "redis"
      ? await redisServices(config.stores.url ?? "redis://127.0.0.1:6379", {
          commandTimeoutMs: config.stores.commandTimeoutMs,
        })
      : undefined;
  const container = createServiceContainer(
    {
      http: fetchHttpClient(),
      clock: systemClock,
      ids: hyperidGenerator(),
      logger: jsonLogger(config.logging?.level ?? "info"),
      stores: redis?.stores ?? memoryStores(),
      env: envFrom(options.env ?? {}),
      pricing: loadPricing(config.pricing?.overrides),
      capabilities: loadCapabilities(config.capabilities?.overrides),
      quotas: redis?.quotas ?? memoryQuotas(),
      bus: redis?.bus ?? memoryBus(),
      credentials: credentialSlot(),
      admins: (c) => adminSlot(c.resolve<Env>(SERVICE_TOKENS.env)),
    },
    options.services,
  );
  const services = resolveServices(container);
  redis?.report(services.logger);
  const planDeps = { services, registry, defaultTimeoutMs: config.limits?.defaultNodeTimeoutMs };
  const plans = new Map<string, ExecutionPlan>();
  const shared = new Map<string, Promise<PluginInstance>>();
  for (const [name, pipeline] of validated.pipelines)
    plans.set(name, await buildPlan(pipeline, { ...planDeps, shared }));
  const validators = endpointValidators as Record<Endpoint, ConfigValidator>;
  const overrides = new OverrideResolver(plans, config.overrides ?? {}, validatePipeline, registry, planDeps);
  const doors = await openDoors(validated.ingress, registry, services);
  const served = ServedRoutes.collect(plans.get("default")!, registry, services);
  const bodies = BodyCapture.from(config.logging?.bodies);
  return new Engine(config, services, plans, overrides, validators, doors, served, bodies, redis);
}
