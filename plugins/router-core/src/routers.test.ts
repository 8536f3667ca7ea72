/** Each router through the real engine: choices, fallbacks, retries, breakers, streams, tags, headers. */
import { describe, expect, test } from "vitest";
import { type NodeSpec, testGateway } from "./testing/harness.js";
import { newWorld, type Outcome } from "./testing/scripted.js";

const leaves = (...ids: string[]): NodeSpec[] => ids.map((id) => ({ id, plugin: "scripted" }));
const noBreaker = { enabled: false };

function scripted(table: Record<string, Outcome[]>) {
  return newWorld((node, n) => {
    const list = table[node];
    return list ? list[Math.min(n, list.length - 1)] : undefined;
  });
}

describe("router-fallback", () => {
  test("moves on after 5xx/429/timeouts, shows the route in the headers and the record", async () => {
    const world = scripted({ a: [{ kind: "status", status: 503 }], b: [{ kind: "status", status: 429 }] });
    const gw = await testGateway(
      [
        { id: "r", plugin: "router-fallback", targets: ["a", "b", "c"], config: { breaker: noBreaker } },
        ...leaves("a", "b", "c"),
      ],
      world,
    );
    const out = await gw.chat();
    expect(out.status).toBe(200);
    expect(JSON.parse(out.text).servedBy).toBe("c");
    expect(out.headers.get("x-aigw-target")).toBe("c");
    expect(out.headers.get("x-aigw-attempts")).toBe("3");
    expect(out.headers.get("x-aigw-route")).toBe("a:503,b:429,c:200");
    expect(out.record.tags).toMatchObject({ "r.strategy": "fallback", "r.choice": "a" });
  });

  test("a request's own 4xx does not move on", async () => {
    for (const status of [400, 401, 403, 404, 413, 422]) {
      const world = scripted({ a: [{ kind: "status", status }] });
      const gw = await testGateway(
        [
          { id: "r", plugin: "router-fallback", targets: ["a", "b"], config: { retry: { attempts: 3 } } },
          ...leaves("a", "b"),
        ],
        world,
      );
      const out = await gw.chat();
      expect(out.status).toBe(status);
      expect(world.journal).toEqual(["a"]);
    }
  });

  test("which failures move on is configurable", async () => {
    const world = scripted({ a: [{ kind: "status", status: 404 }], b: [{ kind: "status", status: 500 }] });
    const gw = await testGateway(
      [
        { id: "r", plugin: "router-fallback", targets: ["a", "b", "c"], config: { fallbackOn: [404] } },
        ...leaves("a", "b", "c"),
      ],
      world,
    );
    expect((await gw.chat()).status).toBe(500);
    expect(world.journal).toEqual(["a", "b"]);
  });

  test("retries with backoff and honours Retry-After up to its cap", async () => {
    const world = scripted({ a: [{ kind: "status", status: 429, retryAfter: "0.15" }, { kind: "ok" }] });
    const gw = await testGateway(
      [
        {
          id: "r",
          plugin: "router-fallback",
          targets: ["a", "b"],
          config: { retry: { attempts: 2, baseMs: 1, capMs: 2 } },
        },
        ...leaves("a", "b"),
      ],
      world,
    );
    const t0 = performance.now();
    const out = await gw.chat();
    expect(performance.now() - t0).toBeGreaterThanOrEqual(140);
    expect(out.headers.get("x-aigw-route")).toBe("a:429,a:200");
    expect(out.record.tags["r.retries"]).toBe(1);

    // Asked to wait longer than the cap: not retried, the next target answers at once.
    const world2 = scripted({ a: [{ kind: "status", status: 429, retryAfter: "30" }] });
    const gw2 = await testGateway(
      [
        {
          id: "r",
          plugin: "router-fallback",
          targets: ["a", "b"],
          config: { retry: { attempts: 2, retryAfterCapMs: 1000 } },
        },
        ...leaves("a", "b"),
      ],
      world2,
    );
    expect((await gw2.chat()).headers.get("x-aigw-route")).toBe("a:429,b:200");
  });

  test("an attempt timeout aborts a stalled target; the total timeout bounds the request", async () => {
    const world = scripted({ a: [{ kind: "stall" }], b: [{ kind: "stall" }] });
    const gw = await testGateway(
      [
        {
          id: "r",
          plugin: "router-fallback",
          targets: ["a", "b", "c"],
          config: { timeouts: { attemptMs: 50, totalMs: 80 }, breaker: noBreaker },
        },
        ...leaves("a", "b", "c"),
      ],
      world,
    );
    const t0 = performance.now();
    const out = await gw.chat();
    const took = performance.now() - t0;
    expect(out.status).toBe(504);
    expect(took).toBeLessThan(80 + 40);
    expect(world.journal).toEqual(["a", "b"]);
    expect(JSON.parse(out.text).error.code).toBe("upstream_timeout");
  });

  test("streams: a failure or stall before the first chunk moves on; the record shows the failure", async () => {
    const world = scripted({ a: [{ kind: "stream-fail" }], b: [{ kind: "stream-stall" }] });
    const gw = await testGateway(
      [
        {
          id: "r",
          plugin: "router-fallback",
          targets: ["a", "b", "c"],
          config: { timeouts: { attemptMs: 50 } },
        },
        ...leaves("a", "b", "c"),
      ],
      world,
    );
    const out = await gw.chat({ stream: true });
    expect(out.status).toBe(200);
    expect(out.text).toContain("served by c");
    expect(out.text).not.toContain("served by a");
    expect(out.record.attempts.map((r) => [r.target, r.error])).toEqual([
      ["a", "upstream_error"],
      ["b", "upstream_timeout"],
      ["c", undefined],
    ]);
    expect(out.record.annotations.servedBy?.node).toBe("c");
  });

  test("breaker: opens after the failure ratio, skips the target, probes after the cooldown", async () => {
    let failing = true;
    const world = newWorld((node) => (node === "a" && failing ? { kind: "status", status: 500 } : undefined));
    const breaker = { minRequests: 3, failureRatio: 0.5, cooldownMs: 100, windowMs: 10_000 };
    const gw = await testGateway(
      [{ id: "r", plugin: "router-fallback", targets: ["a", "b"], config: { breaker } }, ...leaves("a", "b")],
      world,
    );
    for (let i = 0; i < 3; i++) await gw.chat();
    expect(world.journal).toEqual(["a", "b", "a", "b", "a", "b"]);
    const skipped = await gw.chat();
    expect(skipped.headers.get("x-aigw-route")).toBe("b:200");
    expect(skipped.record.tags["r.skipped"]).toEqual(["a"]);
    failing = false;
    await new Promise((r) => setTimeout(r, 120));
    expect((await gw.chat()).headers.get("x-aigw-route")).toBe("a:200");
    expect((await gw.chat()).headers.get("x-aigw-route")).toBe("a:200");
  });

  test("breaker: when every target is open, the one that reopens soonest is still tried", async () => {
    const world = newWorld(() => ({ kind: "status", status: 500 }));
    const breaker = { minRequests: 1, failureRatio: 0.5, cooldownMs: 60_000 };
    const gw = await testGateway(
      [{ id: "r", plugin: "router-fallback", targets: ["a", "b"], config: { breaker } }, ...leaves("a", "b")],
      world,
    );
    await gw.chat(); // a fails (opens), then b fails (opens, later)
    world.journal.length = 0;
    const out = await gw.chat();
    expect(world.journal).toEqual(["a"]);
    expect(out.record.tags["r.forced"]).toBe("a");
  });

  test("breaker ignores the request's own 4xx", async () => {
    const world = newWorld((node) => (node === "a" ? { kind: "status", status: 400 } : undefined));
    const gw = await testGateway(
      [
        { id: "r", plugin: "router-fallback", targets: ["a", "b"], config: { breaker: { minRequests: 1 } } },
        ...leaves("a", "b"),
      ],
      world,
    );
    for (let i = 0; i < 5; i++) expect((await gw.chat()).status).toBe(400);
    expect(world.journal).toEqual(["a", "a", "a", "a", "a"]);
  });
});

