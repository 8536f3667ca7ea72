/**
 * Quota counters in Redis, exact across every gateway sharing it: a reservation is one Lua script
 * (`quota-scripts.ts`), so it checks and adds to every bucket atomically in one round trip; a
 * settlement is another; a read is one MGET. Counters live under `aigw:quota:<key>`.
 *
 * Numbers are doubles, as in memory: integers stay exact up to 2^53, so budgets are best counted
 * in integer micro-dollars. While Redis is unreachable every call rejects at once (or after the
 * command timeout) with `store_unavailable`; a reservation whose reply was lost may still have
 * counted, which errs on the side of admitting less, and ends with its window.
 */
import type { QuotaAdjustment, QuotaBucket, Quotas, QuotaVerdict } from "@aigw/plugin-api";
import { luaScript } from "./lua-script.js";
import { ADJUST_SCRIPT, RESERVE_SCRIPT } from "./quota-scripts.js";
import type { RedisConnection } from "./redis-connection.js";

export const QUOTA_KEY_PREFIX = "aigw:quota:";

export interface RedisQuotaOptions {
  /** Prefix of every counter's key (default `aigw:quota:`). */
  prefix?: string | undefined;
}

/** Milliseconds as Redis takes them: a whole number, at least 1. */
const ttlArg = (ttlMs: number): string => String(Math.max(1, Math.ceil(ttlMs)));
const seedArg = (seed: number | undefined): string => (seed === undefined ? "" : String(seed));

export async function redisQuotas(
  connection: RedisConnection,
  options: RedisQuotaOptions = {},
): Promise<Quotas> {
  const prefix = options.prefix ?? QUOTA_KEY_PREFIX;
  const [reserveScript, adjustScript] = await Promise.all([
    luaScript(RESERVE_SCRIPT),
    luaScript(ADJUST_SCRIPT),
  ]);
  return {
    shared: true,
    async reserve(buckets: readonly QuotaBucket[]): Promise<QuotaVerdict> {
      if (buckets.length === 0) return { admitted: true, values: [] };
      const keys = buckets.map((b) => prefix + b.key);
      const args = buckets.flatMap((b) => [
        String(b.limit),
        String(b.amount),
        ttlArg(b.ttlMs),
        seedArg(b.seed),
      ]);
      const reply = (await connection.run((client) => reserveScript.run(client, keys, args))) as unknown[];
      if (Number(reply[0]) === 1) return { admitted: true, values: reply.slice(1).map(Number) };
      return {
        admitted: false,
        bucket: Number(reply[1]),
        retryAfterMs: Math.max(1, Number(reply[2])),
        values: reply.slice(3).map(Number),
      };
    },
    async adjust(changes: readonly QuotaAdjustment[]): Promise<void> {
      if (changes.length === 0) return;
      const keys = changes.map((c) => prefix + c.key);
      const args = changes.flatMap((c) => [String(c.delta), ttlArg(c.ttlMs), seedArg(c.seed)]);
      await connection.run((client) => adjustScript.run(client, keys, args));
    },
    async read(keys: readonly string[]): Promise<number[]> {
      if (keys.length === 0) return [];
      const values = await connection.run((client) => client.mGet(keys.map((k) => prefix + k)));
      return values.map((v) => (v === null ? 0 : Number(v)));
    },
  };
}
