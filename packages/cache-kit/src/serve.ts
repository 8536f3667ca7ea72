/**
 * A stored answer served as the answer to this request, whatever found it (an exact key, a
 * similar prompt): only when the caller's `max-age` allows its age and its form can answer this
 * request (see `replay`); the hit is then noted in the record and the headers.
 */
import { type HookContext, type Respond, respond } from "@aigw/plugin-api";
import type { CacheDirectives } from "./cache-control.js";
import { type CacheKind, noteHit } from "./outcome.js";
import { type ReplayOptions, replay } from "./replay.js";
import type { StoredAnswer } from "./stored-answer.js";

/** How a cache serves what it found. */
export interface ServeOptions {
  kind: CacheKind;
  replay?: ReplayOptions | undefined;
  /** How close the stored prompt was (a semantic hit). */
  similarity?: number | undefined;
}

/**
 * The request hook's early answer from `stored`, or undefined when it may not answer (older than
 * the caller's `max-age`) or cannot (a form this request cannot take): a miss, nothing noted.
 */
export function serveStored(
  stored: StoredAnswer,
  ctx: HookContext,
  directives: CacheDirectives,
  options: ServeOptions,
): Respond | undefined {
  const { maxAgeMs } = directives;
  if (maxAgeMs !== undefined && ctx.services.clock.now() - stored.storedAt > maxAgeMs) return undefined;
  const result = replay(stored, ctx.request, options.replay);
  if (!result) return undefined;
  noteHit(ctx, stored, options.kind, { similarity: options.similarity });
  return respond(result);
}
