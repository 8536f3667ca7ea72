/**
 * @aigw/engine: runs each request as a JSON-schema-validated DAG of plugins. Runtimes call
 * `createGateway` and serve its `fetch` (or, on Node, its `handle` fast path).
 */
export { ConfigError, type ConfigIssue } from "./config/config-error.js";
export { parseConfigText } from "./config/parse.js";
export { type CreateGatewayOptions, createGateway, type Gateway } from "./gateway.js";
export { type Answer, type AnswerBody, type IncomingCall, tooLarge } from "./http/call.js";
export { analyzeGraph, type GraphNode } from "./plan/graph.js";
export type { PackageImporter } from "./plugins-loader.js";
export { mergePatch } from "./run/merge-patch.js";
export { memoryBus } from "./services/bus-memory.js";
export { type RedisBus, redisBus } from "./services/bus-redis.js";
export { createCapabilities, loadCapabilities } from "./services/capabilities.js";
export type { ServiceOverrides, ServiceProvider } from "./services/container.js";
export { envFrom, fetchHttpClient, hyperidGenerator, jsonLogger, systemClock } from "./services/defaults.js";
export { createPricing, loadPricing, OVERRIDDEN_VERSION_SUFFIX } from "./services/pricing.js";
export { memoryQuotas } from "./services/quotas-memory.js";
export { redisQuotas } from "./services/quotas-redis.js";
export { connectRedis, type RedisConnection, type RedisOptions } from "./services/redis-connection.js";
export { type RedisServiceOptions, type RedisServices, redisServices } from "./services/redis-services.js";
export { ADMIN_TOKEN_ENV, adminSlot, credentialSlot } from "./services/registries.js";
export { memoryStores, redisStores, redisStoresOn } from "./services/stores.js";
export { transportError } from "./services/transport-error.js";
export { ENGINE_VERSION } from "./version.js";
