/**
 * A small Redis `Quotas` for the tests that need counters shared by several gateway processes,
 * for as long as the engine gives none of its own (excluded from the build; never for
 * production). Same contract: a reservation is one Lua script (check every bucket, then add to
 * all), counters never go below 0, and while Redis is unreachable every call rejects at once
 * (no offline queue) with a `store_unavailable` GatewayError.
 */

import { GatewayError, type QuotaAdjustment, type QuotaBucket, type Quotas } from "@aigw/plugin-api";
import { createClient } from "@keyv/redis";

// ARGV per bucket: limit, amount, ttl ms, seed ('' none). Returns {1, after...} or {0, index, pttl, now...}.
const RESERVE = `
local v = {}
for i = 1, #KEYS do
  local seed = ARGV[i * 4]
  v[i] = tonumber(redis.call('GET', KEYS[i]) or (seed ~= '' and math.max(0, tonumber(seed))) or 0)
end
for i = 1, #KEYS do
  if v[i] + tonumber(ARGV[i * 4 - 2]) > tonumber(ARGV[i * 4 - 3]) then
    local ttl = redis.call('PTTL', KEYS[i])
    if ttl < 0 then ttl = tonumber(ARGV[i * 4 - 1]) end
    local out = {0, i - 1, ttl}
    for j = 1, #KEYS do out[j + 3] = tostring(v[j]) end
    return out
  end
end
local out = {1}
for i = 1, #KEYS do
  if redis.call('EXISTS', KEYS[i]) == 0 then redis.call('SET', KEYS[i], tostring(v[i]), 'PX', ARGV[i * 4 - 1]) end
  out[i + 1] = redis.call('INCRBYFLOAT', KEYS[i], ARGV[i * 4 - 2])
end
return out`;

// ARGV per change: delta, ttl ms, seed.
const ADJUST = `
for i = 1, #KEYS do
  if redis.call('EXISTS', KEYS[i]) == 0 then
    local seed = ARGV[i * 3]
    redis.call('SET', KEYS[i], seed ~= '' and tostring(math.max(0, tonumber(seed))) or '0', 'PX', ARGV[i * 3 - 1])
  end
  if tonumber(redis.call('INCRBYFLOAT', KEYS[i], ARGV[i * 3 - 2])) < 0 then redis.call('SET', KEYS[i], '0', 'KEEPTTL') end
end
return #KEYS`;

const ttl = (ms: number) => String(Math.max(1, Math.ceil(ms)));

export async function testRedisQuotas(url: string): Promise<Quotas & { close(): Promise<void> }> {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 500, reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 500) },
  });
  client.on("error", () => undefined);
  await client.connect();
  const run = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      throw new GatewayError("store_unavailable", "The quota store is unavailable.", { cause: error });
    }
  };
  return {
    shared: true,
    async reserve(buckets: readonly QuotaBucket[]) {
      const reply = (await run(() =>
        client.eval(RESERVE, {
          keys: buckets.map((b) => b.key),
          arguments: buckets.flatMap((b) => [
            String(b.limit),
            String(b.amount),
            ttl(b.ttlMs),
            b.seed === undefined ? "" : String(b.seed),
          ]),
        }),
      )) as unknown[];
      if (Number(reply[0]) === 1) return { admitted: true, values: reply.slice(1).map(Number) };
      return {
        admitted: false,
        bucket: Number(reply[1]),
        retryAfterMs: Math.max(1, Number(reply[2])),
        values: reply.slice(3).map(Number),
      };
    },
    async adjust(changes: readonly QuotaAdjustment[]) {
      if (changes.length === 0) return;
      await run(() =>
        client.eval(ADJUST, {
          keys: changes.map((c) => c.key),
          arguments: changes.flatMap((c) => [
            String(c.delta),
            ttl(c.ttlMs),
            c.seed === undefined ? "" : String(c.seed),
          ]),
        }),
      );
    },
    async read(keys: readonly string[]) {
      if (keys.length === 0) return [];
      const values = await run(() => client.mGet([...keys]));
      return values.map((v) => (v === null ? 0 : Number(v)));
    },
    async close() {
      if (client.isOpen) await client.close();
    },
  };
}
