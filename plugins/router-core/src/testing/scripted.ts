/**
 * Test support: a provider whose every call follows a script (answer, fail with a status, stall
 * until aborted, or a stream that fails or stalls before its first chunk), journaling each call,
 * and a logger that keeps each finished record by request id. Used by this package's tests
 * through the real engine.
 */
import {
  type CallContext,
  type CallResult,
  chunkFromText,
  definePlugin,
  GatewayError,
  jsonResult,
  type StreamChunk,
} from "@aigw/plugin-api";
import type { ObservedRequest } from "@aigw/testkit";
import { errorFromUpstream } from "@aigw/wire-kit";

export type { ObservedRequest };

export type Outcome =
  | { kind: "ok"; delayMs?: number }
  | { kind: "status"; status: number; retryAfter?: string }
  | { kind: "stall" }
  | { kind: "stream-fail" }
  | { kind: "stream-stall" };

export interface World {
  /** The outcome of a node's n-th call (0-based); `ok` when absent. */
  script: (node: string, call: number) => Outcome | undefined;
  /** Every provider call, in order. */
  journal: string[];
  calls: Map<string, number>;
}

export function newWorld(script: World["script"] = () => undefined): World {
  return { script, journal: [], calls: new Map() };
}

function untilAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
}

function answer(ctx: CallContext): CallResult {
  const content = `served by ${ctx.node}`;
  if (!ctx.request.stream)
    return jsonResult(
      JSON.stringify({
        id: "x",
        object: "chat.completion",
        servedBy: ctx.node,
        choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
      }),
    );
  const chunk = (delta: object) =>
    chunkFromText(
      JSON.stringify({ id: "x", object: "chat.completion.chunk", choices: [{ index: 0, delta }] }),
    );
  return {
    type: "stream",
    status: 200,
    chunks: (async function* () {
      yield chunk({ content });
      yield chunk({});
    })(),
  };
}

function failingStream(ctx: CallContext, stall: boolean): CallResult {
  const fail = async (): Promise<IteratorResult<StreamChunk>> => {
    if (stall) await untilAborted(ctx.signal);
    throw new GatewayError("upstream_error", `${ctx.node} cut its stream before the first chunk.`);
  };
  return { type: "stream", status: 200, chunks: { [Symbol.asyncIterator]: () => ({ next: fail }) } };
}

/** A provider plugin named `scripted` driven by `world`. */
export function scriptedProvider(world: World) {
  return definePlugin({
    manifest: {
      name: "scripted",
      kind: "provider",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["call"],
      configSchema: { type: "object" },
    },
    create: () => ({
      async call(ctx) {
        const n = world.calls.get(ctx.node) ?? 0;
        world.calls.set(ctx.node, n + 1);
        world.journal.push(ctx.node);
        const outcome = world.script(ctx.node, n) ?? { kind: "ok" };
        switch (outcome.kind) {
          case "ok":
            if (outcome.delayMs) await new Promise((r) => setTimeout(r, outcome.delayMs));
            return answer(ctx);
          case "status":
            throw errorFromUpstream(
              outcome.status,
              JSON.stringify({ error: { message: `${ctx.node} failed with ${outcome.status}` } }),
              ctx.node,
              outcome.retryAfter ? { "retry-after": outcome.retryAfter } : {},
            );
          case "stall":
            return untilAborted(ctx.signal);
          case "stream-fail":
            return failingStream(ctx, false);
          case "stream-stall":
            return failingStream(ctx, true);
        }
      },
    }),
  });
}

/** A logger plugin named `recorder` that keeps finished records by request id. */
export function recorder(records: Map<string, ObservedRequest>) {
  return definePlugin({
    manifest: {
      name: "recorder",
      kind: "logger",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["finish"],
      configSchema: { type: "object" },
    },
    create: () => ({
      finish(record, ctx) {
        records.set(record.requestId, { ...record, annotations: ctx.annotations });
      },
    }),
  });
}
