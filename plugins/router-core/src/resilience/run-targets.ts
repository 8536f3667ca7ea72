/**
 * The loop every router ends in: given the targets in the order the strategy chose, try each
 * (skipping targets whose breaker is open), retrying a target on retryable failures with
 * backoff, moving on only on failures that move on, all within the request's total time. When
 * every target's breaker is open, the one that reopens soonest is still tried: a guess beats
 * failing blind. Decisions go to the record's tags, kept small.
 *
 * Breaker states go to the tags as `breaker:<target>` = `closed` | `half_open` | `open` (metrics
 * read them) whenever this request learnt one: a target's state read from the store (at most
 * once per `SYNC_MS` per target and process while it is healthy, every time while it is not), a
 * skip, a probe, and a change an attempt made (a probe closing or reopening it, a failure
 * tripping it). A healthy target on the fast path adds nothing: the tag costs nothing there.
 */
import type { CallContext, CallResult, GatewayError, JsonValue, RouteTarget } from "@aigw/plugin-api";
import { GatewayError as GatewayErrorClass } from "@aigw/plugin-api";
import { attemptOnce } from "./attempt.js";
import { jitteredBackoffMs, retryAfterMs, sleep } from "./backoff.js";
import type { BreakerChange, Verdict } from "./breaker.js";
import { asGatewayError, isUpstreamFault } from "./classify.js";
import type { ResiliencePolicy } from "./policy.js";

export interface RunOptions {
  /** Try the next target when one fails with a failure that moves on (false: the first only). */
  fallback: boolean;
  /** Told of each successful attempt's duration (to the answer or a stream's first content), for latency stats. */
  onSuccess?: ((target: string, durationMs: number) => void) | undefined;
}

type TargetOutcome = { ok: true; result: CallResult } | { ok: false; error: GatewayError; stop: boolean };

const ALLOW: Verdict = { allowed: true, probe: false, gen: 0 };

/** The tag name prefix of a target's breaker state (the rest is the target's id). */
export const BREAKER_TAG = "breaker:";

/** What a verdict says of the breaker's state, as the tag's value. */
function breakerTag(verdict: Verdict): "closed" | "half_open" | "open" {
  if (verdict.allowed) return verdict.probe ? "half_open" : "closed";
  return verdict.state === "open" ? "open" : "half_open";
}

/** Waits for a breaker write; tags the change it made. A failed write changes nothing. */
async function noteChange(ctx: CallContext, target: RouteTarget, recorded: Promise<BreakerChange>) {
  const change = await recorded.catch(() => undefined);
  if (change !== undefined) ctx.annotations.tags[`${BREAKER_TAG}${target.id}`] = change;
}

export async function runTargets(
  ctx: CallContext,
  candidates: readonly RouteTarget[],
  policy: ResiliencePolicy,
  options: RunOptions,
): Promise<CallResult> {
  const clock = ctx.services.clock;
  const deadline = policy.totalMs === undefined ? undefined : clock.monotonic() + policy.totalMs;
  const tags = ctx.annotations.tags;
  const skipped: { target: RouteTarget; verdict: Verdict; reopensAt: number }[] = [];
  let lastError: GatewayError | undefined;
  let tried = false;
  for (const target of candidates) {
    // Less than a millisecond left is no time at all (timers have millisecond resolution).
    if (deadline !== undefined && deadline - clock.monotonic() < 1) break;
    let verdict = policy.breaker ? policy.breaker.admit(target.id) : ALLOW;
    if (verdict instanceof Promise) {
      // Only a verdict that went to the store (not this process's fresh closed copy) is news.
      verdict = await verdict;
      tags[`${BREAKER_TAG}${target.id}`] = breakerTag(verdict);
    }
    if (!verdict.allowed) {
      skipped.push({ target, verdict, reopensAt: verdict.reopensAt });
      continue;
    }
    tried = true;
    const outcome = await tryTarget(ctx, target, verdict, policy, deadline, options);
    if (outcome.ok) return finish(ctx, skipped, outcome.result);
    lastError = outcome.error;
    if (outcome.stop || !options.fallback || !policy.fallbackOn(outcome.error)) break;
  }
  if (!tried && skipped.length > 0) {
    // Every breaker is open: try the target that reopens soonest (ties: configured order).
    const least = skipped.reduce((a, b) => (b.reopensAt < a.reopensAt ? b : a));
    tags[`${ctx.node}.forced`] = least.target.id;
    const outcome = await tryTarget(ctx, least.target, least.verdict, policy, deadline, options);
    if (outcome.ok) return finish(ctx, skipped, outcome.result);
    lastError = outcome.error;
  }
  if (skipped.length > 0) tags[`${ctx.node}.skipped`] = skipped.map((s) => s.target.id);
  throw (
    lastError ??
    new GatewayErrorClass("upstream_timeout", `Router "${ctx.node}" ran out of time before trying a target.`)
  );
}

