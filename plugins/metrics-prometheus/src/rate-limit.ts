/**
 * Which limit refused a request the client got a 429 (or `rate_limited`) for: the gateway's own
 * (a rate-limit node), a budget (`budget_exceeded`), or the upstream's (its 429 passed on).
 */
import type { RequestRecord } from "@aigw/plugin-api";

export type RateLimitScope = "gateway" | "budget" | "upstream";

/** The scope of a rate-limit rejection, or `undefined` for a request that was not one. */
export function rateLimitScope(record: RequestRecord): RateLimitScope | undefined {
  const code = record.error?.code;
  if (code === "budget_exceeded") return "budget";
  if (code !== "rate_limited" && record.status !== 429) return undefined;
  // The upstream's own limit when the last upstream call was refused so; a node that refused
  // the request before (or instead of) calling out is the gateway's.
  const attempts = record.attempts;
  const last = Array.isArray(attempts) && attempts.length > 0 ? attempts[attempts.length - 1] : undefined;
  if (last !== undefined && (last.status === 429 || last.error === "rate_limited")) return "upstream";
  return "gateway";
}
