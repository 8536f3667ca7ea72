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
  const seconds = (total % 60_000) / 1000;
  const s = `${Number.isInteger(seconds) ? seconds : seconds.toFixed(3).replace(/0+$/, "")}s`;
  if (hours > 0) return `${hours}h${minutes}m${s}`;
  if (minutes > 0) return `${minutes}m${s}`;
  return s;
}

interface Tightest {
  limit: number;
  remaining: number;
  resetMs: number;
}

function tightest(
  buckets: readonly QuotaBucket[],
  info: readonly BucketInfo[],
  values: readonly number[],
  family: "requests" | "tokens",
): Tightest | undefined {
  let best: Tightest | undefined;
  for (let i = 0; i < buckets.length; i++) {
    const kind = info[i]!.kind;
    const inFamily =
      family === "requests" ? kind === "rpm" || kind === "rpd" : kind === "tpm" || kind === "tpd";
    if (!inFamily) continue;
    const bucket = buckets[i]!;
    const remaining = Math.max(0, bucket.limit - (values[i] ?? 0));
    if (!best || remaining < best.remaining || (remaining === best.remaining && bucket.ttlMs < best.resetMs))
      best = { limit: bucket.limit, remaining, resetMs: bucket.ttlMs };
  }
  return best;
}

/** The `x-ratelimit-*` headers for counters standing at `values`. */
export function rateLimitHeaders(
  buckets: readonly QuotaBucket[],
  info: readonly BucketInfo[],
  values: readonly number[],
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const family of ["requests", "tokens"] as const) {
    const t = tightest(buckets, info, values, family);
    if (!t) continue;
    headers[`x-ratelimit-limit-${family}`] = String(t.limit);
    headers[`x-ratelimit-remaining-${family}`] = String(Math.floor(t.remaining));
    headers[`x-ratelimit-reset-${family}`] = formatDuration(t.resetMs);
  }
  return headers;
}

/** `retry-after` in whole seconds, rounded up (never 0: a client would retry at once). */
export function retryAfterSeconds(ms: number): string {
  return String(Math.max(1, Math.ceil(ms / 1000)));
}