function finish(ctx: CallContext, skipped: { target: RouteTarget }[], result: CallResult): CallResult {
  if (skipped.length > 0)
    ctx.annotations.tags[`${ctx.node}.skipped`] = skipped.map((s) => s.target.id) as JsonValue;
  return result;
}

/** One target with its retries. */
async function tryTarget(
  ctx: CallContext,
  target: RouteTarget,
  verdict: Verdict,
  policy: ResiliencePolicy,
  deadline: number | undefined,
  options: RunOptions,
): Promise<TargetOutcome> {
  const clock = ctx.services.clock;
  const breaker = policy.breaker;
  // An admitted verdict: a forced try of an open target counts like a probe.
  const admitted: Verdict = verdict.allowed ? verdict : { allowed: true, probe: true, gen: verdict.gen };
  for (let attempt = 0; ; attempt++) {
    const start = clock.monotonic();
    const left = deadline === undefined ? undefined : deadline - start;
    if (left !== undefined && left < 1) return { ok: false, error: outOfTime(ctx, policy), stop: true };
    const limit = minDefined(policy.attemptMs, left);
    const timeoutMs = limit === undefined ? undefined : Math.ceil(limit);
    try {
      const result = await attemptOnce(target, ctx, timeoutMs);
      // A success is counted locally (no promise); anything else is written to the store.
      const recorded = breaker?.record(target.id, admitted, true);
      if (recorded) await noteChange(ctx, target, recorded);
      options.onSuccess?.(target.id, clock.monotonic() - start);
      return { ok: true, result };
    } catch (thrown) {
      const error = asGatewayError(thrown);
      if (ctx.cancellation.aborted) return { ok: false, error, stop: true };
      // The breaker counts the upstream's faults; a request's own 4xx shows the target is up.
      const recorded = breaker?.record(target.id, admitted, !isUpstreamFault(error));
      if (recorded) await noteChange(ctx, target, recorded);
      if (attempt >= policy.retries || !policy.retryOn(error)) return { ok: false, error, stop: false };
      let wait = jitteredBackoffMs(attempt, policy.baseMs, policy.capMs, policy.random);
      const asked = retryAfterMs(error.headers, clock.now());
      if (asked !== undefined) {
        // Asked to wait longer than we will: leave this target to the others.
        if (asked > policy.retryAfterCapMs) return { ok: false, error, stop: false };
        wait = Math.max(wait, asked);
      }
      // No time left to wait: the next target (if any, and time allows) gets the rest.
      if (deadline !== undefined && clock.monotonic() + wait >= deadline)
        return { ok: false, error, stop: false };
      try {
        await sleep(wait, ctx.cancellation);
      } catch {
        return { ok: false, error, stop: true };
      }
      ctx.annotations.tags[`${ctx.node}.retries`] =
        ((ctx.annotations.tags[`${ctx.node}.retries`] as number) ?? 0) + 1;
    }
  }
}

function outOfTime(ctx: CallContext, policy: ResiliencePolicy): GatewayError {
  return new GatewayErrorClass(
    "upstream_timeout",
    `Router "${ctx.node}" found no answer within its total timeout of ${policy.totalMs} ms.`,
  );
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}
