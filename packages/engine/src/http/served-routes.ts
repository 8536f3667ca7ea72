/**
 * Routes plugins serve themselves (`manifest.serves` + the `serve` hook: metrics, admin APIs,
 * log queries), outside any pipeline. Indexed once at boot from the main pipeline's nodes; per
 * request, one map lookup (and none at all when no plugin serves a route). Routes that need an
 * admin role are checked here, before any plugin code runs, through the `admins` service (the
 * `AIGW_ADMIN_TOKEN` environment variable, and the admin tokens a plugin keeps).
 */
import {
  type AdminCaller,
  type AdminRole,
  GatewayError,
  type Logger,
  type PluginInstance,
  roleAllows,
  type ServedRoute,
  type Services,
} from "@aigw/plugin-api";
import { ConfigError, type ConfigIssue } from "../config/config-error.js";
import type { PluginRegistry } from "../config/registry.js";
import type { ExecutionPlan } from "../plan/plan.js";
import { ADMIN_TOKEN_ENV } from "../services/registries.js";
import { type Answer, type IncomingCall, webRequestOf } from "./call.js";
import { buildOpenApi, OPENAPI_PATH, OPENAPI_ROUTE } from "./openapi.js";

export { ADMIN_TOKEN_ENV };

interface Served {
  readonly route: ServedRoute;
  readonly node: string;
  readonly instance: PluginInstance;
  readonly logger: Logger;
}

/** Paths the engine answers itself, which no plugin may take. */
const ENGINE_PREFIXES = ["/v1/", "/health", "/ready", "/models"];

export class ServedRoutes {
  /** By path, then method. */
  private readonly exact = new Map<string, Map<string, Served>>();
  /** `/x/*` routes, longest prefix first. */
  private readonly prefixes: { prefix: string; byMethod: Map<string, Served> }[] = [];

  private constructor(private readonly services: Services) {}

  /** Indexes the main pipeline's served routes; undefined when there are none. */
  static collect(
    plan: ExecutionPlan,
    registry: PluginRegistry,
    services: Services,
  ): ServedRoutes | undefined {
    const routes = new ServedRoutes(services);
    const issues: ConfigIssue[] = [];
    const owners = new Map<string, string>();
    const documented: ServedRoute[] = [];
    for (const node of [...plan.nodes, ...plan.terminals]) {
      const manifest = registry.get(node.plugin)?.plugin.manifest;
      if (!manifest?.serves || !node.instance.serve) continue;
      for (const route of manifest.serves) {
        const key = `${route.method} ${route.path}`;
        const owner = owners.get(key);
        if (owner) {
          issues.push({
            path: "/pipeline/nodes",
            node: node.id,
            message: `${key} is already served by node "${owner}"`,
          });
          continue;
        }
        if (ENGINE_PREFIXES.some((p) => route.path === p.replace(/\/$/, "") || route.path.startsWith(p))) {
          issues.push({
            path: "/pipeline/nodes",
            node: node.id,
            message: `${key}: the gateway serves that path itself`,
          });
          continue;
        }
        owners.set(key, node.id);
        documented.push(route);
        routes.add(route, { route, node: node.id, instance: node.instance, logger: node.logger });
      }
    }
    if (issues.length > 0) throw new ConfigError(issues);
    if (owners.size === 0) return undefined;
    if (!owners.has(`GET ${OPENAPI_PATH}`)) routes.addOpenApi([...documented, OPENAPI_ROUTE]);
    return routes;
  }

  /** Serves the OpenAPI document of `routes`, built here once. */
  private addOpenApi(routes: readonly ServedRoute[]): void {
    const body = JSON.stringify(buildOpenApi(routes));
    const instance: PluginInstance = {
      serve: () => new Response(body, { headers: { "content-type": "application/json" } }),
    };
    this.add(OPENAPI_ROUTE, { route: OPENAPI_ROUTE, node: "engine", instance, logger: this.services.logger });
  }

  private add(route: ServedRoute, served: Served): void {
    if (route.path.endsWith("/*")) {
      const prefix = route.path.slice(0, -1);
      let entry = this.prefixes.find((p) => p.prefix === prefix);
      if (!entry) {
        entry = { prefix, byMethod: new Map() };
        this.prefixes.push(entry);
        this.prefixes.sort((a, b) => b.prefix.length - a.prefix.length);
      }
      entry.byMethod.set(route.method, served);
      return;
    }
    let byMethod = this.exact.get(route.path);
    if (!byMethod) {
      byMethod = new Map();
      this.exact.set(route.path, byMethod);
    }
    byMethod.set(route.method, served);
  }

  /** The routes at a path, by method; undefined when no plugin serves it. */
  private at(path: string): Map<string, Served> | undefined {
    const exact = this.exact.get(path);
    if (exact) return exact;
    for (const { prefix, byMethod } of this.prefixes) if (path.startsWith(prefix)) return byMethod;
    return undefined;
  }

  /** Whether a plugin serves this path (with any method). */
  serves(path: string): boolean {
    return this.at(path) !== undefined;
  }

  /** Answers a served path: 405 for another method, 401/403 for an admin route without the token. */
  async answer(call: IncomingCall, requestId: string): Promise<Answer> {
    const byMethod = this.at(call.path)!;
    const served = byMethod.get(call.method);
    if (!served) {
      throw new GatewayError("method_not_allowed", `${call.method} is not allowed on ${call.path}.`, {
        headers: { allow: [...byMethod.keys()].join(", ") },
      });
    }
    const caller =
      served.route.access === "public" ? undefined : await this.checkAdmin(call.headers, served.route.access);
    const body = call.method === "GET" || call.method === "DELETE" ? undefined : await call.body(1024 * 1024);
    const response = await served.instance.serve!(webRequestOf(call, body), {
      requestId,
      route: served.route,
      path: call.path,
      logger: served.logger,
      services: this.services,
      signal: call.signal ?? new AbortController().signal,
      caller,
    });
    return answerOf(response);
  }

  private async checkAdmin(headers: Headers, needed: AdminRole): Promise<AdminCaller> {
    const admins = this.services.admins;
    if (!admins.enabled) {
      throw new GatewayError(
        "forbidden",
        `The admin API is off: set ${ADMIN_TOKEN_ENV} on the gateway to an admin token, and send it as a bearer token.`,
      );
    }
    const given = bearerOf(headers);
    const caller = given === undefined ? undefined : await admins.authenticate(given);
    if (!caller) {
      throw new GatewayError(
        "unauthorized",
        "This admin route needs an admin token as `Authorization: Bearer <token>`.",
        {
          headers: { "www-authenticate": "Bearer" },
        },
      );
    }
    if (!roleAllows(caller.role, needed)) {
      throw new GatewayError(
        "forbidden",
        `This admin route needs the ${needed} role; the token "${caller.name ?? caller.id}" has the ${caller.role} role.`,
      );
    }
    return caller;
  }
}

function bearerOf(headers: Headers): string | undefined {
  const value = headers.get("authorization");
  const match = value && /^Bearer\s+(.+)$/i.exec(value.trim());
  return match ? match[1] : undefined;
}

async function answerOf(response: Response): Promise<Answer> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (name !== "content-length" && name !== "transfer-encoding") headers[name] = value;
  });
  const body = response.body ? new Uint8Array(await response.arrayBuffer()) : null;
  return { status: response.status, headers, body };
}
