/**
 * One cache node's work per request. `request`: embed the text that counts, search the
 * request's partition, answer a hit from the answer store. `response`: store a complete answer
 * to a miss and file its vector. What a miss needs on the way back is kept per request, keyed by
 * the request's record, so it never crosses requests. Every failure on the way is a miss.
 */
import {
  type CallResult,
  type HookContext,
  type RequestAnnotations,
  type RequestStep,
  respond,
} from "@aigw/plugin-api";
import type { AnswerStore } from "./answers/answer-store.js";
import { cachedAnswerOf, hitResult } from "./answers/storable.js";
import type { Embedder } from "./embedder.js";
import { lookupOf } from "./lookup.js";
import type { Outage } from "./outage.js";
import type { Settings } from "./settings.js";
import type { IndexMatch, SemanticIndex } from "./vector-index/semantic-index.js";

/** What a semantic cache node is made of. */
export interface SemanticCacheParts {
  readonly settings: Settings;
  readonly index: SemanticIndex;
  readonly answers: AnswerStore;
  /** Failures of the answer store, logged once per outage. */
  readonly answersDown: Outage;
  readonly embedder: Embedder;
  /** A new entry id. */
  readonly newId: () => string;
}

/** A miss waiting for its answer: where to file it once it is stored. */
interface Pending {
  readonly partition: string;
  readonly vector: Float32Array;
}

/** `promise`'s value, or `fallback` when it fails; either way the outage hears of it. */
function guarded<T>(promise: Promise<T>, outage: Outage, fallback: T): Promise<T> {
  return promise.then(
    (value) => {
      outage.succeeded();
      return value;
    },
    (error: unknown) => {
      outage.failed(error);
      return fallback;
    },
  );
}

/** The record's cache outcome, for this node. */
function annotate(
  ctx: HookContext,
  outcome: Omit<NonNullable<RequestAnnotations["cache"]>, "kind" | "node">,
): void {
  ctx.annotations.cache = { ...outcome, kind: "semantic", node: ctx.node };
}

export class SemanticCache {
  private readonly pending = new WeakMap<RequestAnnotations, Pending>();

  constructor(private readonly parts: SemanticCacheParts) {}

  /** The request hook: a hit answers; a miss goes on, remembered for the response hook. */
  async request(ctx: HookContext): Promise<RequestStep> {
    const { settings, embedder, index } = this.parts;
    const lookup = lookupOf(ctx.request, settings.lookup, ctx.annotations.principal);
    if (!lookup) return undefined;
    if (lookup.kind === "bypass") {
      annotate(ctx, { status: "bypass" });
      ctx.annotations.tags.cacheBypass = lookup.reason;
      return undefined;
    }
    const vector = await embedder.embed(ctx, lookup.text);
    if (!vector) {
      annotate(ctx, { status: "miss", stored: false });
      return undefined;
    }
    const match = await index.search(lookup.partition, vector, settings.threshold).catch((error: unknown) => {
      ctx.logger.warn({ err: String(error) }, "the semantic index failed a search: a miss");
      return undefined;
    });
    const hit = match && (await this.hit(ctx, match));
    if (hit) return hit;
    this.pending.set(ctx.annotations, { partition: lookup.partition, vector });
    annotate(ctx, { status: "miss", stored: false });
    ctx.setHeader("x-aigw-cache", "miss");
    return undefined;
  }

  /** The response hook: a complete answer to a miss is stored and its vector filed. */
  async response(result: CallResult, ctx: HookContext): Promise<undefined> {
    const miss = this.pending.get(ctx.annotations);
    if (!miss) return undefined;
    this.pending.delete(ctx.annotations);
    const answer = cachedAnswerOf(result, ctx);
    if (!answer) return undefined;
    const entryId = this.parts.newId();
    if (!(await guarded(this.parts.answers.put(entryId, answer), this.parts.answersDown, false)))
      return undefined;
    // Filed without waiting: a shared index publishes to Redis in the background.
    this.parts.index.add(miss.partition, miss.vector, entryId).catch((error: unknown) => {
      ctx.logger.warn({ err: String(error) }, "the semantic index failed to add an entry");
    });
    annotate(ctx, { status: "miss", stored: true });
    return undefined;
  }

  /** The answer a match points at, as the request's early answer; none when it is gone. */
  private async hit(ctx: HookContext, match: IndexMatch): Promise<RequestStep> {
    const answer = await guarded(this.parts.answers.get(match.entryId), this.parts.answersDown, undefined);
    if (!answer) {
      this.parts.index.remove(match.entryId);
      return undefined;
    }
    annotate(ctx, {
      status: "hit",
      similarity: match.similarity,
      ...(answer.usage ? { savedUsage: answer.usage } : {}),
    });
    // The provider and model that made the answer, so the record prices what the hit saved.
    if (answer.servedBy) ctx.annotations.servedBy = { ...answer.servedBy };
    return respond(hitResult(answer, match.similarity));
  }
}
