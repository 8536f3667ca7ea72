/**
 * Routes a plugin answers itself, outside any pipeline: a metrics scrape, an admin API, a log
 * query. The node that declares them serves them with its `serve` hook, a plain web
 * `Request` in, `Response` out. Routes that name a role are the operator's: the engine answers
 * them only for a caller whose admin token holds that role or a higher one, before the hook runs.
 */
import type { JsonObject } from "./openai/common.js";
import type { Logger, Services } from "./services.js";

export type ServedMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** One route a plugin serves. */
export interface ServedRoute {
  readonly method: ServedMethod;
  /**
   * The path, matched exactly, or ending in `/*` for everything below it (`/admin/logs/*` serves
   * `/admin/logs/abc`, not `/admin/logs` itself: declare both when both are served).
   */
  readonly path: string;
  /**
   * `public`: anyone who reaches the gateway; otherwise the least admin role the caller's token
   * must hold (`viewer` reads, `editor` changes, `admin` manages tokens and credentials).
   */
  readonly access: "public" | AdminRole;
  /**
   * The route's OpenAPI 3.1 Operation object (summary, parameters, requestBody, responses, with
   * the payloads' JSON schemas). The engine serves every route's operation in one document at
   * `GET /admin/openapi.json`, the role each needs recorded as `x-aigw-role`.
   */
  readonly openapi?: JsonObject | undefined;
}

/** Admin roles, each allowed everything the ones before it are: viewer < editor < admin. */
export type AdminRole = "viewer" | "editor" | "admin";

export const ADMIN_ROLES: readonly AdminRole[] = ["viewer", "editor", "admin"];

/** Whether `held` is at least `needed`. */
export function roleAllows(held: AdminRole, needed: AdminRole): boolean {
  return ADMIN_ROLES.indexOf(held) >= ADMIN_ROLES.indexOf(needed);
}

/** Who called an admin route (for the audit log): a stored admin token, or the bootstrap token. */
export interface AdminCaller {
  /** The token's id (`bootstrap` for the `AIGW_ADMIN_TOKEN` environment variable). */
  readonly id: string;
  readonly role: AdminRole;
  readonly name?: string | undefined;
}

/** What the `serve` hook is given beside the request. */
export interface ServeContext {
  readonly requestId: string;
  /** The declared route that matched. */
  readonly route: ServedRoute;
  /** The URL path, without any query. */
  readonly path: string;
  readonly logger: Logger;
  readonly services: Services;
  readonly signal: AbortSignal;
  /** The admin token's holder, on routes that need a role; undefined on public routes. */
  readonly caller?: AdminCaller | undefined;
}
