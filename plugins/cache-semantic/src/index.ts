/**
 * @aigw/cache-semantic: a semantic cache. The `request` hook embeds the text that counts (the
 * last user turn, or the whole conversation) through an embedding node of the gateway, searches
 * the request's partition (model, system prompt, tools and answer-shaping parameters, and the
 * caller when configured) and, on a hit, answers with the stored answer, as JSON or as a stream.
 * On a miss the `response` hook stores a complete answer (a stream once it has ended) and files
 * its vector. Answers live in the gateway's store through cache-kit's bounded storage (memory, or
 * Redis shared by every instance). Every failure on the way (the embedding node, the index, the
 * store) is a miss, never an error to the client.
 */
import { openCacheStorage, StoreHealth } from "@aigw/cache-kit";
import { definePlugin } from "@aigw/plugin-api";
import type { SemanticCacheConfig } from "./config.gen.js";
import { configSchema } from "./config-schema.gen.js";
import { validateConfig } from "./config-validator.gen.js";
import { Embedder } from "./embedder.js";
import { Outage } from "./outage.js";
import { SemanticCache } from "./semantic-cache.js";
import { settingsOf } from "./settings.js";
import { EmbeddedIndex } from "./vector-index/embedded-index.js";
import type { SemanticIndex } from "./vector-index/semantic-index.js";
import { SharedIndex } from "./vector-index/shared-index.js";

export { canonicalHash, canonicalJson } from "./canonical.js";
export type { SemanticCacheConfig } from "./config.gen.js";
export { Embedder, type EmbedderSettings, embeddingRequest, vectorOfAnswer } from "./embedder.js";
export { EntryKeeper, type EntryKeeperParts } from "./entry-keeper.js";
export { cachesEndpoint, type Lookup, type LookupSettings, lookupOf } from "./lookup.js";
export { Outage } from "./outage.js";
export { answerShaping, NOT_ANSWER_SHAPING, type PartitionScope, partitionOf } from "./partition.js";
export { type CountedText, chatText, completionText, type Turns } from "./prompt-text.js";
export { SemanticCache, type SemanticCacheParts } from "./semantic-cache.js";
export { DEFAULT_THRESHOLD, type Settings, settingsOf } from "./settings.js";
export { cosine, unitVector } from "./vector.js";
export { EmbeddedIndex, type EmbeddedIndexOptions } from "./vector-index/embedded-index.js";
export type { IndexMatch, SemanticIndex } from "./vector-index/semantic-index.js";
export { SharedIndex, type SharedIndexOptions } from "./vector-index/shared-index.js";

/** The `cache-semantic` plugin. */
export default definePlugin({
  manifest: {
    name: "cache-semantic",
    kind: "cache",
    version: "0.1.0",
    engine: "^0.1.0",
    hooks: ["request", "response"],
    services: ["clock", "ids"],
    configSchema,
    configValidator: validateConfig,
    description:
      "Answers a prompt close enough to one already answered in the same context, by embedding similarity.",
  },
  create(config: SemanticCacheConfig, init) {
    const settings = settingsOf(config, init);
    const clock = init.services.clock;
    // One health for everything this node keeps in a shared store (answers, the shared index):
    // an outage is one outage, logged once.
    const health = init.store.shared
      ? new StoreHealth(init.logger, clock, settings.storeTimeoutMs, 1_000)
      : undefined;
    const storage = openCacheStorage(init.store, {
      maxEntries: settings.maxEntries,
      maxBytes: settings.maxBytes,
      maxEntryBytes: settings.maxEntryBytes,
      clock,
      logger: init.logger,
      health,
    });
    const bounds = { maxEntries: settings.maxEntries, ttlMs: settings.ttlMs, now: () => clock.now() };
    const index: SemanticIndex =
      settings.index === "shared" && health
        ? new SharedIndex({ ...bounds, store: init.store, syncIntervalMs: settings.syncIntervalMs, health })
        : new EmbeddedIndex(bounds);
    const embedder = new Embedder(
      settings.embedder,
      new Outage(init.logger, `embedding node "${config.node}"`),
    );
    const cache = new SemanticCache({
      settings,
      index,
      storage,
      embedder,
      newId: () => init.services.ids.next(),
      replay: { pace: settings.pace, now: () => clock.monotonic() },
    });
    return {
      request: (ctx) => cache.request(ctx),
      response: (result, ctx) => cache.response(result, ctx),
      close: () => index.close(),
    };
  },
});
