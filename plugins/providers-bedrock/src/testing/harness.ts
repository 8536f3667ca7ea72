/**
 * Test harness: the real engine running this provider against a fake upstream from
 * @aigw/testkit (SigV4 credentials and a region in its environment, a fixed clock), a spy
 * observer that captures each finished request record, and helpers to build Bedrock answers.
 * Test-only: excluded from the build.
 */
import { createGateway, fetchHttpClient, type Gateway } from "@aigw/engine";
import { definePlugin, type FinishedRequest, type Logger } from "@aigw/plugin-api";
import { bytes, type FakeUpstream, json, type Script, startFakeUpstream } from "@aigw/testkit";
import type { BedrockProviderConfig } from "../config.gen.js";
import bedrock from "../index.js";
import { EVENTSTREAM_CONTENT_TYPE, encodeEvents } from "./eventstream-encoder.js";

export const CREDENTIALS = {
  AWS_ACCESS_KEY_ID: "AKIDEXAMPLE",
  AWS_SECRET_ACCESS_KEY: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
  AWS_REGION: "us-east-1",
};

/** 2015-08-30T12:36:00Z, the SigV4 test suite's date. */
export const NOW = Date.UTC(2015, 7, 30, 12, 36, 0);

export interface Harness {
  gateway: Gateway;
  upstream: FakeUpstream;
  warnings: string[];
  nextFinished(): Promise<FinishedRequest>;
  post(path: string, body: unknown, init?: { signal?: AbortSignal }): Promise<Response>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  config?: BedrockProviderConfig;
  env?: Record<string, string>;
  /** Leave `baseUrl` unset. */
  noBaseUrl?: boolean;
}

export async function harness(script: Script, options: HarnessOptions = {}): Promise<Harness> {
  const upstream = await startFakeUpstream(script);
  const warnings: string[] = [];
  const waiting: ((record: FinishedRequest) => void)[] = [];
  const spy = definePlugin<Record<string, never>>({
    manifest: {
      name: "spy",
      kind: "observer",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["finish"],
      configSchema: { type: "object" },
    },
    create: () => ({
      finish(record) {
        waiting.shift()?.(record);
      },
    }),
  });
  const config = { ...(options.noBaseUrl ? {} : { baseUrl: upstream.url }), ...options.config };
  const gateway = await createGateway({
    config: {
      pipeline: {
        nodes: [
          { id: "llm", plugin: "providers-bedrock", config },
          { id: "spy", plugin: "spy" },
        ],
      },
    },
    plugins: [bedrock, spy],
    services: {
      http: fetchHttpClient(),
      logger: recordingLogger(warnings),
      clock: { now: () => NOW, monotonic: () => performance.now() },
    },
    env: options.env ?? CREDENTIALS,
  });
  return {
    gateway,
    upstream,
    warnings,
    nextFinished: () => new Promise((resolve) => waiting.push(resolve)),
    post: (path, body, init = {}) =>
      gateway.fetch(
        new Request(`http://gateway.test${path}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: typeof body === "string" ? body : JSON.stringify(body),
          signal: init.signal,
        }),
      ),
    async close() {
      await gateway.close(2_000);
      await upstream.close();
    },
  };
}

export function recordingLogger(warnings: string[]): Logger {
  const noop = () => {};
  const logger: Logger = {
    debug: noop,
    info: noop,
    warn: (_fields, message) => {
      warnings.push(message ?? "");
    },
    error: noop,
    child: () => logger,
  };
  return logger;
}

/** A minimal chat request body. */
export function chatBody(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    model: "anthropic.claude-3-haiku-20240307-v1:0",
    messages: [{ role: "user", content: "Hi" }],
    ...extra,
  };
}

/** A Converse answer with content blocks. */
export function converseAnswer(
  content: unknown[],
  stopReason = "end_turn",
  usage: Record<string, number> = { inputTokens: 10, outputTokens: 5, totalTokens: 15 },
) {
  return json(200, {
    output: { message: { role: "assistant", content } },
    stopReason,
    usage,
    metrics: { latencyMs: 42 },
  });
}

/** A ConverseStream answer from `{eventType: payload}` events, in parts if given cut points. */
export function converseStream(
  events: Record<string, unknown>[],
  options: { cut?: boolean; parts?: number[] } = {},
) {
  const body = encodeEvents(events);
  const parts: Uint8Array[] = [];
  let last = 0;
  for (const p of options.parts ?? []) {
    parts.push(body.slice(last, p));
    last = p;
  }
  parts.push(body.slice(last));
  return bytes(200, EVENTSTREAM_CONTENT_TYPE, parts, { cut: options.cut ?? false });
}

/** The usual text stream: messageStart, one delta per piece, stop, metadata. */
export function textEvents(pieces: string[], stopReason = "end_turn"): Record<string, unknown>[] {
  return [
    { messageStart: { role: "assistant" } },
    ...pieces.map((text) => ({ contentBlockDelta: { delta: { text }, contentBlockIndex: 0 } })),
    { contentBlockStop: { contentBlockIndex: 0 } },
    { messageStop: { stopReason } },
    { metadata: { usage: { inputTokens: 9, outputTokens: 4, totalTokens: 13 }, metrics: { latencyMs: 5 } } },
  ];
}
