/**
 * Calls one hook of one node: times it, enforces the node's timeout (only when the hook returned
 * a promise, so synchronous hooks pay nothing), and wraps anything it throws with plugin, node,
 * hook and cause. Synchronous results stay synchronous to keep the hot path free of ticks.
 */
import { GatewayError, type NodeStepOutcome, wrapPluginError } from "@aigw/plugin-api";
import type { PlanNodeBase } from "../plan/plan.js";
import type { HookContextImpl } from "./hook-context.js";
import type { RequestState } from "./request-state.js";

export type HookOutcome<T> = { ok: true; value: T } | { ok: false; error: GatewayError; timedOut: boolean };

export function isPromiseLike<T>(value: unknown): value is PromiseLike<T> {
  return (
    value !== null &&
    (typeof value === "object" || typeof value === "function") &&
    typeof (value as { then?: unknown }).then === "function"
  );
}

/** Runs `call`; the result is synchronous when the hook was. */
export function invokeHook<T>(
  state: RequestState,
  node: PlanNodeBase,
  hook: string,
  ctx: HookContextImpl,
  call: () => T | PromiseLike<T>,
  settle: (outcome: HookOutcome<T>) => NodeStepOutcome = (o) =>
    o.ok ? "ok" : o.timedOut ? "timeout" : "error",
): HookOutcome<T> | Promise<HookOutcome<T>> {
  const start = state.now();
  const fail = (thrown: unknown, timedOut: boolean): HookOutcome<T> => ({
    ok: false,
    error: wrapPluginError(thrown, { plugin: node.plugin, node: node.id, hook }),
    timedOut,
  });
  const done = (outcome: HookOutcome<T>): HookOutcome<T> => {
    state.time(node.id, hook, start, settle(outcome));
    return outcome;
  };
  let result: T | PromiseLike<T>;
  try {
    result = call();
  } catch (thrown) {
    return done(fail(thrown, false));
  }
  if (!isPromiseLike<T>(result)) return done({ ok: true, value: result });
  const pending = Promise.resolve(result).then(
    (value): HookOutcome<T> => ({ ok: true, value }),
    (thrown): HookOutcome<T> => fail(thrown, false),
  );
  const timeoutMs = node.timeoutMs;
  if (timeoutMs === undefined) return pending.then(done);
  return new Promise<HookOutcome<T>>((resolve) => {
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      const error = new GatewayError(
        "plugin_timeout",
        `Node "${node.id}" (${node.plugin}) did not finish its ${hook} hook within ${timeoutMs} ms.`,
        {
          plugin: node.plugin,
          node: node.id,
          hook,
        },
      );
      ctx.abort(error);
      resolve(done({ ok: false, error, timedOut: true }));
    }, timeoutMs);
    pending.then((outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(done(outcome));
    });
  });
}
