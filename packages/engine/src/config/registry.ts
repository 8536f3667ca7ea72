/**
 * The plugins an engine knows: each manifest checked once (unique name, known hooks, supported
 * engine version, known services) and its config validator ready: the precompiled one the
 * manifest carries, or else its schema compiled with ajv (which must compile).
 */
import {
  type ConfigValidator,
  HOOK_NAMES,
  type HookName,
  type Plugin,
  SERVICE_TOKENS,
} from "@aigw/plugin-api";
import { ENGINE_VERSION } from "../version.js";
import type { Ajv } from "./ajv.js";
import { ConfigError, type ConfigIssue } from "./config-error.js";
import { engineSatisfies } from "./engine-range.js";

export interface RegisteredPlugin {
  readonly plugin: Plugin<unknown>;
  readonly validate: ConfigValidator;
  readonly hooks: ReadonlySet<HookName>;
}

export type PluginRegistry = ReadonlyMap<string, RegisteredPlugin>;

const HOOK_SET = new Set<string>(HOOK_NAMES);

/**
 * ajv with the engine's options, loaded on first use: importing ajv and building an instance
 * costs ~100 ms of start-up, which only a plugin without a precompiled validator should pay.
 */
export const lazyAjv = (): Promise<Ajv> => import("./ajv.js").then(({ createAjv }) => createAjv());

/**
 * Checks every plugin's manifest and readies its config validator; throws one ConfigError.
 * `loadAjv` is called (once) only if some plugin has no `configValidator`.
 */
export async function buildRegistry(
  plugins: readonly Plugin<unknown>[],
  loadAjv: () => Promise<Ajv> = lazyAjv,
): Promise<PluginRegistry> {
  let ajv: Promise<Ajv> | undefined;
  const compiler = () => {
    ajv ??= loadAjv();
    return ajv;
  };
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
    if (typeof manifest.engine !== "string" || !(await engineSatisfies(ENGINE_VERSION, manifest.engine))) {
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
    let validate: ConfigValidator;
    try {
      validate = manifest.configValidator ?? (await compiler()).compile(manifest.configSchema);
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
