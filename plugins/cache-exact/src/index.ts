/**
 * @aigw/cache-exact: answers a request from the stored answer to the same canonical request (see
 * key.ts for what the key covers), in memory or shared by every instance through Redis. Streams
 * are stored once complete and replayed chunk for chunk; a JSON request can be answered from a
 * stored stream and the other way round.
 */
import { definePlugin } from "@aigw/plugin-api";
import type { ExactCacheConfig } from "./config.gen.js";
import { configSchema } from "./config-schema.gen.js";
import { validateConfig } from "./config-validator.gen.js";
import { createExactCache } from "./exact-cache.js";

export { canonicalForm } from "./canonical.js";
export type { ExactCacheConfig, TtlRule } from "./config.gen.js";
export { DEFAULT_ENDPOINTS } from "./exact-cache.js";
export { IGNORED_FIELDS } from "./key.js";

/** The `cache-exact` plugin. */
export default definePlugin({
  manifest: {
    name: "cache-exact",
    kind: "cache",
    version: "0.1.0",
    engine: "^0.1.0",
    hooks: ["request", "response"],
    services: ["clock"],
    configSchema,
    configValidator: validateConfig,
    description: "Answers repeated requests from stored answers, in memory or shared through Redis.",
  },
  create(config: ExactCacheConfig, init) {
    const cache = createExactCache(config, init);
    return {
      request: (ctx) => cache.request(ctx),
      response: (result, ctx) => cache.response(result, ctx),
    };
  },
});
