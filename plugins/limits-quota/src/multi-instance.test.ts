// Three gateway processes on one Redis, under concurrent load from this process: a key limited
// to N requests a minute gets exactly N admitted across the three, and a budget is overspent by
// no more than the stated bound. Needs the Redis at 127.0.0.1:6379 (shared: each run uses its own
// counter prefix). The instances count in the engine's Redis quotas (`stores: redis`).
import { afterAll, beforeAll, expect, it } from "vitest";
import { type Instance, load, startInstance } from "./testing/spawn.js";

const RUN = `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
let instances: Instance[] = [];

beforeAll(async () => {
  const env = {
    AIGW_TEST_REDIS: "redis://127.0.0.1:6379",
    AIGW_TEST_LIMITS: JSON.stringify({ keyPrefix: `limits-test:${RUN}` }),
  };
  instances = await Promise.all([startInstance(env), startInstance(env), startInstance(env)]);
}, 60_000);
afterAll(async () => {
  await Promise.all(instances.map((i) => i.stop()));
});

/** Waits for a fresh minute when fewer than `ms` are left in this one (the burst stays in one window). */
async function roomInMinute(ms: number): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < ms) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

it("a key limited to N requests a minute gets exactly N across three instances", async () => {
  const N = 25;
  const caller = { keyId: `rpm-${RUN}`, quotas: [{ scope: "key", id: `rpm-${RUN}`, requestsPerMinute: N }] };
  await roomInMinute(15_000);
  const statuses = await load(
    instances.map((i) => i.url),
    150,
    24,
    caller,
  );
  expect(statuses.filter((s) => s === 200)).toHaveLength(N);
  expect(statuses.filter((s) => s === 429)).toHaveLength(150 - N);
}, 60_000);

it("a budget under concurrent load is overspent by at most the in-flight excess", async () => {
  // Each answer costs $0.0075 (1000 prompt, 500 completion tokens of gpt-4o); the estimate of a
  // request with max_tokens 10 is 6 x $2.5/M + 10 x $10/M = $0.000115. At most CONCURRENCY
  // requests are in flight at once, so spend <= cap + CONCURRENCY x ($0.0075 - $0.000115).
  const CAP = 0.1;
  const CONCURRENCY = 12;
  const ACTUAL = 0.0075;
  const ESTIMATE = 0.000115;
  const id = `budget-${RUN}`;
  const caller = { keyId: id, quotas: [{ scope: "key", id, budget: { limitUsd: CAP, period: "total" } }] };
  const statuses = await load(
    instances.map((i) => i.url),
    120,
    CONCURRENCY,
    caller,
    { max_tokens: 10 },
  );
  const admitted = statuses.filter((s) => s === 200).length;
  expect(statuses.filter((s) => s !== 200 && s !== 429)).toEqual([]);
  // Settlements run after each answer: give them a moment, then read the shared counter.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const view = await (
    await fetch(`${instances[0]!.url}/admin/spend/limits?scope=key&id=${id}`, {
      headers: { authorization: "Bearer admin-token" },
    })
  ).json();
  const spent = (view as { budgets: { period: string; spent_usd: number }[] }).budgets.find(
    (b) => b.period === "total",
  )!.spent_usd;
  const bound = CAP + CONCURRENCY * (ACTUAL - ESTIMATE);
  console.log(
    `budget: admitted ${admitted}, spent $${spent.toFixed(6)}, cap $${CAP}, bound $${bound.toFixed(6)}`,
  );
  expect(spent).toBeCloseTo(admitted * ACTUAL, 9);
  expect(spent).toBeGreaterThan(CAP);
  expect(spent).toBeLessThanOrEqual(bound + 1e-9);
}, 60_000);
