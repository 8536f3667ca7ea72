/**
 * Redis going away under the services, on a redis-server of this test's own: while it is dead
 * (killed) every quota, store and bus call rejects with `store_unavailable` at once; while it
 * hangs (paused) each call fails after the command timeout; started again on the same port,
 * calls succeed without a new connection being made by hand, and the bus delivers again after
 * telling its subscribers to resync. The outage is logged once, and its end once.
 */
import { GatewayError, type Logger } from "@aigw/plugin-api";
import { afterAll, describe, expect, test } from "vitest";
import { type OwnRedis, startOwnRedis } from "../testing/redis-server.js";
import { type RedisServices, redisServices } from "./redis-services.js";

const TIMEOUT_MS = 250;
const MINUTE = 60_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function keepingLogger(): Logger & { lines: { level: string; message: string | undefined }[] } {
  const lines: { level: string; message: string | undefined }[] = [];
  const logger = {
    lines,
    debug: (_: Record<string, unknown>, message?: string) => lines.push({ level: "debug", message }),
    info: (_: Record<string, unknown>, message?: string) => lines.push({ level: "info", message }),
    warn: (_: Record<string, unknown>, message?: string) => lines.push({ level: "warn", message }),
    error: (_: Record<string, unknown>, message?: string) => lines.push({ level: "error", message }),
    child: () => logger,
  };
  return logger;
}

/** How long `call` took to reject, and with what. */
async function rejection(call: () => Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const start = performance.now();
  try {
    await call();
  } catch (error) {
    return { error, ms: performance.now() - start };
  }
  throw new Error("expected the call to reject");
}

/** Retries `call` until it resolves (the client reconnects on its own schedule). */
async function eventually<T>(call: () => Promise<T>, deadlineMs = 15_000): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(50);
    }
  }
}

let redis: OwnRedis | undefined;
let services: RedisServices | undefined;

afterAll(async () => {
  redis?.resume();
  await services?.close();
  await redis?.stop();
});

describe("Redis going away and coming back", () => {
  test("calls fail fast with store_unavailable while it is away, and succeed again once it is back", async () => {
    redis = await startOwnRedis();
    const logger = keepingLogger();
    const s = await redisServices(redis.url, { commandTimeoutMs: TIMEOUT_MS });
    services = s;
    s.report(logger);
    const store = s.stores.open("outage");
    const bucket = { key: "rpm", limit: 100, amount: 1, ttlMs: MINUTE };
    let resyncs = 0;
    const received: string[] = [];
    s.bus.subscribe("changes", (m) => received.push(m), { onResync: () => resyncs++ });
    await eventually(async () => {
      await s.bus.publish("changes", "hello");
      if (!received.includes("hello")) throw new Error("not subscribed yet");
    });
    expect(await s.quotas.reserve([bucket])).toEqual({ admitted: true, values: [1] });
    await store.set("k", "v");

    await redis.kill();
    // The client learns of the closed socket within a moment; from then on nothing waits.
    await sleep(50);
    const calls: [string, () => Promise<unknown>][] = [
      ["reserve", () => s.quotas.reserve([bucket])],
      ["adjust", () => s.quotas.adjust([{ key: "rpm", delta: -1, ttlMs: MINUTE }])],
      ["read", () => s.quotas.read(["rpm"])],
      ["publish", () => s.bus.publish("changes", "lost")],
      ["store get", () => store.get("k")],
      ["store set", () => store.set("k", "w")],
      ["store increment", () => store.increment("n", 1)],
    ];
    for (const [name, call] of calls) {
      for (let i = 0; i < 3; i++) {
        const { error, ms } = await rejection(call);
        expect(error, name).toBeInstanceOf(GatewayError);
        expect((error as GatewayError).code, name).toBe("store_unavailable");
        expect((error as GatewayError).status, name).toBe(503);
        expect(ms, name).toBeLessThan(TIMEOUT_MS);
      }
    }

    await redis.start();
    // Nothing was kept on disk: the counter starts again.
    expect(await eventually(() => s.quotas.reserve([bucket]))).toEqual({ admitted: true, values: [1] });
    expect(await s.quotas.read(["rpm"])).toEqual([1]);
    await store.set("k", "again");
    expect(await store.get("k")).toBe("again");
    await eventually(async () => {
      if (resyncs === 0) throw new Error("no resync yet");
    });
    await s.bus.publish("changes", "after");
    await eventually(async () => {
      if (!received.includes("after")) throw new Error("not delivered yet");
    });
    expect(received).not.toContain("lost");
    expect(resyncs).toBe(1);
    // Logged once when it went, once when it came back (plugins warn of what they do meanwhile).
    expect(logger.lines.filter((l) => l.level === "warn" || l.level === "error")).toEqual([]);
    expect(logger.lines.map((l) => l.message)).toEqual([
      "Redis unreachable: store, quota and bus calls fail with store_unavailable until it returns",
      "Redis reachable again",
    ]);
  }, 60_000);

  test("a Redis that hangs fails each call after the command timeout, and answers again when it resumes", async () => {
    redis ??= await startOwnRedis();
    const s = services ?? (await redisServices(redis.url, { commandTimeoutMs: TIMEOUT_MS }));
    services = s;
    const bucket = { key: "hang", limit: 100, amount: 1, ttlMs: MINUTE };
    await eventually(() => s.quotas.reserve([bucket]));
    redis.pause();
    const { error, ms } = await rejection(() => s.quotas.reserve([bucket]));
    redis.resume();
    expect(error).toBeInstanceOf(GatewayError);
    expect((error as GatewayError).code).toBe("store_unavailable");
    expect((error as GatewayError).message).toContain(`did not answer within ${TIMEOUT_MS} ms`);
    expect(ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 5);
    expect(ms).toBeLessThan(TIMEOUT_MS + 200);
    // The reservation that timed out was applied once Redis resumed: it counts (errs on the safe side).
    expect((await eventually(() => s.quotas.reserve([bucket]))).values).toEqual([3]);
  }, 30_000);
});
