/**
 * One cache node's way in, per request: the caller's cache directives, the text that counts
 * embedded, the request's partition searched, and a hit answered from the stored answer in the
 * form the request asks for (JSON or a stream). A miss or a refresh goes on to the model, and the
 * entry keeper keeps its answer on the way back. Every failure on the way is a miss.
 */
import {
  type CacheDirectives,
  type CacheStorage,
  cacheControl,
  isCacheControlError,
  noteOutcome,
  type ReplayOptions,
  serveStored,
} from "@aigw/cache-kit";
import {
  type CallResult,
  deny,
  type HookContext,
  type RequestStep,
  type ResponseStep,
} from "@aigw/plugin-api";
import type { Embedder } from "./embedder.js";
import { EntryKeeper } from "./entry-keeper.js";
import { cachesEndpoint, lookupOf } from "./lookup.js";
import type { Settings } from "./settings.js";
import type { SemanticIndex } from "./vector-index/semantic-index.js";

/** What a semantic cache node is made of. */
export interface SemanticCacheParts {
  readonly settings: Settings;
  readonly index: SemanticIndex;
  /** The answers the index points at, by entry id: in memory, or in the shared store. */
  readonly storage: CacheStorage;
  readonly embedder: Embedder;
  /** A new entry id (unique across gateway instances: a shared store keys answers by it). */
  readonly newId: () => string;
  readonly replay: ReplayOptions;
}

const KIND = "semantic";

/** A semantic cache node's hooks. */
export class SemanticCache {
  private readonly keeper: EntryKeeper;

  constructor(private readonly parts: SemanticCacheParts) {
    const { index, storage, newId, settings } = parts;
    this.keeper = new EntryKeeper({
      index,
      storage,
      newId,
      ttlMs: settings.ttlMs,
      maxEntryBytes: settings.maxEntryBytes,
    });
  }

  /** The request hook: a hit answers; a miss goes on, its answer expected on the way back. */
  async request(ctx: HookContext): Promise<RequestStep> {
    const { settings, embedder } = this.parts;
    if (!cachesEndpoint(ctx.request.endpoint)) return undefined;
    const directives = cacheControl(ctx.request.headers);
    if (isCacheControlError(directives)) {
      return deny("invalid_request", directives.error, { param: directives.header });
    }
    const lookup =
      directives.mode === "bypass"
        ? { kind: "bypass" as const, reason: "the caller asked for it (x-aigw-cache: bypass)" }
        : lookupOf(ctx.request, settings.lookup, ctx.annotations.principal);
    if (!lookup) return undefined;
    if (lookup.kind === "bypass") {
      noteOutcome(ctx, "bypass", KIND);
      ctx.annotations.tags.cacheBypass = lookup.reason;
      return undefined;
    }
    const status = directives.mode === "refresh" ? "refresh" : "miss";
    // Neither looked up nor stored: nothing to embed.
    if (status === "refresh" && !directives.store) {
      noteOutcome(ctx, status, KIND);
      return undefined;
    }
    const vector = await embedder.embed(ctx, lookup.text);
    if (!vector) {
      noteOutcome(ctx, status, KIND);
      return undefined;
    }
    if (status === "miss") {
      const hit = await this.lookUp(ctx, lookup.partition, vector, directives);
      if (hit) return hit;
    }
    const outcome = noteOutcome(ctx, status, KIND);
    if (directives.store) this.keeper.expect(ctx, lookup.partition, vector, outcome);
    return undefined;
  }

  /** The response hook: the answer to a miss is kept once complete, and its vector filed. */
  response(result: CallResult, ctx: HookContext): ResponseStep {
    return this.keeper.response(result, ctx);
  }

  /** The nearest entry's answer as this request's answer, if it may and can answer it. */
  private async lookUp(
    ctx: HookContext,
    partition: string,
    vector: Float32Array,
    directives: CacheDirectives,
  ): Promise<RequestStep> {
    const { index, storage, settings } = this.parts;
    const match = await index.search(partition, vector, settings.threshold).catch((error: unknown) => {
      ctx.logger.warn({ err: String(error) }, "the semantic index failed a search: a miss");
      return undefined;
    });
    if (!match) return undefined;
    const stored = await storage.get(match.entryId);
    if (!stored) {
      // In memory, an answer that is gone is gone for good: its vector goes too. A shared store
      // may only be out of reach for now; vectors whose answers are gone expire on their own.
      if (!storage.shared) index.remove(match.entryId);
      return undefined;
    }
    return serveStored(stored, ctx, directives, {
      kind: KIND,
      replay: this.parts.replay,
      similarity: match.similarity,
    });
  }
}
