/** Placeholder until the price table lands: prices nothing. */
import type { Pricing } from "@aigw/plugin-api";

export function loadPricing(_overrides?: unknown): Pricing {
  return { version: "none", price: () => undefined, cost: () => undefined };
}
