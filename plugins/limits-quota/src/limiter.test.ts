// The limiter on its own, with memory quotas and a price table the test writes.
import { memoryQuotas } from "@aigw/engine";
import type { GatewayRequest, Pricing, RequestRecord } from "@aigw/plugin-api";
import { capturingLogger, sampleRecord } from "@aigw/testkit";
import { describe, expect, it } from "vitest";
import { Limiter } from "./limiter.js";
import { StoreHealth } from "./store-health.js";

const NOW = Date.UTC(2025, 0, 1, 0, 0, 30);

const pricing: Pricing = {
  version: "test",
  price: () => undefined,
  cost: () => undefined,
  costForModel: (model, usage) =>
    model === "priced"
      ? {
          totalUsd: usage.promptTokens * 1e-6 + usage.completionTokens * 2e-6,
          inputUsd: 0,
          outputUsd: 0,
          priceVersion: "test",
        }
      : undefined,
};

function request(model: string, maxTokens = 100): GatewayRequest {
  return {
    endpoint: "chat.completions",
    method: "POST",
    path: "/v1/chat/completions",
    headers: new Headers(),
    body: { model, messages: [{ role: "user", content: "x".repeat(400) }], max_tokens: maxTokens },
    model,
    stream: false,
    metadata: {},
    raw: undefined,
  };
}

function limiter() {
  const quotas = memoryQuotas(() => NOW);
  const logger = capturingLogger();
  const health = new StoreHealth(quotas, logger, () => NOW);
  const l = new Limiter(
    {
      prefix: "p",
      onStoreUnavailable: "open",
      estimate: { charsPerToken: 4, completionTokens: 256, imageTokens: 765 },
    },
    { quotas, pricing, logger, now: () => NOW, health },
  );
  return { l, quotas, logger };
}

describe("Limiter", () => {
  it("reserves a priced request's estimated cost in whole micro-dollars, rounded up", async () => {
    const { l, quotas } = limiter();
    const admission = await l.admit(request("priced"), [
      { scope: "team", id: "t", budget: { limitUsd: 1, period: "daily" } },
    ]);
    expect(admission.kind).toBe("admit");
    // (400 + 16) / 4 = 104 prompt tokens at $1/M + 100 completion at $2/M = 304 micro-dollars.
    const key = "p:usd:team:t:d20089";
    expect(await quotas.read([key])).toEqual([304]);
  });

  it("reserves nothing for a model with no price, and logs that once per model", async () => {
    const { l, quotas, logger } = limiter();
    const policies = [{ scope: "key" as const, id: "k", budget: { limitUsd: 0, period: "total" as const } }];
    for (let i = 0; i < 3; i++) expect((await l.admit(request("unpriced"), policies)).kind).toBe("admit");
    expect(await quotas.read(["p:usd:key:k:all"])).toEqual([0]);
    expect(logger.entries.filter((e) => e.message?.includes("no price"))).toHaveLength(1);
  });

  it("settles a cache hit as free: no tokens, no cost", async () => {
    const { l, quotas } = limiter();
    const policies = [
      {
        scope: "key" as const,
        id: "k",
        tokensPerDay: 10_000,
        budget: { limitUsd: 1, period: "monthly" as const },
      },
    ];
    const admission = await l.admit(request("priced"), policies);
    if (admission.kind !== "admit") throw new Error("not admitted");
    const record: RequestRecord = {
      ...sampleRecord(),
      cache: { status: "hit" },
      tokens: { prompt: 10, completion: 10, total: 20 },
    };
    await l.settle(admission.reservation, record);
    expect(await quotas.read(["p:tpd:key:k:d20089", "p:usd:key:k:M2025-01"])).toEqual([0, 0]);
  });
});
