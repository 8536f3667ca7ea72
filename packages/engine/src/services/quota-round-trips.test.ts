/**
 * A quota reservation costs one Redis round trip: counted on a redis-server of this test's own,
 * from `INFO commandstats` before and after, with a separate connection asking. Each `reserve`,
 * whatever its number of buckets, is one EVALSHA and nothing else from the client (the GET,
 * INCRBYFLOAT... inside the script run on the server); a settlement is one EVALSHA too, a read
 * one MGET. The script's text is sent once (EVAL, after Redis answers NOSCRIPT), never again.
 */
import { createClient } from "@keyv/redis";
import { afterAll, describe, expect, test } from "vitest";
import { type OwnRedis, startOwnRedis } from "../testing/redis-server.js";
import { type RedisServices, redisServices } from "./redis-services.js";

/** Commands the scripts run inside Redis (counted in commandstats, but no round trip of theirs). */
const INSIDE_SCRIPTS = new Set(["get", "set", "exists", "pttl", "incrbyfloat"]);

let redis: OwnRedis | undefined;
let services: RedisServices | undefined;
let observer: ReturnType<typeof createClient> | undefined;

afterAll(async () => {
  await observer?.close();
  await services?.close();
  await redis?.stop();
});

async function commandCalls(): Promise<Map<string, number>> {
  const info = await observer!.info("commandstats");
  const calls = new Map<string, number>();
  for (const match of info.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) calls.set(match[1]!, Number(match[2]));
  return calls;
}

/** What ran between two snapshots, the observer's own INFO left out. */
function delta(before: Map<string, number>, after: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, calls] of after) {
    const added = calls - (before.get(name) ?? 0) - (name === "info" ? 1 : 0);
    if (added > 0) out[name] = added;
  }
  return out;
}

describe("quota round trips", () => {
  test("one EVALSHA per reservation, one per settlement, one MGET per read", async () => {
    redis = await startOwnRedis();
    services = await redisServices(redis.url);
    observer = createClient({ url: redis.url });
    await observer.connect();
    const quotas = services.quotas;
    const buckets = ["rpm", "rpd", "tpm"].map((k) => ({ key: k, limit: 1e9, amount: 1, ttlMs: 60_000 }));

    // The first call finds the script unknown: EVALSHA, NOSCRIPT, then EVAL (which loads it).
    let before = await commandCalls();
    await quotas.reserve(buckets);
    let ran = delta(before, await commandCalls());
    expect(ran).toMatchObject({ evalsha: 1, eval: 1 });

    const n = 200;
    before = await commandCalls();
    for (let i = 0; i < n; i++) await quotas.reserve(buckets);
    ran = delta(before, await commandCalls());
    const fromClient = Object.fromEntries(Object.entries(ran).filter(([name]) => !INSIDE_SCRIPTS.has(name)));
    expect(fromClient).toEqual({ evalsha: n });

    before = await commandCalls();
    await quotas.adjust(buckets.map((b) => ({ key: b.key, delta: -1, ttlMs: 60_000 })));
    ran = delta(before, await commandCalls());
    // The settlement script is new to Redis too: its first call falls back to EVAL once.
    expect(Object.fromEntries(Object.entries(ran).filter(([name]) => !INSIDE_SCRIPTS.has(name)))).toEqual({
      evalsha: 1,
      eval: 1,
    });
    before = await commandCalls();
    await quotas.adjust(buckets.map((b) => ({ key: b.key, delta: -1, ttlMs: 60_000 })));
    await quotas.read(buckets.map((b) => b.key));
    ran = delta(before, await commandCalls());
    expect(Object.fromEntries(Object.entries(ran).filter(([name]) => !INSIDE_SCRIPTS.has(name)))).toEqual({
      evalsha: 1,
      mget: 1,
    });
  }, 30_000);
});
