/**
 * Which price applies to a (provider, model). Compiled once at boot: per provider, a Map of exact
 * model ids and the `prefix*` entries longest first; in front of them a bounded memo, so the
 * lookup a request makes is one Map hit. An override replaces the built-in entry of the same id
 * (and only that one: an exact built-in id still wins over an override's prefix).
 *
 * A model id is matched as given. When nothing matches and the id has a `/`, it is tried again
 * without what comes before its last `/`: clients and routers send `openai/gpt-4o`, Gemini model
 * names come as `models/gemini-2.5-flash`, Bedrock takes inference-profile ARNs. Ids that really
 * contain a `/` (Groq's `openai/gpt-oss-120b`, Together's `meta-llama/...`) match as given first.
 */
import type { ModelPrice, PriceTable } from "@aigw/plugin-api";

type Providers = PriceTable["providers"];

interface ProviderPrices {
  readonly exact: ReadonlyMap<string, ModelPrice>;
  /** `[prefix, price]`, the longest prefix first. */
  readonly prefixes: readonly (readonly [string, ModelPrice])[];
}

/** How many (provider, model) answers the memo keeps; the oldest is dropped first. */
export const MEMO_LIMIT = 4096;

const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  record && Object.hasOwn(record, key) ? record[key] : undefined;

/** The compiled lookups of a price table with its overrides. */
export class PriceLookup {
  private readonly byProvider = new Map<string, ProviderPrices>();
  // Misses are remembered too (as null): an unpriced model costs one Map hit as well.
  private readonly memo = new Map<string, ModelPrice | null>();

  constructor(table: Providers, overrides: Providers = {}) {
    for (const provider of new Set([...Object.keys(table), ...Object.keys(overrides)])) {
      const entries = { ...own(table, provider), ...own(overrides, provider) };
      const exact = new Map<string, ModelPrice>();
      const prefixes: [string, ModelPrice][] = [];
      for (const [id, price] of Object.entries(entries)) {
        // A copy, frozen: a caller changing what `price()` returned must not change the table.
        const frozen = Object.freeze({ ...price });
        if (id.endsWith("*")) prefixes.push([id.slice(0, -1), frozen]);
        else exact.set(id, frozen);
      }
      prefixes.sort(([a], [b]) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
      this.byProvider.set(provider, { exact, prefixes });
    }
  }

  /** Every provider the table lists, in the table's order. */
  providers(): readonly string[] {
    return [...this.byProvider.keys()];
  }

  /** The price of `model` at `provider`, or undefined when the table has none. */
  find(provider: string, model: string): ModelPrice | undefined {
    // The provider's length first keeps the key unambiguous whatever characters the names hold.
    const key = `${provider.length}:${provider}${model}`;
    const memoized = this.memo.get(key);
    if (memoized !== undefined) return memoized ?? undefined;
    const found = this.resolve(provider, model);
    if (this.memo.size >= MEMO_LIMIT) this.memo.delete(this.memo.keys().next().value!);
    this.memo.set(key, found ?? null);
    return found;
  }

  private resolve(provider: string, model: string): ModelPrice | undefined {
    const prices = this.byProvider.get(provider);
    if (!prices) return undefined;
    const found = match(prices, model);
    if (found) return found;
    const slash = model.lastIndexOf("/");
    return slash >= 0 ? match(prices, model.slice(slash + 1)) : undefined;
  }
}

function match(prices: ProviderPrices, model: string): ModelPrice | undefined {
  const exact = prices.exact.get(model);
  if (exact) return exact;
  for (const [prefix, price] of prices.prefixes) if (model.startsWith(prefix)) return price;
  return undefined;
}
