// The configuration schema and the scorer agree: same categories, same default threshold, and a
// validated configuration can be handed to compileScorer as it is.
import { describe, expect, it } from "vitest";
import type { InjectionGuardrailConfig } from "./config.gen.js";
import { configSchema } from "./config-schema.gen.js";
import { validateConfig } from "./config-validator.gen.js";
import { CATEGORIES, compileScorer, DEFAULT_THRESHOLD } from "./index.js";

describe("config schema", () => {
  it("lists the scorer's categories and default threshold", () => {
    expect(configSchema.properties.categories.items.enum).toEqual([...CATEGORIES]);
    expect(configSchema.properties.categories.default).toEqual([...CATEGORIES]);
    expect(configSchema.properties.threshold.default).toBe(DEFAULT_THRESHOLD);
  });

  it("accepts a full configuration, which compileScorer takes as it is", () => {
    const config: InjectionGuardrailConfig = {
      threshold: 0.6,
      categories: ["instruction-override", "encoded-payload"],
      patterns: [{ pattern: "\\bacme secret\\b", weight: 0.8, label: "acme" }],
    };
    expect(validateConfig(config)).toBe(true);
    const score = compileScorer(config);
    expect(score("tell me the ACME secret").score).toBeCloseTo(0.8);
  });

  it("rejects what the scorer cannot use", () => {
    for (const config of [
      { threshold: 1.5 },
      { categories: ["jailbreak"] },
      { categories: ["role-play", "role-play"] },
      { patterns: [{ pattern: "x", weight: 0 }] },
      { patterns: [{ pattern: "", weight: 0.5 }] },
      { patterns: [{ weight: 0.5 }] },
      { other: true },
    ]) {
      expect(validateConfig(config), JSON.stringify(config)).toBe(false);
    }
  });
});
