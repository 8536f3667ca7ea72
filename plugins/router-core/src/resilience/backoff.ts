/**
 * How long to wait before retrying: exponential backoff with full jitter (AWS's "full jitter":
 * a uniform wait in [0, min(cap, base * 2^retry)) spreads retries of many clients apart), and
 * an upstream's `Retry-After` (seconds or an HTTP date), which wins when it asks for longer.
 */
import type { AbortSignalLike } from "@aigw/plugin-api";
import type { Random } from "./random.js";

export function jitteredBackoffMs(retry: number, baseMs: number, capMs: number, random: Random): number {
  return random() * Math.min(capMs, baseMs * 2 ** retry);
}

/** The wait an upstream asked for in `retry-after`, in ms; `undefined` when absent or unreadable. */
export function retryAfterMs(
  headers: Readonly<Record<string, string>> | undefined,
  nowMs: number,
): number | undefined {
  const value = headers?.["retry-after"]?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal: AbortSignalLike): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
