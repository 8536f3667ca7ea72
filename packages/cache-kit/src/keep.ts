/**
 * An answer put in storage on its way back, with the record's `cache.stored` saying whether it
 * was. A write to memory is known at once; a shared store's write is still in flight when the
 * answer leaves, so it counts as stored unless it has failed by the time the record is written.
 */
import type { CacheOutcome } from "@aigw/plugin-api";
import type { CacheStorage } from "./storage/types.js";
import type { StoredAnswer } from "./stored-answer.js";

/** Stores `answer` under `key` for `ttlMs`, noting it in `outcome`; gives whether it was stored. */
export function keepAnswer(
  storage: CacheStorage,
  key: string,
  answer: StoredAnswer,
  ttlMs: number,
  outcome: CacheOutcome,
): boolean | Promise<boolean> {
  const written = storage.set(key, answer, ttlMs);
  if (typeof written === "boolean") {
    outcome.stored = written;
    return written;
  }
  outcome.stored = true;
  return written.then((stored) => {
    outcome.stored = stored;
    return stored;
  });
}
