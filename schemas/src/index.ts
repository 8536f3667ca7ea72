/** @aigw/schemas: the gateway config schema (as a value) and its generated TypeScript types. */
export type * from "./gateway-config.gen.js";
export { gatewaySchema } from "./gateway-schema.gen.js";
