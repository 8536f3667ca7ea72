// Through the engine, as a user runs it: the limits node after a principal, in front of a
// provider, on quotas in memory and a clock the test moves.

import { memoryQuotas } from "@aigw/engine";
import type { QuotaAdjustment, QuotaBucket, Quotas } from "@aigw/plugin-api";
import { afterEach, describe, expect, it } from "vitest";
import { counterKey } from "./buckets.js";
import { T0, type TestGateway, testGateway } from "./testing/gateway.js";
import { windowAt } from "./windows.js";

let t: TestGateway | undefined;
afterEach(async () => {
  await t?.gateway.close();
  t = undefined;
});

const key = (id: string, quotas: object, extra: object = {}) => ({
  keyId: id,
  quotas: [{ scope: "key", id, ...quotas }],
  ...extra,
});

async function read(
  g: TestGateway,
  kind: "rpm" | "tpm" | "usd",
  scope: string,
  id: string,
  window = "minute",
) {
  const w = windowAt(window as "minute", g.clock.now());
  const [value] = await g.quotas.read([counterKey("limits", kind, scope, id, w.id)]);
  return value;
}

describe("requests per minute", () => {
  it("admits the limit, refuses the next with 429, Retry-After and OpenAI's headers, and admits again next minute", async () => {
    t = await testGateway();
    const caller = key("k1", { requestsPerMinute: 3 });
    for (let i = 0; i < 3; i++) {
      const ok = await t.chat(caller);
      expect(ok.status).toBe(200);
      expect(ok.headers.get("x-ratelimit-limit-requests")).toBe("3");
      expect(ok.headers.get("x-ratelimit-remaining-requests")).toBe(String(2 - i));
      expect(ok.headers.get("x-ratelimit-reset-requests")).toBe("50s");
    }
    const refused = await t.chat(caller);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("50");
    expect(refused.headers.get("x-ratelimit-remaining-requests")).toBe("0");
    const body = (await refused.json()) as { error: Record<string, unknown> };
    expect(body.error).toMatchObject({ type: "rate_limit_error", code: "rate_limited" });
    expect(body.error.message).toBe(
      "Rate limit reached for key 'k1' on requests per minute: limit 3, used 3, requested 1. Try again in 50s.",
    );
    expect(t.provider.calls()).toBe(3);
    await t.gateway.idle();
    const record = t.records.at(-1)!;
    expect(record.error?.code).toBe("rate_limited");
    expect(record.tags).toMatchObject({ limit: "key:rpm" });
    t.clock.advance(50_000);
    expect((await t.chat(caller)).status).toBe(200);
  });

  it("checks every scope in one reservation: the team's limit refuses a key that has room", async () => {
    t = await testGateway();
    const caller = (id: string) => ({
      keyId: id,
      team: "t",
      quotas: [
        { scope: "key", id, requestsPerMinute: 10 },
        { scope: "team", id: "t", requestsPerMinute: 2 },
      ],
    });
    expect((await t.chat(caller("a"))).status).toBe(200);
    expect((await t.chat(caller("b"))).status).toBe(200);
    const refused = await t.chat(caller("c"));
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain("team 't'");
    // Nothing was added to the key's counter of the refused request.
    expect(await read(t, "rpm", "key", "c")).toBe(0);
  });

  it("leaves a caller without a principal or without quotas alone", async () => {
    t = await testGateway();
    const anonymous = await t.chat(undefined);
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers.get("x-ratelimit-limit-requests")).toBeNull();
    expect((await t.chat({ keyId: "free" })).headers.get("x-ratelimit-limit-requests")).toBeNull();
  });

  it("applies `defaults` to a key that has no limits of its own", async () => {
    t = await testGateway({ defaults: { requestsPerMinute: 1 } });
    expect((await t.chat({ keyId: "d" })).status).toBe(200);
    expect((await t.chat({ keyId: "d" })).status).toBe(429);
    // A key with its own limits keeps them.
    expect((await t.chat(key("own", { requestsPerMinute: 5 }))).status).toBe(200);
    expect((await t.chat(key("own", { requestsPerMinute: 5 }))).status).toBe(200);
  });
});

describe("tokens", () => {
  it("reserves the estimate and settles to the real usage, for JSON and for streams", async () => {
    t = await testGateway();
    const caller = key("k", { tokensPerMinute: 100_000 });
    const ok = await t.chat(caller, { body: { max_tokens: 100 } });
    // The estimate: 5 characters of text and a message's framing (21 / 4 -> 6) + max_tokens.
    expect(ok.headers.get("x-ratelimit-remaining-tokens")).toBe(String(100_000 - 106));
    await t.gateway.idle();
    expect(await read(t, "tpm", "key", "k")).toBe(1500);
    const stream = await t.chat(caller, { stream: true, headers: { "x-test-usage": "70,30" } });
    expect(stream.status).toBe(200);
    await stream.text();
    await t.gateway.idle();
    expect(await read(t, "tpm", "key", "k")).toBe(1600);
  });

  it("refuses a request whose estimate does not fit, naming the tokens", async () => {
    t = await testGateway();
    const caller = key("k", { tokensPerMinute: 1000 });
    const refused = await t.chat(caller, { body: { max_completion_tokens: 2000 } });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("x-ratelimit-limit-tokens")).toBe("1000");
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
      /tokens per minute: limit 1000, used 0, requested 2006/,
    );
    expect(t.provider.calls()).toBe(0);
  });

  it("gives a failed request's tokens and cost back, and keeps its request counted", async () => {
    t = await testGateway();
    const caller = key("k", {
      requestsPerMinute: 10,
      tokensPerMinute: 10_000,
      budget: { limitUsd: 1, period: "daily" },
    });
    const failed = await t.chat(caller, { headers: { "x-test-fail": "500" } });
    expect(failed.status).toBe(500);
    await t.gateway.idle();
    expect(await read(t, "rpm", "key", "k")).toBe(1);
    expect(await read(t, "tpm", "key", "k")).toBe(0);
    expect(await read(t, "usd", "key", "k", "day")).toBe(0);
  });
});

