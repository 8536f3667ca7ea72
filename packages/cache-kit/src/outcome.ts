/**
 * What a cache node writes about a request: the record's `cache` (status, kind, node, whether the
 * answer was stored, and on a hit the usage the stored answer had), the `x-aigw-cache` response
 * header (and on a similarity hit `x-aigw-cache-similarity`), and on a hit the stored provider and
 * model as `servedBy`. The record prices `savedUsd` from `savedUsage` and `servedBy`; `usage`
 * stays unset on a hit, since nothing was used.
 */
import type { CacheOutcome, HookContext } from "@aigw/plugin-api";
import { CACHE_HEADER } from "./cache-control.js";
import type { StoredAnswer } from "./stored-answer.js";

export type CacheKind = NonNullable<CacheOutcome["kind"]>;

/** Notes a status other than a hit (`miss`, `refresh`, `bypass`); returns the outcome to update. */
export function noteOutcome(
  ctx: HookContext,
  status: Exclude<CacheOutcome["status"], "hit">,
  kind: CacheKind,
): CacheOutcome {
  const outcome: CacheOutcome = { status, kind, node: ctx.node };
  if (status !== "bypass") outcome.stored = false;
  ctx.annotations.cache = outcome;
  ctx.setHeader(CACHE_HEADER, status);
  return outcome;
}

/** The response header a similarity hit reports how close the stored prompt was in (4 decimals). */
export const SIMILARITY_HEADER = "x-aigw-cache-similarity";

/**
 * Notes a hit answered from `answer`; also sets the `age` header (seconds since it was stored),
 * and for a similarity hit the similarity header.
 */
export function noteHit(
  ctx: HookContext,
  answer: StoredAnswer,
  kind: CacheKind,
  extra: { similarity?: number | undefined } = {},
): CacheOutcome {
  const outcome: CacheOutcome = { status: "hit", kind, node: ctx.node };
  if (extra.similarity !== undefined) {
    outcome.similarity = extra.similarity;
    ctx.setHeader(SIMILARITY_HEADER, extra.similarity.toFixed(4));
  }
  if (answer.usage) outcome.savedUsage = answer.usage;
  ctx.annotations.cache = outcome;
  const served = answer.servedBy;
  if (served) ctx.annotations.servedBy = { provider: served.provider, model: served.model, node: ctx.node };
  ctx.setHeader(CACHE_HEADER, "hit");
  const age = Math.max(0, Math.floor((ctx.services.clock.now() - answer.storedAt) / 1000));
  ctx.setHeader("age", String(age));
  return outcome;
}
