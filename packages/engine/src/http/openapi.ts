/**
 * The admin API's OpenAPI 3.1 document, assembled once at boot from every served route's
 * `openapi` operation, so plugins each describe their own routes and an operator (or a client
 * generator) reads one document at `GET /admin/openapi.json`.
 */
import type { JsonObject, JsonValue, ServedRoute } from "@aigw/plugin-api";
import { ENGINE_VERSION } from "../version.js";

export const OPENAPI_PATH = "/admin/openapi.json";

/**
 * A route's operations by templated path. An operation object documents the route's own path; a
 * `/x/*` route's operation names its templated path in `x-aigw-path` (else `/x/{path}`); an
 * object with `paths` maps several templated paths (all under the route) to their operations.
 */
function operationsOf(route: ServedRoute): [string, JsonObject][] {
  const openapi = route.openapi;
  if (!openapi) return [[templateOf(route, undefined), { summary: `${route.method} ${route.path}` }]];
  const paths = openapi.paths;
  if (paths && typeof paths === "object" && !Array.isArray(paths))
    return Object.entries(paths as Record<string, JsonValue>).map(([path, op]) => [path, op as JsonObject]);
  return [[templateOf(route, openapi), openapi]];
}

function templateOf(route: ServedRoute, operation: JsonObject | undefined): string {
  const named = operation?.["x-aigw-path"];
  if (typeof named === "string") return named;
  return route.path.endsWith("/*") ? `${route.path.slice(0, -2)}/{path}` : route.path;
}

/** The document for `routes` (the engine's own route included). */
export function buildOpenApi(routes: readonly ServedRoute[]): JsonObject {
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const route of routes) {
    for (const [path, operation] of operationsOf(route)) {
      const { "x-aigw-path": _, ...rest } = operation;
      const documented: JsonObject = { ...rest, "x-aigw-role": route.access };
      if (route.access !== "public") documented.security = [{ adminToken: [] }];
      paths[path] ??= {};
      paths[path][route.method.toLowerCase()] = documented;
    }
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "aigw admin API",
      version: ENGINE_VERSION,
      description:
        "Routes the gateway's plugins serve. Each operation's `x-aigw-role` is the least admin role its token must hold (viewer < editor < admin); send the token as `Authorization: Bearer <token>`.",
    },
    paths,
    components: { securitySchemes: { adminToken: { type: "http", scheme: "bearer" } } },
  };
}

/** The engine's own route for the document. */
export const OPENAPI_ROUTE: ServedRoute = {
  method: "GET",
  path: OPENAPI_PATH,
  access: "public",
  openapi: {
    summary: "This document: every admin and plugin route, with its payloads and the role it needs.",
    responses: { "200": { description: "An OpenAPI 3.1 document." } },
  },
};
