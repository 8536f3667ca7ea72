/**
 * What a caller may ask of a cache, per request, in headers:
 * - `x-aigw-cache: refresh` (or `Cache-Control: no-cache`): do not answer from the cache; ask
 *   upstream and store the new answer;
 * - `x-aigw-cache: no-store` (or `Cache-Control: no-store`): this answer is not stored (a stored
 *   one may still answer);
 * - `x-aigw-cache: bypass`: the cache neither answers nor stores;
 * - `Cache-Control: max-age=N`: only an entry stored at most N seconds ago may answer.
 * `x-aigw-cache` takes a comma-separated list; an unknown value there is the caller's error.
 * Unknown or malformed `Cache-Control` directives are ignored, as HTTP caches do.
 */

/** The `x-aigw-cache` request header (and the response header reporting the cache status). */
export const CACHE_HEADER = "x-aigw-cache";

/** How a cache handles one request. */
export interface CacheDirectives {
  /** `use`: look up, then store a miss; `refresh`: skip the lookup, store; `bypass`: neither. */
  readonly mode: "use" | "refresh" | "bypass";
  /** Whether the answer may be stored. */
  readonly store: boolean;
  /** The oldest entry (ms since it was stored) that may answer; undefined: any fresh entry. */
  readonly maxAgeMs?: number | undefined;
}

/** A header value the cache cannot honour: the request is the caller's error. */
export interface CacheControlError {
  readonly error: string;
  /** The header at fault. */
  readonly header: string;
}

const DEFAULT: CacheDirectives = Object.freeze({ mode: "use", store: true });

/** The directives in `headers` (the defaults when there are none), or what is wrong with them. */
export function cacheControl(headers: Headers): CacheDirectives | CacheControlError {
  const own = headers.get(CACHE_HEADER);
  const standard = headers.get("cache-control");
  if (own === null && standard === null) return DEFAULT;
  let refresh = false;
  let bypass = false;
  let store = true;
  let maxAgeMs: number | undefined;
  if (standard !== null) {
    for (const part of standard.split(",")) {
      const directive = part.trim().toLowerCase();
      if (directive === "no-cache") refresh = true;
      else if (directive === "no-store") store = false;
      else if (directive.startsWith("max-age=")) {
        const value = directive.slice(8).replace(/^"(.*)"$/, "$1");
        if (/^\d+$/.test(value)) maxAgeMs = Math.min(Number(value), 2_147_483_647) * 1000;
      }
    }
  }
  if (own !== null) {
    for (const part of own.split(",")) {
      const value = part.trim().toLowerCase();
      if (value === "refresh") refresh = true;
      else if (value === "no-store") store = false;
      else if (value === "bypass") bypass = true;
      else if (value !== "") {
        return {
          error: `Unknown ${CACHE_HEADER} value "${part.trim()}": use refresh, no-store or bypass.`,
          header: CACHE_HEADER,
        };
      }
    }
  }
  if (bypass) return { mode: "bypass", store: false };
  return { mode: refresh ? "refresh" : "use", store, maxAgeMs };
}

/** Whether `cacheControl` refused the headers. */
export function isCacheControlError(value: CacheDirectives | CacheControlError): value is CacheControlError {
  return "error" in value;
}
