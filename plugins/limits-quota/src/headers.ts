/**
 * The rate-limit headers OpenAI's clients read (`x-ratelimit-limit-requests`,
 * `-remaining-requests`, `-reset-requests`, and the same for tokens), on admitted and refused
 * requests alike, and `retry-after` on a refusal. With several scopes and windows, each header
 * family reports the counter with the least left (ties: the one that resets first), which is the
 * one that will refuse first.
 */
import type { QuotaBucket } from "@aigw/plugin-api";
import type { BucketInfo } from "./buckets.js";

/** A duration as OpenAI writes it (Go's format): `250ms`, `1s`, `59.75s`, `6m0s`, `1h2m3s`. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  if (total < 1000) return `${total}ms`;
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor((total % 3_600_000) / 60_000);
  const s = `${Math.floor((total % 60_000) / 1000)}${fraction(total % 1000)}s`;
  if (hours > 0) return `${hours}h${minutes}m${s}`;
  if (minutes > 0) return `${minutes}m${s}`;
  return s;
}

/** Milliseconds as a decimal fraction of a second without trailing zeros: `""`, `.5`, `.25`, `.125`. */
function fraction(ms: number): string {
  if (ms === 0) return "";
  if (ms % 100 === 0) return `.${ms / 100}`;
  if (ms % 10 === 0) return `.${String(ms / 10).padStart(2, "0")}`;
  return `.${String(ms).padStart(3, "0")}`;
}

interface Tightest {
  limit: number;
  remaining: number;
  resetMs: number;
}

function tighter(best: Tightest | undefined, limit: number, remaining: number, resetMs: number): Tightest {
  if (!best) return { limit, remaining, resetMs };
  if (remaining < best.remaining || (remaining === best.remaining && resetMs < best.resetMs)) {
    best.limit = limit;
    best.remaining = remaining;
    best.resetMs = resetMs;
  }
  return best;
}

/** The `x-ratelimit-*` headers for counters standing at `values` (one pass over the counters). */
export function rateLimitHeaders(
  buckets: readonly QuotaBucket[],
  info: readonly BucketInfo[],
  values: readonly number[],
): Record<string, string> {
  let requests: Tightest | undefined;
  let tokens: Tightest | undefined;
  for (let i = 0; i < buckets.length; i++) {
    const kind = info[i]!.kind;
    if (kind === "usd") continue;
    const bucket = buckets[i]!;
    const remaining = Math.max(0, bucket.limit - (values[i] ?? 0));
    if (kind === "rpm" || kind === "rpd") requests = tighter(requests, bucket.limit, remaining, bucket.ttlMs);
    else tokens = tighter(tokens, bucket.limit, remaining, bucket.ttlMs);
  }
  const headers: Record<string, string> = {};
  if (requests) {
    headers["x-ratelimit-limit-requests"] = String(requests.limit);
    headers["x-ratelimit-remaining-requests"] = String(Math.floor(requests.remaining));
    headers["x-ratelimit-reset-requests"] = formatDuration(requests.resetMs);
  }
  if (tokens) {
    headers["x-ratelimit-limit-tokens"] = String(tokens.limit);
    headers["x-ratelimit-remaining-tokens"] = String(Math.floor(tokens.remaining));
    headers["x-ratelimit-reset-tokens"] = formatDuration(tokens.resetMs);
  }
  return headers;
}

/** `retry-after` in whole seconds, rounded up (never 0: a client would retry at once). */
export function retryAfterSeconds(ms: number): string {
  return String(Math.max(1, Math.ceil(ms / 1000)));
}