describe("router-loadbalance", () => {
  test("sticky by an attribute: one key always lands on one target; the failure falls back by weight", async () => {
    const world = newWorld();
    const gw = await testGateway(
      [
        {
          id: "lb",
          plugin: "router-loadbalance",
          targets: ["a", "b", "c"],
          config: { stickyBy: ["header.x-session", "body.user"] },
        },
        ...leaves("a", "b", "c"),
      ],
      world,
    );
    const seen = new Map<string, Set<string>>();
    for (let i = 0; i < 60; i++) {
      const user = `u${i % 6}`;
      const out = await gw.chat({ user });
      const set = seen.get(user) ?? new Set();
      set.add(JSON.parse(out.text).servedBy);
      seen.set(user, set);
    }
    for (const set of seen.values()) expect(set.size).toBe(1);
    const choices = new Set([...seen.values()].map((s) => [...s][0]));
    expect(choices.size).toBeGreaterThan(1);
  });

  test("weight 0 is a fallback only", async () => {
    const world = newWorld((node) => (node === "a" ? { kind: "status", status: 500 } : undefined));
    const gw = await testGateway(
      [
        {
          id: "lb",
          plugin: "router-loadbalance",
          targets: ["a", "b"],
          config: { weights: { b: 0 }, breaker: noBreaker },
        },
        ...leaves("a", "b"),
      ],
      world,
    );
    for (let i = 0; i < 5; i++) expect((await gw.chat()).headers.get("x-aigw-route")).toBe("a:500,b:200");
  });

  test("weights naming unknown targets do not boot", async () => {
    await expect(
      testGateway([
        { id: "lb", plugin: "router-loadbalance", targets: ["a"], config: { weights: { z: 1 } } },
        ...leaves("a"),
      ]),
    ).rejects.toThrow(/"z", which are not among this node's targets/);
  });
});

describe("router-canary", () => {
  test("about `percent` of users go to the canary, each user always to the same side", async () => {
    const world = newWorld();
    const gw = await testGateway(
      [
        {
          id: "cn",
          plugin: "router-canary",
          targets: ["stable", "next"],
          config: { stable: "stable", canary: "next", percent: 20 },
        },
        ...leaves("stable", "next"),
      ],
      world,
    );
    let canary = 0;
    const sides = new Map<string, string>();
    for (let i = 0; i < 400; i++) {
      const user = `user-${i % 200}`;
      const side = JSON.parse((await gw.chat({ user })).text).servedBy as string;
      if (sides.has(user)) expect(sides.get(user)).toBe(side);
      sides.set(user, side);
      if (side === "next") canary++;
    }
    expect(canary / 400).toBeGreaterThan(0.12);
    expect(canary / 400).toBeLessThan(0.28);
  });

  test("the key's id sticks when the body names no user", async () => {
    const gw = await testGateway([
      {
        id: "cn",
        plugin: "router-canary",
        targets: ["s", "c"],
        config: { stable: "s", canary: "c", percent: 0 },
      },
      ...leaves("s", "c"),
    ]);
    expect(JSON.parse((await gw.chat()).text).servedBy).toBe("s");
  });
});

describe("router-latency", () => {
  test("explores untried targets first, then prefers the fastest", async () => {
    const world = newWorld((node) => ({
      kind: "ok",
      delayMs: node === "slow" ? 40 : node === "mid" ? 15 : 1,
    }));
    const gw = await testGateway(
      [
        { id: "lat", plugin: "router-latency", targets: ["slow", "mid", "fast"] },
        ...leaves("slow", "mid", "fast"),
      ],
      world,
    );
    const first = [];
    for (let i = 0; i < 3; i++) first.push(JSON.parse((await gw.chat()).text).servedBy);
    expect(first).toEqual(["slow", "mid", "fast"]);
    for (let i = 0; i < 5; i++) expect(JSON.parse((await gw.chat()).text).servedBy).toBe("fast");
  });
});

describe("router-cost", () => {
  const prices = {
    big: { input: 5, output: 15 },
    small: { input: 0.15, output: 0.6 },
    mid: { input: 0.15, output: 0.6 },
  };

  test("the cheapest target first (ties: configured order), the next cheapest on failure", async () => {
    const world = newWorld((node, n) =>
      node === "mid" && n === 0 ? { kind: "status", status: 500 } : undefined,
    );
    const gw = await testGateway(
      [
        {
          id: "cost",
          plugin: "router-cost",
          targets: ["big", "mid", "small"],
          config: { prices, breaker: noBreaker },
        },
        ...leaves("big", "mid", "small"),
      ],
      world,
    );
    expect((await gw.chat({ max_tokens: 100 })).headers.get("x-aigw-route")).toBe("mid:500,small:200");
    const out = await gw.chat();
    expect(out.headers.get("x-aigw-route")).toBe("mid:200");
    expect(out.record.tags["cost.estimateUsd"]).toBeGreaterThan(0);
  });

  test("a target without a price does not boot", async () => {
    await expect(
      testGateway([
        {
          id: "cost",
          plugin: "router-cost",
          targets: ["a", "b"],
          config: { prices: { a: { input: 1, output: 1 } } },
        },
        ...leaves("a", "b"),
      ]),
    ).rejects.toThrow(/no entry for target/);
  });
});

describe("nesting", () => {
  test("a fallback of a load balance of providers, headers show every leaf attempt", async () => {
    const world = newWorld((node) =>
      node === "k1" || node === "k2" ? { kind: "status", status: 503 } : undefined,
    );
    const gw = await testGateway(
      [
        { id: "top", plugin: "router-fallback", targets: ["pool", "backup"], config: { breaker: noBreaker } },
        { id: "pool", plugin: "router-loadbalance", targets: ["k1", "k2"], config: { breaker: noBreaker } },
        ...leaves("k1", "k2", "backup"),
      ],
      world,
    );
    const out = await gw.chat();
    expect(out.status).toBe(200);
    expect(out.headers.get("x-aigw-attempts")).toBe("3");
    expect(out.headers.get("x-aigw-route")).toMatch(/^(k1:503,k2:503|k2:503,k1:503),backup:200$/);
    expect(out.record.tags).toMatchObject({
      "top.strategy": "fallback",
      "pool.strategy": "loadbalance",
    });
  });
});
