/**
 * The pricing service: the built-in price table (@aigw/schemas' prices.json) with the gateway
 * config's `pricing.overrides` on top, as the `Pricing` every plugin gets. `createPricing` builds
 * it from a table already known to be valid; `loadPricing` validates the built-in table and the
 * overrides first, reporting each problem at its config path (`/pricing/overrides/...`).
 */
import type { CostBreakdown, ModelPrice, PriceTable, Pricing } from "@aigw/plugin-api";
import { priceTable } from "@aigw/schemas/prices";
import { validatePriceTable } from "@aigw/schemas/validators";
import { ModelLookup } from "./model-lookup.js";
import { costOf } from "./price-cost.js";
import { checkBuiltInTable, checkOverrides } from "./table-checks.js";

/**
 * The version recorded with costs when overrides changed the table: the built-in version with
 * this suffix, so a record tells costs at the published rates from costs at a config's own.
 */
export const OVERRIDDEN_VERSION_SUFFIX = "+overrides";

/**
 * A `Pricing` over `table`, with `overrides` (same shape as the table's `providers`) replacing the
 * built-in entry of each id they name. Lookups are compiled here, once. A model id is matched
 * exactly, else by its longest matching `prefix*`, else (for an id with a `/`) the same again
 * for what follows its last `/` (`openai/gpt-4o` -> `gpt-4o`).
 */
export function createPricing(table: PriceTable, overrides?: PriceTable["providers"]): Pricing {
  // A copy, frozen: a caller changing what `price()` returned must not change the table.
  const lookup = new ModelLookup<ModelPrice, ModelPrice>(table.providers, overrides, (price) =>
    Object.freeze({ ...price }),
  );
  const providers = lookup.providers();
  const overridden =
    overrides !== undefined && Object.values(overrides).some((m) => Object.keys(m).length > 0);
  const version = overridden ? `${table.version}${OVERRIDDEN_VERSION_SUFFIX}` : table.version;
  return {
    version,
    price: (provider, model) => lookup.find(provider, model),
    cost(provider, model, usage) {
      const price = lookup.find(provider, model);
      return price ? costOf(price, usage, version) : undefined;
    },
    costForModel(model, usage) {
      let dearest: CostBreakdown | undefined;
      for (const provider of providers) {
        const price = lookup.find(provider, model);
        if (!price) continue;
        const cost = costOf(price, usage, version);
        if (!dearest || cost.totalUsd > dearest.totalUsd) dearest = cost;
      }
      return dearest;
    },
  };
}

/**
 * The gateway's `Pricing`: the built-in table with the config's `pricing.overrides` (any value:
 * it is validated here). Throws a `ConfigError` naming each bad override at its path (e.g.
 * `/pricing/overrides/openai/gpt-4o/input`), and a plain error if the built-in table itself is
 * broken.
 */
export function loadPricing(overrides?: unknown): Pricing {
  checkBuiltInTable(validatePriceTable, priceTable, "price table (@aigw/schemas/prices.json)");
  const table = priceTable as PriceTable;
  if (overrides === undefined) return createPricing(table);
  checkOverrides(validatePriceTable, overrides, "/pricing/overrides");
  return createPricing(table, overrides as PriceTable["providers"]);
}
