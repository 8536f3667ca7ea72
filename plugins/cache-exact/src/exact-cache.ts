/**
 * The exact cache's hooks. `request`: works out the caller's directives, the TTL and the key,
 * looks the key up once, and answers a hit with the stored answer in the form this request asks
 * for. `response`: keeps the answer of a miss or a refresh (a stream once it has ended normally).
 * The key computed on the way in is the one stored under on the way back, even if nodes after
 * the cache change the request.
 */
import {
  type CacheDirectives,
  type CacheStorage,
  cacheControl,
  captureAnswer,
  isCacheControlError,
  keepAnswer,
  noteOutcome,
  openCacheStorage,
  type ReplayOptions,
  type StoredAnswer,
  serveStored,
} from "@aigw/cache-kit";
import {
  type CacheOutcome,
  type CallResult,
  deny,
  type HookContext,
  type PluginInitContext,
  type RequestAnnotations,
  type RequestStep,
  type ResponseStep,
  replace,
} from "@aigw/plugin-api";
import type { ExactCacheConfig } from "./config.gen.js";
import { NotJsonError, RequestKeys } from "./key.js";
import { compileTtlRules } from "./ttl-rules.js";

/** The endpoints cached when the config names none. */
export const DEFAULT_ENDPOINTS = ["chat.completions", "completions", "embeddings"] as const;

/** A request whose answer is to be stored on the way back. */
interface Pending {
  key: string;
  ttlMs: number;
  outcome: CacheOutcome;
}

/** The hooks of one exact-cache node. */
export interface ExactCache {
  request(ctx: HookContext): RequestStep | Promise<RequestStep>;
  response(result: CallResult, ctx: HookContext): ResponseStep;
  /** The node's storage (for tests and tools). */
  readonly storage: CacheStorage;
}

/** Builds a node's hooks from its validated config. */
export function createExactCache(config: ExactCacheConfig, init: PluginInitContext): ExactCache {
  const endpoints = new Set<string>(config.endpoints ?? DEFAULT_ENDPOINTS);
  const keys = new RequestKeys({ partition: config.partition ?? "none", vary: config.vary ?? [] });
  const ttlFor = compileTtlRules(config.rules ?? [], config.ttlSeconds ?? 3600);
  const clock = init.services.clock;
  const maxEntryBytes = config.maxEntryBytes ?? 1024 * 1024;
  const storage = openCacheStorage(init.store, {
    maxEntries: config.maxEntries ?? 10_000,
    maxBytes: config.maxBytes ?? 64 * 1024 * 1024,
    maxEntryBytes,
    clock,
    logger: init.logger,
    timeoutMs: config.storeTimeoutMs ?? 100,
  });
  const replayOptions: ReplayOptions = { pace: config.pace ?? false, now: () => clock.monotonic() };
  // Per request, from the request hook to the response hook (the annotations object is the
  // request's own, and goes away with it).
  const pending = new WeakMap<RequestAnnotations, Pending>();

  function answer(
    found: StoredAnswer | undefined,
    ctx: HookContext,
    directives: CacheDirectives,
    key: string,
    ttlMs: number,
  ): RequestStep {
    const hit = found && serveStored(found, ctx, directives, { kind: "exact", replay: replayOptions });
    if (hit) return hit;
    const outcome = noteOutcome(ctx, "miss", "exact");
    if (directives.store) pending.set(ctx.annotations, { key, ttlMs, outcome });
    return undefined;
  }

  return {
    storage,
    request(ctx) {
      const request = ctx.request;
      if (!endpoints.has(request.endpoint)) return undefined;
      const directives = cacheControl(request.headers);
      if (isCacheControlError(directives)) {
        return deny("invalid_request", directives.error, { param: directives.header });
      }
      const ttlMs = directives.mode === "bypass" ? 0 : ttlFor(ctx);
      if (ttlMs <= 0) {
        noteOutcome(ctx, "bypass", "exact");
        return undefined;
      }
      let key: string;
      try {
        key = keys.key(ctx);
      } catch (error) {
        if (!(error instanceof NotJsonError)) throw error;
        noteOutcome(ctx, "bypass", "exact");
        return undefined;
      }
      if (directives.mode === "refresh") {
        const outcome = noteOutcome(ctx, "refresh", "exact");
        if (directives.store) pending.set(ctx.annotations, { key, ttlMs, outcome });
        return undefined;
      }
      const found = storage.get(key);
      if (found instanceof Promise)
        return found.then((stored) => answer(stored, ctx, directives, key, ttlMs));
      return answer(found, ctx, directives, key, ttlMs);
    },
    response(result, ctx) {
      const waiting = pending.get(ctx.annotations);
      if (!waiting) return undefined;
      pending.delete(ctx.annotations);
      const keep = (stored: StoredAnswer) =>
        void keepAnswer(storage, waiting.key, stored, waiting.ttlMs, waiting.outcome);
      const captured = captureAnswer(result, ctx, keep, { maxBytes: maxEntryBytes });
      return captured === result ? undefined : replace(captured);
    },
  };
}
