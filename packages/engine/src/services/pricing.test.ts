// The pricing service: the shipped table is valid; lookups (exact over prefix, longest prefix,
// overrides, the `vendor/model` fallback, unknown models) agree with a brute-force reference on
// random tables; costs are never negative, grow with every count, add up, and price a cached
// token no higher than an uncached one; bad overrides are reported at their config path.
import { readFileSync } from "node:fs";
import type { ModelPrice, PricedUsage, PriceTable } from "@aigw/plugin-api";
import { priceTable } from "@aigw/schemas/prices";
import { validatePriceTable } from "@aigw/schemas/validators";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../config/config-error.js";
import { MEMO_LIMIT } from "./model-lookup.js";
import { costOf, roundUsd } from "./price-cost.js";
import { createPricing, loadPricing, OVERRIDDEN_VERSION_SUFFIX } from "./pricing.js";

const table = (providers: PriceTable["providers"], version = "2026-01-01"): PriceTable => ({
  version,
  providers,
});

describe("the shipped price table", () => {
  it("validates against its schema and is what schemas/prices.json says", () => {
    expect(validatePriceTable(priceTable), JSON.stringify(validatePriceTable.errors)).toBe(true);
    const file = JSON.parse(
      readFileSync(new URL("../../../../schemas/prices.json", import.meta.url), "utf8"),
    );
    expect(priceTable).toEqual(file);
    expect(priceTable.version).toMatch(/^\d{4}-\d{2}-\d{2}/);
  });

  it("prices every provider label the bundled providers record", () => {
    const pricing = loadPricing();
    for (const [provider, model] of [
      ["openai", "gpt-4o-mini"],
      ["azure", "gpt-4o"],
      ["anthropic", "claude-sonnet-4-5-20250929"],
      ["bedrock", "us.anthropic.claude-3-5-sonnet-20241022-v2:0"],
      ["google", "gemini-2.5-flash"],
      ["mistral", "mistral-small-latest"],
      ["cohere", "command-a-03-2025"],
      ["groq", "llama-3.3-70b-versatile"],
      ["deepseek", "deepseek-chat"],
      ["together", "meta-llama/Llama-3.3-70B-Instruct-Turbo"],
      ["xai", "grok-4"],
      ["mock", "mock"],
    ] as const) {
      expect(pricing.price(provider, model), `${provider} ${model}`).toBeDefined();
    }
  });

  it("charges Anthropic cache writes at 1.25x and reads at 0.1x the input price", () => {
    const pricing = loadPricing();
    for (const model of ["claude-haiku-4-5", "claude-sonnet-4-20250514", "claude-opus-4-1-20250805"]) {
      const price = pricing.price("anthropic", model)!;
      expect(price.cacheWrite).toBeCloseTo(price.input! * 1.25, 10);
      expect(price.cachedInput).toBeCloseTo(price.input! * 0.1, 10);
    }
  });

  it("tells dated snapshots and neighbouring families apart", () => {
    const pricing = loadPricing();
    expect(pricing.price("openai", "gpt-4o-2024-05-13")?.input).toBe(5);
    expect(pricing.price("openai", "gpt-4o-2024-08-06")?.input).toBe(2.5);
    expect(pricing.price("openai", "gpt-4.1-mini-2025-04-14")?.input).toBe(0.4);
    expect(pricing.price("openai", "o3-mini-2025-01-31")?.input).toBe(1.1);
    expect(pricing.price("openai", "o3-pro")).toBeUndefined();
    expect(pricing.price("anthropic", "claude-opus-4-20250514")?.input).toBe(15);
    expect(pricing.price("anthropic", "claude-opus-4-5-20251101")?.input).toBe(5);
    expect(pricing.price("anthropic", "claude-opus-4-9")).toBeUndefined();
    expect(pricing.price("google", "gemini-2.5-flash-lite")?.input).toBe(0.1);
  });
});

