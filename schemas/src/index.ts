/**
 * @aigw/schemas: the gateway config schema (as a value) and its generated TypeScript types, and
 * the built-in price table and capability table (also alone as `@aigw/schemas/prices` and
 * `@aigw/schemas/capabilities`, which load nothing else).
 */

export { type CapabilityTableData, capabilityTable } from "./capabilities.gen.js";
export type * from "./gateway-config.gen.js";
export { gatewaySchema } from "./gateway-schema.gen.js";
export { type PriceTableData, priceTable } from "./prices.gen.js";
