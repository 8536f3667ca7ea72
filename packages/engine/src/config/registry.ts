/**
 * The plugins an engine knows: each manifest checked once (unique name, known hooks, supported
 * engine version, known services, a schema that compiles) and its config validator compiled once.
 */
import { HOOK_NAMES, type HookName, type Plugin, SERVICE_TOKENS } from "@aigw/plugin-api";
// Two functions, not the index: the whole of semver costs ~3x the start-up time of these.
import satisfies from "semver/functions/satisfies.js";
import validRange from "semver/ranges/valid.js";
import { ENGINE_VERSION } from "../version.js";
import type { Ajv, ValidateFunction } from "./ajv.js";
import { ConfigError, type ConfigIssue } from "./config-error.js";

export interface RegisteredPlugin {
  readonly plugin: Plugin<unknown>;
  readonly validate: ValidateFunction;
  readonly hooks: ReadonlySet<HookName>;
}

export type PluginRegistry = ReadonlyMap<string, RegisteredPlugin>;

const HOOK_SET = new Set<string>(HOOK_NAMES);

/** Checks every plugin's manifest and compiles its config schema; throws one ConfigError. */
export function buildRegistry(plugins: readonly Plugin<unknown>[], ajv: Ajv): PluginRegistry {
  const registry = new Map<string, RegisteredPlugin>();
  const issues: ConfigIssue[] = [];
  for (const plugin of plugins) {
    const manifest = plugin?.manifest;
    const name = manifest?.name;
    const where = `plugin "${name ?? "?"}"`;
    if (!manifest || typeof name !== "string" || typeof plugin.create !== "function") {
      issues.push({
        path: "/plugins",
        message: `${where}: not a plugin (expected definePlugin({ manifest, create }))`,
      });
      continue;
    }
    if (registry.has(name)) {
      issues.push({ path: "/plugins", message: `${where} is registered twice` });
      continue;
    }
    const unknownHooks = manifest.hooks.filter((h) => !HOOK_SET.has(h));
    if (unknownHooks.length > 0) {
      issues.push({
        path: "/plugins",
        message: `${where} declares unknown hooks ${unknownHooks.join(", ")} (known: ${HOOK_NAMES.join(", ")})`,
      });
    }
    if (
      !validRange(manifest.engine) ||
      !satisfies(ENGINE_VERSION, manifest.engine, { includePrerelease: true })
    ) {
      issues.push({
        path: "/plugins",
        message: `${where} supports engine ${manifest.engine}, this engine is ${ENGINE_VERSION}`,
      });
    }
    const unknownServices = (manifest.services ?? []).filter((s) => !(s in SERVICE_TOKENS));
    if (unknownServices.length > 0) {
      issues.push({
        path: "/plugins",
        message: `${where} needs unknown services ${unknownServices.join(", ")}`,
      });
    }
    let validate: ValidateFunction;
    try {
      validate = ajv.compile(manifest.configSchema);
    } catch (error) {
      issues.push({
        path: "/plugins",
        message: `${where} has an invalid config schema: ${(error as Error).message}`,
      });
      continue;
    }
    registry.set(name, { plugin, validate, hooks: new Set(manifest.hooks) });
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return registry;
}