describe("lookups", () => {
  const pricing = createPricing(
    table({
      openai: {
        "gpt-4o": { input: 2.5, output: 10 },
        "gpt-4o*": { input: 99, output: 99 },
        "gpt-4o-mini*": { input: 0.15, output: 0.6 },
        "gpt-*": { input: 1, output: 1 },
      },
    }),
  );

  it("takes an exact id over any prefix, and the longest prefix over a shorter one", () => {
    expect(pricing.price("openai", "gpt-4o")?.input).toBe(2.5);
    expect(pricing.price("openai", "gpt-4o-mini-2024-07-18")?.input).toBe(0.15);
    expect(pricing.price("openai", "gpt-4o-audio-preview")?.input).toBe(99);
    expect(pricing.price("openai", "gpt-3.5-turbo")?.input).toBe(1);
  });

  it("retries without a vendor prefix, but an id with a / matches as given first", () => {
    expect(pricing.price("openai", "openai/gpt-4o")?.input).toBe(2.5);
    expect(pricing.price("openai", "a/b/gpt-4o-mini")?.input).toBe(0.15);
    const groq = createPricing(
      table({ groq: { "openai/gpt-oss-120b": { input: 0.15 }, "gpt-oss-120b": { input: 7 } } }),
    );
    expect(groq.price("groq", "openai/gpt-oss-120b")?.input).toBe(0.15);
    expect(groq.price("groq", "other/gpt-oss-120b")?.input).toBe(7);
  });

  it("has nothing for an unknown model or provider", () => {
    expect(pricing.price("openai", "o1")).toBeUndefined();
    expect(pricing.price("openai", "openai/")).toBeUndefined();
    expect(pricing.price("anthropic", "gpt-4o")).toBeUndefined();
    expect(pricing.price("__proto__", "gpt-4o")).toBeUndefined();
    expect(pricing.cost("openai", "o1", { promptTokens: 10, completionTokens: 10 })).toBeUndefined();
  });

  it("returns prices nobody can change", () => {
    const price = pricing.price("openai", "gpt-4o")!;
    expect(Object.isFrozen(price)).toBe(true);
    expect(() => {
      (price as { input?: number }).input = 0;
    }).toThrow();
    expect(pricing.price("openai", "gpt-4o")?.input).toBe(2.5);
  });

  it("keeps answering right past the memo's bound", () => {
    for (let i = 0; i < MEMO_LIMIT * 2 + 10; i++) {
      expect(pricing.price("openai", `gpt-x${i}`)?.input).toBe(1);
      expect(pricing.price("openai", `o${i}`)).toBeUndefined();
    }
    expect(pricing.price("openai", "gpt-4o")?.input).toBe(2.5);
  });

  it("agrees with a brute-force reference on random tables", () => {
    const id = fc.stringMatching(/^[a-c/-]{0,6}$/);
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.tuple(id, fc.boolean()).map(([s, prefix]) => (prefix ? `${s}*` : s)),
          fc.nat(100),
        ),
        fc.array(id, { maxLength: 20 }),
        (entries, models) => {
          const pricing = createPricing(
            table({ p: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, { input: v }])) }),
          );
          for (const model of models) {
            const direct = reference(entries, model);
            const bare = model.slice(model.lastIndexOf("/") + 1);
            const want = direct ?? (model.includes("/") ? reference(entries, bare) : undefined);
            expect(pricing.price("p", model)?.input).toBe(want);
            // Twice: the memoised answer is the same.
            expect(pricing.price("p", model)?.input).toBe(want);
          }
        },
      ),
    );
  });
});

/** Exact, else the longest matching prefix (ties cannot happen: equal prefixes are one key). */
function reference(entries: Record<string, number>, model: string): number | undefined {
  if (Object.hasOwn(entries, model)) return entries[model];
  let best: [string, number] | undefined;
  for (const [key, value] of Object.entries(entries)) {
    if (!key.endsWith("*")) continue;
    const prefix = key.slice(0, -1);
    if (model.startsWith(prefix) && (!best || prefix.length > best[0].length)) best = [prefix, value];
  }
  return best?.[1];
}

