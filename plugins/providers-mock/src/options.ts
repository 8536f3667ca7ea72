/**
 * The node config with every default filled in. The engine's validator already applies the
 * schema defaults; this repeats them so `create()` behaves the same when called directly.
 */
import type { MockProviderConfig } from "./config.gen.js";

export interface MockOptions {
  models: readonly string[];
  reply: string | undefined;
  latencyMs: number;
  chunkDelayMs: number;
  chunkWords: number;
  failStatus: number;
  failRate: number;
  failEvery: number | undefined;
  failMessage: string | undefined;
  seed: number;
  cutStreamAfter: number | undefined;
}

export const DEFAULT_MODELS = ["mock", "mock-large"] as const;

export function resolveOptions(config: MockProviderConfig): MockOptions {
  return {
    models: config.models ?? DEFAULT_MODELS,
    reply: config.reply,
    latencyMs: config.latencyMs ?? 0,
    chunkDelayMs: config.chunkDelayMs ?? 0,
    chunkWords: Math.max(1, config.chunkWords ?? 1),
    failStatus: config.failStatus ?? 503,
    failRate: config.failRate ?? 0,
    failEvery: config.failEvery,
    failMessage: config.failMessage,
    seed: config.seed ?? 1,
    cutStreamAfter: config.cutStreamAfter,
  };
}
