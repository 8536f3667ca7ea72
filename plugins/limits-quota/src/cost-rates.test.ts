import type { PricedUsage, Pricing } from "@aigw/plugin-api";
import fc from "fast-check";
import { expect, it } from "vitest";
import { CostRates } from "./cost-rates.js";

// Two providers list "m": one dearer on input, the other on output; "free" has only a per-request price.
const prices = [
  { input: 3, output: 10, perImage: 0.04, perRequest: 0 },
  { input: 2, output: 12, perImage: 0, perRequest: 0.001 },
];
let lookups = 0;
const pricing: Pricing = {
  version: "t",
  price: () => undefined,
  cost: () => undefined,
  costForModel(model, usage: PricedUsage) {
    lookups++;
    if (model !== "m") return undefined;
    const totals = prices.map(
      (p) =>
        p.perRequest +
        (usage.promptTokens * p.input + usage.completionTokens * p.output) / 1e6 +
        (usage.images ?? 0) * p.perImage,
    );
    return { totalUsd: Math.max(...totals), inputUsd: 0, outputUsd: 0, priceVersion: "t" };
  },
};

it("is at least the dearest single provider's cost, within one unit's disagreement, and asks once per model", () => {
  const rates = new CostRates(pricing);
  fc.assert(
    fc.property(fc.nat(100_000), fc.nat(10_000), fc.nat(4), (promptTokens, completionTokens, images) => {
      const usage = { promptTokens, completionTokens, images };
      const direct = pricing.costForModel("m", usage)!.totalUsd;
      const estimate = rates.cost("m", usage)!;
      expect(estimate).toBeGreaterThanOrEqual(direct - 1e-12);
      // At most each unit at its dearest provider, each with the request charge (image: 0.04 + 0.001).
      expect(estimate).toBeLessThanOrEqual(
        0.001 + (promptTokens * 3.001 + completionTokens * 12.001) / 1e6 + images * 0.041 + 1e-12,
      );
    }),
  );
  const before = lookups;
  rates.cost("m", { promptTokens: 1, completionTokens: 1 });
  expect(lookups).toBe(before);
  expect(rates.cost("unpriced", { promptTokens: 1, completionTokens: 1 })).toBeUndefined();
});