describe("overrides", () => {
  const base = table({
    openai: { "gpt-4o": { input: 2.5, output: 10 }, "gpt-4o*": { input: 5, output: 15 } },
  });

  it("replace the built-in entry of the same id, add new ids and providers, and mark the version", () => {
    const pricing = createPricing(base, {
      openai: { "gpt-4o": { input: 2 }, "o9*": { input: 3 } },
      openrouter: { "openai/gpt-4o": { input: 2.6, output: 10.4 } },
    });
    expect(pricing.price("openai", "gpt-4o")).toEqual({ input: 2 });
    expect(pricing.price("openai", "gpt-4o-2024-08-06")?.input).toBe(5);
    expect(pricing.price("openai", "o9-mini")?.input).toBe(3);
    expect(pricing.price("openrouter", "openai/gpt-4o")?.output).toBe(10.4);
    expect(pricing.version).toBe(`2026-01-01${OVERRIDDEN_VERSION_SUFFIX}`);
    expect(pricing.cost("openai", "gpt-4o", { promptTokens: 1, completionTokens: 0 })?.priceVersion).toBe(
      pricing.version,
    );
  });

  it("do not shadow a built-in exact id with an override prefix", () => {
    const pricing = createPricing(base, { openai: { "gpt-4*": { input: 1 } } });
    expect(pricing.price("openai", "gpt-4o")?.input).toBe(2.5);
    expect(pricing.price("openai", "gpt-4-turbo")?.input).toBe(1);
  });

  it("leave the version alone when they change nothing", () => {
    expect(createPricing(base).version).toBe("2026-01-01");
    expect(createPricing(base, {}).version).toBe("2026-01-01");
    expect(createPricing(base, { openai: {} }).version).toBe("2026-01-01");
  });
});

