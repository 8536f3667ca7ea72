/**
 * Routes a plugin answers itself, outside any pipeline: a metrics scrape, an admin API, a log
 * query. The node that declares them serves them with its `serve` hook, a plain web
 * `Request` in, `Response` out. Routes marked `admin` are the operator's: the engine answers
 * them only for a caller that shows an admin token, before the hook runs.
 */
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
  /** `public`: anyone who reaches the gateway; `admin`: only with an admin token. */
  readonly access: "public" | "admin";
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
}
