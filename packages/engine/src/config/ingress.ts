/**
 * Boot checks for ingress plugins: each entry names a loaded plugin of kind `ingress` with
 * `decode` and `encode`, its config passes the plugin's schema, and no two front doors claim the
 * same path (nor a path the engine serves itself).
 */
import type { IngressRoute } from "@aigw/plugin-api";
import type { GatewayConfig } from "@aigw/schemas";
import { enginePaths, routeFor } from "../http/openai-ingress.js";
import type { ConfigIssue } from "./config-error.js";
import { issuesFrom } from "./issues.js";
import type { PluginRegistry } from "./registry.js";

export interface ValidatedIngress {
  id: string;
  plugin: string;
  config: Record<string, unknown>;
  routes: readonly IngressRoute[];
}

const ENGINE_PATHS = new Set(["/health", "/ready", "/models"]);

/** The path without its `/v1` prefix: how routes are compared and looked up. */
export function routeKey(path: string): string {
  return path.startsWith("/v1/") ? path.slice(3) : path;
}

/** The prefix a `/*` route serves everything below (`/things/` for `/things/*`); else undefined. */
export function wildcardPrefix(key: string): string | undefined {
  return key.endsWith("/*") ? key.slice(0, -1) : undefined;
}

/** Who serves `key` already: the engine's own paths, or a `/*` route that would swallow them. */
function engineOwns(key: string): boolean {
  if (routeFor(key) || ENGINE_PATHS.has(key) || key.startsWith("/models/")) return true;
  const prefix = wildcardPrefix(key);
  if (prefix === undefined) return false;
  return (
    [...enginePaths(), ...ENGINE_PATHS].some((path) => path.startsWith(prefix)) ||
    "/models/".startsWith(prefix)
  );
}

export function checkIngress(
  config: GatewayConfig,
  registry: PluginRegistry,
  issues: ConfigIssue[],
): ValidatedIngress[] {
  const checked: ValidatedIngress[] = [];
  const claimed = new Map<string, string>();
  const claimedMethod = new Set<string>();
  const ids = new Set<string>();
  (config.ingress ?? []).forEach((entry, i) => {
    const at = `/ingress/${i}`;
    if (ids.has(entry.id))
      issues.push({ path: `${at}/id`, node: entry.id, message: `duplicate ingress id "${entry.id}"` });
    ids.add(entry.id);
    const registered = registry.get(entry.plugin);
    if (!registered) {
      issues.push({
        path: `${at}/plugin`,
        node: entry.id,
        message: `unknown plugin "${entry.plugin}" (loaded: ${[...registry.keys()].sort().join(", ") || "none"})`,
      });
      return;
    }
    const manifest = registered.plugin.manifest;
    if (manifest.kind !== "ingress" || !registered.hooks.has("decode") || !registered.hooks.has("encode")) {
      issues.push({
        path: `${at}/plugin`,
        node: entry.id,
        message: `plugin "${entry.plugin}" is not an ingress (kind ingress with decode and encode hooks)`,
      });
      return;
    }
    entry.config ??= {};
    const pluginConfig = entry.config;
    if (!registered.validate(pluginConfig))
      issues.push(...issuesFrom(registered.validate.errors, `${at}/config`, entry.id, manifest.configSchema));
    const routes = manifest.routes ?? [];
    if (routes.length === 0)
      issues.push({
        path: `${at}/plugin`,
        node: entry.id,
        message: `ingress plugin "${entry.plugin}" declares no routes`,
      });
    for (const route of routes) {
      const key = routeKey(route.path);
      // Two ingresses may not share a path, whatever the methods: one plugin owns each resource.
      const owner = claimed.get(key) ?? (engineOwns(key) ? "the engine" : undefined);
      const mine = `ingress "${entry.id}"`;
      if (owner && owner !== mine)
        issues.push({
          path: `${at}/plugin`,
          node: entry.id,
          message: `route ${route.path} is already served by ${owner}`,
        });
      else if (claimedMethod.has(`${route.method} ${key}`))
        issues.push({
          path: `${at}/plugin`,
          node: entry.id,
          message: `route ${route.method} ${route.path} is declared twice`,
        });
      else {
        claimed.set(key, mine);
        claimedMethod.add(`${route.method} ${key}`);
      }
    }
    checked.push({ id: entry.id, plugin: entry.plugin, config: pluginConfig, routes });
  });
  return checked;
}
