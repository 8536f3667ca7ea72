/**
 * The node's config with its defaults, checked against the node's place in the pipeline: the
 * embedding node must be one this node `uses`, and a shared index needs a shared store.
 */
import type { PluginInitContext } from "@aigw/plugin-api";
import type { SemanticCacheConfig } from "./config.gen.js";
import type { EmbedderSettings } from "./embedder.js";
import type { LookupSettings } from "./lookup.js";

/** The default similarity threshold (see the README for how it was chosen). */
export const DEFAULT_THRESHOLD = 0.845;

export interface Settings {
  readonly lookup: LookupSettings;
  readonly embedder: EmbedderSettings;
  readonly threshold: number;
  readonly index: "embedded" | "shared";
  readonly maxEntries: number;
  readonly maxBytes: number;
  readonly maxEntryBytes: number;
  readonly ttlMs: number;
  readonly syncIntervalMs: number;
  readonly storeTimeoutMs: number;
  /** Replay stored streams at the pace they arrived. */
  readonly pace: boolean;
}

/** The settings of a node, or a thrown error saying what to fix. */
export function settingsOf(config: SemanticCacheConfig, init: PluginInitContext): Settings {
  if (!init.uses.includes(config.node)) {
    throw new Error(
      `node "${config.node}" is not in this node's uses: add uses: ["${config.node}"] to node "${init.node}"`,
    );
  }
  const index = config.index ?? "embedded";
  if (index === "shared" && !init.store.shared) {
    throw new Error(
      `index: shared needs a store every gateway instance shares: set stores: { type: redis } in the gateway config (node "${init.node}")`,
    );
  }
  return {
    lookup: {
      turns: config.turns ?? "last-user",
      partition: config.partition ?? "none",
      maxChars: config.maxChars ?? 16_000,
      embeddingModel: config.embeddingModel,
      dimensions: config.dimensions,
    },
    embedder: {
      node: config.node,
      model: config.embeddingModel,
      dimensions: config.dimensions,
      encodingFormat: config.encodingFormat ?? "float",
      timeoutMs: config.embeddingTimeoutMs ?? 2_000,
    },
    threshold: config.threshold ?? DEFAULT_THRESHOLD,
    index,
    maxEntries: config.maxEntries ?? 10_000,
    maxBytes: config.maxBytes ?? 64 * 1024 * 1024,
    maxEntryBytes: config.maxEntryBytes ?? 1024 * 1024,
    ttlMs: (config.ttlSeconds ?? 3_600) * 1_000,
    syncIntervalMs: config.syncIntervalMs ?? 250,
    storeTimeoutMs: config.storeTimeoutMs ?? 100,
    pace: config.pace ?? false,
  };
}