describe("loadPricing", () => {
  it("is the built-in table without overrides", () => {
    const pricing = loadPricing();
    expect(pricing.version).toBe(priceTable.version);
    expect(pricing.price("openai", "gpt-4o")).toEqual(priceTable.providers.openai!["gpt-4o"]);
  });

  it("applies valid overrides on the built-in table", () => {
    const pricing = loadPricing({ openai: { "gpt-4o": { input: 2, output: 8 } } });
    expect(pricing.price("openai", "gpt-4o")).toEqual({ input: 2, output: 8 });
    expect(pricing.price("openai", "gpt-4o-mini")).toEqual(priceTable.providers.openai!["gpt-4o-mini"]);
    expect(pricing.version).toBe(`${priceTable.version}${OVERRIDDEN_VERSION_SUFFIX}`);
  });

  it.each([
    [{ openai: { "gpt-4o": { input: -1 } } }, "/pricing/overrides/openai/gpt-4o/input", ">= 0"],
    [{ openai: { "gpt-4o": { input: "2.5" } } }, "/pricing/overrides/openai/gpt-4o/input", "must be number"],
    [
      { openai: { "gpt-4o": { inptu: 2.5 } } },
      "/pricing/overrides/openai/gpt-4o/inptu",
      'unknown field "inptu"',
    ],
    [{ groq: { "openai/gpt-oss": [] } }, "/pricing/overrides/groq/openai~1gpt-oss", "must be object"],
    [{ openai: 3 }, "/pricing/overrides/openai", "must be object"],
    [[], "/pricing/overrides", "must be object"],
  ])("reports a bad override at its config path: %j", (overrides, path, message) => {
    let error: unknown;
    try {
      loadPricing(overrides);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const issues = (error as ConfigError).issues;
    expect(issues).toContainEqual(
      expect.objectContaining({ path, message: expect.stringContaining(message) }),
    );
    expect((error as Error).message).toContain(path);
  });
});

describe("cost", () => {
  const version = "v1";

  it("splits the prompt into uncached, cache reads and cache writes, each at its price", () => {
    const price: ModelPrice = { input: 3, cachedInput: 0.3, cacheWrite: 3.75, output: 15 };
    expect(
      costOf(
        price,
        { promptTokens: 1209, completionTokens: 393, cachedTokens: 1000, cacheWriteTokens: 188 },
        version,
      ),
    ).toEqual({
      totalUsd: 0.006963,
      inputUsd: 0.000063,
      cachedInputUsd: 0.0003,
      cacheWriteUsd: 0.000705,
      outputUsd: 0.005895,
      priceVersion: version,
    });
  });

  it("charges cache reads and writes as input, and reasoning as output, when not priced apart", () => {
    const cost = costOf(
      { input: 2, output: 8 },
      {
        promptTokens: 1_000_000,
        completionTokens: 1_000_000,
        cachedTokens: 250_000,
        cacheWriteTokens: 250_000,
        reasoningTokens: 900_000,
      },
      version,
    );
    expect(cost).toEqual({
      totalUsd: 10,
      inputUsd: 1,
      cachedInputUsd: 0.5,
      cacheWriteUsd: 0.5,
      outputUsd: 8,
      priceVersion: version,
    });
  });

  it("charges reasoning apart when priced, the rest of the completion as output", () => {
    expect(
      costOf(
        { input: 1, output: 4, reasoning: 10 },
        { promptTokens: 0, completionTokens: 1000, reasoningTokens: 400 },
        version,
      ),
    ).toEqual({
      totalUsd: 0.0064,
      inputUsd: 0,
      outputUsd: 0.0024,
      reasoningUsd: 0.004,
      priceVersion: version,
    });
  });

  it("puts per-request, per-image, per-second and per-character charges in requestUsd", () => {
    expect(costOf({ perImage: 0.04 }, { promptTokens: 12, completionTokens: 0, images: 3 }, version)).toEqual(
      {
        totalUsd: 0.12,
        inputUsd: 0,
        outputUsd: 0,
        requestUsd: 0.12,
        priceVersion: version,
      },
    );
    expect(
      costOf({ perSecond: 0.0001 }, { promptTokens: 0, completionTokens: 0, seconds: 61.5 }, version)
        .requestUsd,
    ).toBe(0.00615);
    expect(
      costOf(
        { perMillionCharacters: 15 },
        { promptTokens: 0, completionTokens: 0, characters: 1234 },
        version,
      ).requestUsd,
    ).toBe(0.01851);
    expect(
      costOf({ input: 1, perRequest: 0.005 }, { promptTokens: 0, completionTokens: 0 }, version).requestUsd,
    ).toBe(0.005);
    // No unit of a per-unit price in the usage: no requestUsd at all.
    expect(costOf({ perImage: 0.04 }, { promptTokens: 5, completionTokens: 0 }, version)).not.toHaveProperty(
      "requestUsd",
    );
  });

  it("rounds each part to 10 decimal places", () => {
    const cost = costOf(
      { input: 0.1, output: 0.2 },
      { promptTokens: 1_000_000, completionTokens: 1_000_000 },
      version,
    );
    expect(cost.totalUsd).toBe(0.3);
    expect(roundUsd(0.1 + 0.2)).toBe(0.3);
    expect(roundUsd(1 / 3)).toBe(0.3333333333);
    expect(costOf({ input: 0.15 }, { promptTokens: 7, completionTokens: 0 }, version).inputUsd).toBe(
      0.00000105,
    );
  });

  it("counts nonsense as nothing and caps the parts at their whole", () => {
    const weird: PricedUsage = {
      promptTokens: 100,
      completionTokens: Number.NaN,
      cachedTokens: 500,
      cacheWriteTokens: -3,
      reasoningTokens: Number.POSITIVE_INFINITY,
      images: -1,
    };
    expect(
      costOf({ input: 1, cachedInput: 0.5, output: 2, reasoning: 3, perImage: 1 }, weird, version),
    ).toEqual({
      totalUsd: 0.00005,
      inputUsd: 0,
      cachedInputUsd: 0.00005,
      outputUsd: 0,
      priceVersion: version,
    });
  });
});

const price: fc.Arbitrary<ModelPrice> = fc.record(
  {
    input: fc.double({ min: 0, max: 200, noNaN: true }),
    output: fc.double({ min: 0, max: 600, noNaN: true }),
    cachedInput: fc.double({ min: 0, max: 200, noNaN: true }),
    cacheWrite: fc.double({ min: 0, max: 300, noNaN: true }),
    reasoning: fc.double({ min: 0, max: 600, noNaN: true }),
    perRequest: fc.double({ min: 0, max: 1, noNaN: true }),
    perImage: fc.double({ min: 0, max: 1, noNaN: true }),
    perSecond: fc.double({ min: 0, max: 0.01, noNaN: true }),
    perMillionCharacters: fc.double({ min: 0, max: 100, noNaN: true }),
  },
  { requiredKeys: [] },
);

const tokens = fc.nat(5_000_000);
const usage: fc.Arbitrary<PricedUsage> = fc.record(
  {
    promptTokens: tokens,
    completionTokens: tokens,
    cachedTokens: tokens,
    cacheWriteTokens: tokens,
    reasoningTokens: tokens,
    images: fc.nat(20),
    seconds: fc.double({ min: 0, max: 36_000, noNaN: true }),
    characters: fc.nat(1_000_000),
  },
  { requiredKeys: ["promptTokens", "completionTokens"] },
);

const PARTS = [
  "inputUsd",
  "cachedInputUsd",
  "cacheWriteUsd",
  "outputUsd",
  "reasoningUsd",
  "requestUsd",
] as const;

describe("cost properties", () => {
  it("is never negative, and the total is the sum of the parts", () => {
    fc.assert(
      fc.property(price, usage, (p, u) => {
        const cost = costOf(p, u, "v");
        const parts = PARTS.map((part) => cost[part] ?? 0);
        for (const part of parts) expect(part).toBeGreaterThanOrEqual(0);
        const sum = parts.reduce((a, b) => a + b, 0);
        expect(cost.totalUsd).toBe(roundUsd(sum));
        expect(Math.abs(cost.totalUsd - sum)).toBeLessThanOrEqual(1e-9);
      }),
    );
  });

  it("never falls when any count grows", () => {
    const counts = ["promptTokens", "completionTokens", "images", "seconds", "characters"] as const;
    fc.assert(
      fc.property(price, usage, fc.constantFrom(...counts), fc.nat(1_000_000), (p, u, field, more) => {
        const before = costOf(p, u, "v").totalUsd;
        const after = costOf(p, { ...u, [field]: (u[field] ?? 0) + more }, "v").totalUsd;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it("charges a cached token no more than an uncached one when cachedInput <= input", () => {
    fc.assert(
      fc.property(price, usage, (p, u) => {
        const priced = { ...p, cachedInput: Math.min(p.cachedInput ?? 0, p.input ?? 0) };
        const cached = Math.min(u.cachedTokens ?? 0, u.promptTokens);
        const writes = Math.min(u.cacheWriteTokens ?? 0, u.promptTokens - cached);
        fc.pre(cached + writes < u.promptTokens);
        const moved = { ...u, cachedTokens: cached + 1, cacheWriteTokens: writes };
        const before = costOf(priced, { ...u, cachedTokens: cached, cacheWriteTokens: writes }, "v").totalUsd;
        // Within rounding: each of the two parts that change may round up by one unit.
        expect(costOf(priced, moved, "v").totalUsd).toBeLessThanOrEqual(before + 2e-10);
      }),
    );
  });

  it("lists only the parts that apply, inputUsd and outputUsd always", () => {
    fc.assert(
      fc.property(price, usage, (p, u) => {
        const cost = costOf(p, u, "v");
        expect(cost).toHaveProperty("inputUsd");
        expect(cost).toHaveProperty("outputUsd");
        expect("cachedInputUsd" in cost).toBe(Math.min(u.cachedTokens ?? 0, u.promptTokens) > 0);
        expect("reasoningUsd" in cost).toBe(
          p.reasoning !== undefined && Math.min(u.reasoningTokens ?? 0, u.completionTokens) > 0,
        );
        if (p.perRequest !== undefined) expect(cost).toHaveProperty("requestUsd");
        const unitCharges = [p.perRequest, p.perImage, p.perSecond, p.perMillionCharacters];
        if (unitCharges.every((c) => c === undefined)) expect(cost).not.toHaveProperty("requestUsd");
      }),
    );
  });

  it("is what the service answers for a listed model", () => {
    fc.assert(
      fc.property(price, usage, (p, u) => {
        const pricing = createPricing(table({ x: { m: p } }, "v"));
        expect(pricing.cost("x", "m", u)).toEqual(costOf(p, u, "v"));
      }),
    );
  });
});
