/**
 * Dependency injection, sparingly: one tsyringe child container per engine wires the
 * infrastructure services under explicit tokens (no decorator metadata needed), then everything
 * is resolved once at boot into a plain `Services` object. Nothing is resolved per request.
 */
import "reflect-metadata";
import { SERVICE_TOKENS, type ServiceName, type Services } from "@aigw/plugin-api";
import { type DependencyContainer, container as rootContainer } from "tsyringe";

/** A service value, or a factory that builds it from the services registered before it. */
export type ServiceProvider<K extends ServiceName> = Services[K] | ((c: DependencyContainer) => Services[K]);

export type ServiceOverrides = { [K in ServiceName]?: ServiceProvider<K> };

/** Creates the engine's child container with defaults, then the caller's overrides. */
export function createServiceContainer(
  defaults: { [K in ServiceName]: ServiceProvider<K> },
  overrides: ServiceOverrides = {},
): DependencyContainer {
  const child = rootContainer.createChildContainer();
  for (const name of Object.keys(SERVICE_TOKENS) as ServiceName[]) {
    const provider = (overrides[name] ?? defaults[name]) as ServiceProvider<typeof name>;
    const token = SERVICE_TOKENS[name];
    if (typeof provider === "function") child.register(token, { useFactory: (c) => provider(c) });
    else child.register(token, { useValue: provider });
  }
  return child;
}

/** Resolves every service once. */
export function resolveServices(c: DependencyContainer): Services {
  const resolve = <K extends ServiceName>(name: K): Services[K] =>
    c.resolve<Services[K]>(SERVICE_TOKENS[name]);
  return {
    http: resolve("http"),
    clock: resolve("clock"),
    ids: resolve("ids"),
    logger: resolve("logger"),
    stores: resolve("stores"),
    env: resolve("env"),
    pricing: resolve("pricing"),
    capabilities: resolve("capabilities"),
    quotas: resolve("quotas"),
    bus: resolve("bus"),
    credentials: resolve("credentials"),
    admins: resolve("admins"),
  };
}
