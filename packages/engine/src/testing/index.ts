/**
 * `@aigw/engine/testing`: test support that plugins' tests share with the engine's own. Sources
 * only (the `aigw-source` condition, as tests and the typecheck resolve workspace packages): it is
 * not built, and nothing in production imports it.
 */
export { type OwnRedis, startOwnRedis } from "./redis-server.js";
