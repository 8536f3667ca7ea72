/**
 * Where the answers a semantic index points at are kept, by entry id. The index holds vectors
 * only; this holds what a hit sends. The interface is small so that any storage can stand
 * behind it; `MemoryAnswerStore` keeps answers in this process's memory.
 */
import type { Usage } from "@aigw/plugin-api";

/** A stored answer: a complete JSON answer, as the client got it. */
export interface CachedAnswer {
  /** The answer body's JSON text. */
  readonly text: string;
  /** What it cost to make (priced as the hit's savings). */
  readonly usage?: Usage | undefined;
  /** The provider and model that made it. */
  readonly servedBy?: {
    readonly provider: string;
    readonly model?: string | undefined;
    readonly node: string;
  };
}

export interface AnswerStore {
  /** The answer stored under `entryId`; `undefined` when gone (expired, evicted, never stored). */
  get(entryId: string): Promise<CachedAnswer | undefined>;
  /** Stores an answer; false when it was refused (too large). */
  put(entryId: string, answer: CachedAnswer): Promise<boolean>;
}
