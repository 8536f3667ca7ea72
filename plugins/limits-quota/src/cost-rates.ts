/**
 * A model's estimated cost without a price-table scan per request: `pricing.costForModel` looks
 * the model up at every provider (tens of lookups, 3-10 µs), so the cost of each unit (a million
 * prompt tokens, a million completion tokens, an image, a million characters, and the request
 * itself) is asked for once per model and kept. Prices are linear in each unit, so the estimate
 * is their sum. Where providers listing a model disagree on which unit is dearest, each unit
 * takes its dearest provider's rate (per-request charges included): the sum can then exceed any
 * single provider's cost, never fall below it, which only makes the reservation more cautious
 * (the settlement uses the real cost).
 */
import type { PricedUsage, Pricing } from "@aigw/plugin-api";

interface Rates {
  base: number;
  prompt: number;
  completion: number;
  image: number;
  characters: number;
}

/** Models remembered, at most (then forgotten wholesale; a model costs five lookups to relearn). */
const MAX_MODELS = 1_000;
const MILLION = 1_000_000;

export class CostRates {
  private readonly rates = new Map<string, Rates | null>();

  constructor(private readonly pricing: Pricing) {}

  /** The estimated cost of `usage` on `model` in US dollars; undefined when it has no price. */
  cost(model: string, usage: PricedUsage): number | undefined {
    let rates = this.rates.get(model);
    if (rates === undefined) {
      rates = this.learn(model);
      if (this.rates.size >= MAX_MODELS) this.rates.clear();
      this.rates.set(model, rates);
    }
    if (rates === null) return undefined;
    return (
      rates.base +
      (rates.prompt * usage.promptTokens) / MILLION +
      (rates.completion * usage.completionTokens) / MILLION +
      rates.image * (usage.images ?? 0) +
      (rates.characters * (usage.characters ?? 0)) / MILLION
    );
  }

  private learn(model: string): Rates | null {
    const at = (usage: PricedUsage) => this.pricing.costForModel(model, usage)?.totalUsd;
    const base = at({ promptTokens: 0, completionTokens: 0 });
    if (base === undefined) return null;
    // Not less the base: the base and a unit's rate may come from different providers, and only
    // the whole of each (the base included) bounds every provider's rate for that unit.
    const unit = (usage: PricedUsage) => at(usage) ?? base;
    return {
      base,
      prompt: unit({ promptTokens: MILLION, completionTokens: 0 }),
      completion: unit({ promptTokens: 0, completionTokens: MILLION }),
      image: unit({ promptTokens: 0, completionTokens: 0, images: 1 }),
      characters: unit({ promptTokens: 0, completionTokens: 0, characters: MILLION }),
    };
  }
}
