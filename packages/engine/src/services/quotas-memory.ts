/**
 * Quota counters in this process's memory: the default for one gateway instance. A reservation
 * runs synchronously between awaits, so checking every bucket and adding to all of them is
 * atomic by construction, as the Redis script is across instances.
 */
import type { QuotaAdjustment, QuotaBucket, Quotas, QuotaVerdict } from "@aigw/plugin-api";

interface Counter {
  value: number;
  expiresAt: number;
}

export function memoryQuotas(now: () => number = Date.now): Quotas {
  const counters = new Map<string, Counter>();
  // Expired counters are dropped when touched, and in one sweep when the map has grown.
  let sweepAt = 1024;
  const live = (key: string, t: number): Counter | undefined => {
    const counter = counters.get(key);
    if (counter && counter.expiresAt <= t) {
      counters.delete(key);
      return undefined;
    }
    return counter;
  };
  const create = (key: string, ttlMs: number, seed: number | undefined, t: number): Counter => {
    if (counters.size >= sweepAt) {
      for (const [k, c] of counters) if (c.expiresAt <= t) counters.delete(k);
      sweepAt = Math.max(1024, counters.size * 2);
    }
    const counter = { value: Math.max(0, seed ?? 0), expiresAt: t + Math.max(1, ttlMs) };
    counters.set(key, counter);
    return counter;
  };
  return {
    shared: false,
    async reserve(buckets: readonly QuotaBucket[]): Promise<QuotaVerdict> {
      const t = now();
      const values = buckets.map((b) => live(b.key, t)?.value ?? Math.max(0, b.seed ?? 0));
      for (let i = 0; i < buckets.length; i++) {
        const bucket = buckets[i]!;
        if (values[i]! + bucket.amount > bucket.limit) {
          const counter = live(bucket.key, t);
          return {
            admitted: false,
            bucket: i,
            values,
            retryAfterMs: counter ? counter.expiresAt - t : Math.max(1, bucket.ttlMs),
          };
        }
      }
      const after = buckets.map((b) => {
        const counter = live(b.key, t) ?? create(b.key, b.ttlMs, b.seed, t);
        counter.value = Math.max(0, counter.value + b.amount);
        return counter.value;
      });
      return { admitted: true, values: after };
    },
    async adjust(changes: readonly QuotaAdjustment[]): Promise<void> {
      const t = now();
      for (const change of changes) {
        const counter = live(change.key, t) ?? create(change.key, change.ttlMs, change.seed, t);
        counter.value = Math.max(0, counter.value + change.delta);
      }
    },
    async read(keys: readonly string[]): Promise<number[]> {
      const t = now();
      return keys.map((key) => live(key, t)?.value ?? 0);
    },
  };
}
