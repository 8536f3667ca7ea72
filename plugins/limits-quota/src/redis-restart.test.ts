// Redis restarted under load (a redis-server of the test's own, without persistence): two gateway
// processes with `onStoreUnavailable: open` keep answering every request while it is away, and
// enforce limits again once it is back, without a restart of their own.
import { type OwnRedis, startOwnRedis } from "@aigw/engine/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type Instance, load, startInstance } from "./testing/spawn.js";

let redis: OwnRedis | undefined;
let instances: Instance[] = [];

beforeAll(async () => {
  redis = await startOwnRedis();
  const env = {
    AIGW_TEST_REDIS: redis.url,
    AIGW_TEST_LIMITS: JSON.stringify({ onStoreUnavailable: "open" }),
  };
  instances = await Promise.all([startInstance(env), startInstance(env)]);
}, 60_000);
afterAll(async () => {
  await Promise.all(instances.map((i) => i.stop()));
  await redis?.stop();
});

it("keeps serving while Redis is away and limits again once it is back", async () => {
  const urls = instances.map((i) => i.url);
  const roomy = { keyId: "roomy", quotas: [{ scope: "key", id: "roomy", requestsPerMinute: 1_000_000 }] };
  const uncounted = { count: 0 };
  const during = load(urls, 2_000, 8, roomy, {}, uncounted);
  await new Promise((resolve) => setTimeout(resolve, 200));
  await redis!.kill();
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  await redis!.start();
  const statuses = await during;
  expect(statuses.filter((s) => s !== 200)).toEqual([]);
  // Some of them really went through while Redis was away.
  console.log(`requests: ${statuses.length}, let through uncounted while Redis was away: ${uncounted.count}`);
  expect(uncounted.count).toBeGreaterThan(0);
  // Back: a fresh key limited to 2 a minute is limited again across both instances (the client
  // reconnects by itself; give it a moment).
  let limited: number[] = [];
  for (let attempt = 0; attempt < 20; attempt++) {
    const id = `tight-${attempt}`;
    limited = await load(urls, 6, 1, { keyId: id, quotas: [{ scope: "key", id, requestsPerMinute: 2 }] });
    if (limited.filter((s) => s === 429).length === 4) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  expect(limited.filter((s) => s === 200)).toHaveLength(2);
  expect(limited.filter((s) => s === 429)).toHaveLength(4);
}, 60_000);
