/**
 * Test helpers (excluded from the build): a real engine gateway with the mock provider as its
 * only terminal, a finish observer that keeps each finished record, and an SSE reader.
 */
import { createGateway, type Gateway } from "@aigw/engine";
import { type Clock, definePlugin, type Logger } from "@aigw/plugin-api";
import type { ObservedRequest } from "@aigw/testkit";
import type { MockProviderConfig } from "../config.gen.js";
import mockProvider from "../index.js";

export type { ObservedRequest };

export function silentLogger(): Logger {
  const noop = () => {};
  const logger: Logger = { debug: noop, info: noop, warn: noop, error: noop, child: () => logger };
  return logger;
}

/** An observer that keeps every finished record, to check what the mock annotated. */
function recorder(records: ObservedRequest[]) {
  return definePlugin({
    manifest: {
      name: "test-recorder",
      kind: "observer",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["finish"],
      configSchema: { type: "object", additionalProperties: false },
    },
    create: (_config: Record<string, never>) => ({
      finish(record, ctx) {
        records.push({ ...record, annotations: ctx.annotations });
      },
    }),
  });
}

export interface MockGateway {
  gateway: Gateway;
  /** Finished records, in the order requests finished. */
  records: ObservedRequest[];
  post(path: string, body: unknown, init?: { signal?: AbortSignal }): Promise<Response>;
  chat(body: Record<string, unknown>, init?: { signal?: AbortSignal }): Promise<Response>;
}

export interface MockGatewayOptions {
  clock?: Clock;
  /** The node's timeout. */
  timeoutMs?: number;
}

export async function mockGateway(
  config: MockProviderConfig = {},
  options: MockGatewayOptions = {},
): Promise<MockGateway> {
  const records: ObservedRequest[] = [];
  const gateway = await createGateway({
    config: {
      pipeline: {
        nodes: [
          { id: "record", plugin: "test-recorder" },
          {
            id: "mock",
            plugin: "providers-mock",
            config,
            ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
          },
        ],
      },
    },
    plugins: [mockProvider, recorder(records)],
    services: { logger: silentLogger(), ...(options.clock ? { clock: options.clock } : {}) },
  });
  const post = (path: string, body: unknown, init: { signal?: AbortSignal } = {}) =>
    gateway.fetch(
      new Request(`http://gateway.test${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
        signal: init.signal,
      }),
    );
  return {
    gateway,
    records,
    post,
    chat: (body, init) =>
      post(
        "/v1/chat/completions",
        { model: "mock", messages: [{ role: "user", content: "hi" }], ...body },
        init,
      ),
  };
}

export type SseEvent = { done: true } | { done: false; data: unknown };

/** Reads a whole SSE body: each `data:` payload parsed, `[DONE]` as `{ done: true }`. */
export async function readSse(response: Response): Promise<SseEvent[]> {
  const text = await response.text();
  return text
    .split("\n\n")
    .filter((block) => block.trim() !== "")
    .map((block) => {
      const data = block
        .split("\n")
        .filter((line) => line.startsWith("data:"))
        .map((line) => line.slice(5).trimStart())
        .join("\n");
      return data === "[DONE]" ? { done: true } : { done: false, data: JSON.parse(data) as unknown };
    });
}

/** The parsed payloads of an SSE body, without the final `[DONE]`. */
export function payloads<T>(events: SseEvent[]): T[] {
  return events.flatMap((e) => (e.done ? [] : [e.data as T]));
}

/** A clock frozen at `ms` (monotonic time still advances, for durations). */
export function frozenClock(ms: number): Clock {
  return { now: () => ms, monotonic: () => performance.now() };
}
