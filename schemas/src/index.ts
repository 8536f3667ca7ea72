/**
 * @aigw/schemas: the gateway config schema (as a value) and its generated TypeScript types, and
 * the built-in price table (also alone as `@aigw/schemas/prices`, which loads nothing else).
 */
export type * from "./gateway-config.gen.js";
export { gatewaySchema } from "./gateway-schema.gen.js";
export { type PriceTableData, priceTable } from "./prices.gen.js";
