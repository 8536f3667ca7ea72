/**
 * The way back of a miss (or a refresh): its answer captured as it goes to the client (a stream
 * once it has ended normally), stored under a new entry id, and only then its vector filed, so
 * that a vector any instance finds points at an answer it can read. What a miss needs on the way
 * back is kept per request, keyed by the request's annotations, so it never crosses requests.
 */
import { type CacheStorage, captureAnswer, keepAnswer, type StoredAnswer } from "@aigw/cache-kit";
import {
  type CacheOutcome,
  type CallResult,
  type HookContext,
  type RequestAnnotations,
  type ResponseStep,
  replace,
} from "@aigw/plugin-api";
import type { SemanticIndex } from "./vector-index/semantic-index.js";

/** What an entry keeper works with. */
export interface EntryKeeperParts {
  readonly index: SemanticIndex;
  /** The answers the index points at, by entry id: in memory, or in the shared store. */
  readonly storage: CacheStorage;
  /** A new entry id (unique across gateway instances: a shared store keys answers by it). */
  readonly newId: () => string;
  readonly ttlMs: number;
  /** The largest answer kept, in bytes. */
  readonly maxEntryBytes: number;
}

/** A request whose answer is to be kept: where to file it, and the outcome to update. */
interface Waiting {
  readonly partition: string;
  readonly vector: Float32Array;
  readonly outcome: CacheOutcome;
}

/** Keeps the answers of the requests it was told to expect. */
export class EntryKeeper {
  private readonly waiting = new WeakMap<RequestAnnotations, Waiting>();

  constructor(private readonly parts: EntryKeeperParts) {}

  /** This request's answer is to be kept, its vector filed under `partition`. */
  expect(ctx: HookContext, partition: string, vector: Float32Array, outcome: CacheOutcome): void {
    this.waiting.set(ctx.annotations, { partition, vector, outcome });
  }

  /** The response hook: an expected answer is kept once complete. */
  response(result: CallResult, ctx: HookContext): ResponseStep {
    const waiting = this.waiting.get(ctx.annotations);
    if (!waiting) return undefined;
    this.waiting.delete(ctx.annotations);
    const keep = (answer: StoredAnswer) => this.keep(waiting, answer, ctx);
    const captured = captureAnswer(result, ctx, keep, { maxBytes: this.parts.maxEntryBytes });
    return captured === result ? undefined : replace(captured);
  }

  private keep(waiting: Waiting, answer: StoredAnswer, ctx: HookContext): void {
    const { storage, index } = this.parts;
    const entryId = this.parts.newId();
    const file = (stored: boolean) => {
      if (!stored) return;
      index.add(waiting.partition, waiting.vector, entryId).catch((error: unknown) => {
        ctx.logger.warn({ err: String(error) }, "the semantic index failed to add an entry");
      });
    };
    const written = keepAnswer(storage, entryId, answer, this.parts.ttlMs, waiting.outcome);
    if (typeof written === "boolean") file(written);
    else void written.then(file);
  }
}
