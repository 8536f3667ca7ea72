/**
 * What a request's usage costs at one model's prices, by part, in US dollars. Token prices are
 * per million tokens. The prompt splits into cache reads, cache writes and the rest (uncached):
 * each at its own price, cache reads and writes at the input price when the model has none of
 * their own. Reasoning tokens are charged apart only when the model prices them apart; otherwise
 * they are output like the rest of the completion. Per-request, per-image, per-second and
 * per-character charges together are `requestUsd`.
 *
 * Counts that make no sense (negative, NaN) count as 0, and cache reads and writes are capped at
 * the prompt (reasoning at the completion), so no usage gives a negative or inflated cost. Each
 * part is rounded to 10 decimal places (0.3, not 0.30000000000000004), and the total is the
 * rounded sum of the rounded parts.
 */
import type { CostBreakdown, ModelPrice, PricedUsage } from "@aigw/plugin-api";

const PER_MILLION = 1_000_000;
const SCALE = 1e10;
// Beyond this, x * SCALE loses integer precision; such sums have no 10th decimal place to keep.
const ROUNDABLE = Number.MAX_SAFE_INTEGER / SCALE;

/** `x` rounded to 10 decimal places. */
export function roundUsd(x: number): number {
  return x < ROUNDABLE ? Math.round(x * SCALE) / SCALE : x;
}

const count = (value: number | undefined): number =>
  typeof value === "number" && value > 0 && Number.isFinite(value) ? value : 0;

const perMillion = (units: number, price: number): number => roundUsd((units * price) / PER_MILLION);

/** The cost of `usage` at `price`; `version` is the price table's, recorded with the cost. */
export function costOf(price: ModelPrice, usage: PricedUsage, version: string): CostBreakdown {
  const prompt = count(usage.promptTokens);
  const completion = count(usage.completionTokens);
  const cached = Math.min(count(usage.cachedTokens), prompt);
  const cacheWrite = Math.min(count(usage.cacheWriteTokens), prompt - cached);
  const input = price.input ?? 0;

  const inputUsd = perMillion(prompt - cached - cacheWrite, input);
  let total = inputUsd;
  const cost: CostBreakdown = { totalUsd: 0, inputUsd, outputUsd: 0, priceVersion: version };
  if (cached > 0) {
    cost.cachedInputUsd = perMillion(cached, price.cachedInput ?? input);
    total += cost.cachedInputUsd;
  }
  if (cacheWrite > 0) {
    cost.cacheWriteUsd = perMillion(cacheWrite, price.cacheWrite ?? input);
    total += cost.cacheWriteUsd;
  }

  let output = completion;
  const reasoning = Math.min(count(usage.reasoningTokens), completion);
  if (price.reasoning !== undefined && reasoning > 0) {
    output -= reasoning;
    cost.reasoningUsd = perMillion(reasoning, price.reasoning);
    total += cost.reasoningUsd;
  }
  cost.outputUsd = perMillion(output, price.output ?? 0);
  total += cost.outputUsd;

  const requestUsd = requestCharges(price, usage);
  if (requestUsd !== undefined) {
    cost.requestUsd = requestUsd;
    total += requestUsd;
  }
  cost.totalUsd = roundUsd(total);
  return cost;
}

/** Per-request, per-image, per-second and per-character charges; undefined when none applies. */
function requestCharges(price: ModelPrice, usage: PricedUsage): number | undefined {
  let usd = 0;
  let charged = false;
  if (price.perRequest !== undefined) {
    usd += price.perRequest;
    charged = true;
  }
  const images = count(usage.images);
  if (price.perImage !== undefined && images > 0) {
    usd += images * price.perImage;
    charged = true;
  }
  const seconds = count(usage.seconds);
  if (price.perSecond !== undefined && seconds > 0) {
    usd += seconds * price.perSecond;
    charged = true;
  }
  const characters = count(usage.characters);
  if (price.perMillionCharacters !== undefined && characters > 0) {
    usd += (characters * price.perMillionCharacters) / PER_MILLION;
    charged = true;
  }
  return charged ? roundUsd(usd) : undefined;
}