describe("budgets", () => {
  it("refuses with 429 budget_exceeded (insufficient_quota) before the provider once the estimate would pass the cap", async () => {
    t = await testGateway();
    // Each answer costs 1000 x $2.5/M + 500 x $10/M = $0.0075; the estimate of the next, with
    // max_tokens 500, is 6 x $2.5/M + 500 x $10/M = $0.005015.
    const caller = key("k", { budget: { limitUsd: 0.02, period: "monthly" } });
    const body = { max_tokens: 500 };
    expect((await t.chat(caller, { body })).status).toBe(200);
    await t.gateway.idle();
    expect((await t.chat(caller, { body })).status).toBe(200);
    await t.gateway.idle();
    expect(await read(t, "usd", "key", "k", "month")).toBe(15_000);
    const refused = await t.chat(caller, { body });
    expect(refused.status).toBe(429);
    const error = ((await refused.json()) as { error: Record<string, unknown> }).error;
    expect(error).toMatchObject({ type: "insufficient_quota", code: "budget_exceeded" });
    expect(error.message).toMatch(
      /^Budget exceeded for key 'k': \$0\.02 per month, \$0\.015 spent, this request may cost up to \$0\.005015\. It resets in /,
    );
    expect(t.provider.calls()).toBe(2);
    await t.gateway.idle();
    expect(t.records.at(-1)!.tags).toMatchObject({ limit: "key:usd" });
  });
});

/** Quotas whose calls fail with `store_unavailable` while `down` is set. */
function switchable(inner: Quotas): Quotas & { down: boolean } {
  const fail = () =>
    Promise.reject(Object.assign(new Error("quota store unavailable"), { code: "store_unavailable" }));
  return {
    down: false,
    shared: false,
    reserve(buckets: readonly QuotaBucket[]) {
      return this.down ? fail() : inner.reserve(buckets);
    },
    adjust(changes: readonly QuotaAdjustment[]) {
      return this.down ? fail() : inner.adjust(changes);
    },
    read(keys: readonly string[]) {
      return this.down ? fail() : inner.read(keys);
    },
  };
}

describe("the quota store away", () => {
  it("open: requests flow, tagged, and their usage is counted once the store is back", async () => {
    let now = T0;
    const store = switchable(memoryQuotas(() => now));
    t = await testGateway({ onStoreUnavailable: "open" }, { quotas: store });
    now = t.clock.now();
    const caller = key("k", { requestsPerMinute: 100, tokensPerMinute: 100_000 });
    store.down = true;
    for (let i = 0; i < 3; i++) expect((await t.chat(caller)).status).toBe(200);
    await t.gateway.idle();
    expect(t.records.at(-1)!.tags).toMatchObject({ limits_store: "unavailable" });
    store.down = false;
    const ok = await t.chat(caller);
    expect(ok.status).toBe(200);
    await t.gateway.idle();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await read(t, "rpm", "key", "k")).toBe(4);
    expect(await read(t, "tpm", "key", "k")).toBe(4 * 1500);
  });

  it("closed: 503 store_unavailable, and service resumes without a restart", async () => {
    const store = switchable(memoryQuotas(() => T0));
    t = await testGateway({ onStoreUnavailable: "closed" }, { quotas: store });
    const caller = key("k", { requestsPerMinute: 100 });
    store.down = true;
    const refused = await t.chat(caller);
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("store_unavailable");
    expect(t.provider.calls()).toBe(0);
    store.down = false;
    expect((await t.chat(caller)).status).toBe(200);
  });
});

describe("admin routes", () => {
  it("serves one scope's counters against its limits, behind a viewer token", async () => {
    t = await testGateway();
    const caller = key("k", { requestsPerMinute: 5, budget: { limitUsd: 2, period: "daily" } });
    await t.chat(caller);
    await t.gateway.idle();
    const view = await (await t.admin("/admin/spend/limits?scope=key&id=k")).json();
    expect(view).toMatchObject({
      scope: "key",
      id: "k",
      shared: false,
      counters: expect.arrayContaining([
        { kind: "requests", window: "minute", used: 1, limit: 5, resets_in_ms: 50_000 },
        expect.objectContaining({ kind: "tokens", window: "minute", used: 0, limit: null }),
      ]),
      budgets: expect.arrayContaining([
        expect.objectContaining({ period: "daily", spent_usd: 0.0075, limit_usd: 2 }),
      ]),
    });
    expect((await t.admin("/admin/spend/limits?scope=key&id=k", "wrong")).status).toBe(401);
    const bad = await t.admin("/admin/spend/limits?scope=org&id=k");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { param: string } }).error.param).toBe("scope");
  });

  it("answers /admin/spend with a clear 404 when no ledger is configured", async () => {
    t = await testGateway();
    const response = await t.admin("/admin/spend?group_by=key");
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/postgres/);
    expect((await t.admin("/admin/spend?group_by=org")).status).toBe(400);
  });
});
