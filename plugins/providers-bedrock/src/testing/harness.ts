/**
 * Test helpers: this provider in @aigw/testkit's provider harness (the real engine against a
 * fake upstream, a spy on finished records, warnings kept), with its defaults: the fake as
 * `baseUrl`, SigV4 credentials and a region in its environment, and a fixed wall clock (the
 * SigV4 test suite's date); and builders of Bedrock answers. Test-only: excluded from the build.
 */
import {
  bytes,
  fixedClock,
  json,
  type ProviderHarness,
  type Script,
  startProviderHarness,
} from "@aigw/testkit";
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

export type Harness = ProviderHarness;

export interface HarnessOptions {
  config?: BedrockProviderConfig;
  env?: Record<string, string>;
  /** Leave `baseUrl` unset. */
  noBaseUrl?: boolean;
  /** Credentials of a stand-in vault (for nodes that name a `credential`). */
  credentials?: ReadonlyMap<string, string>;
}

export function harness(script: Script, options: HarnessOptions = {}): Promise<Harness> {
  return startProviderHarness(script, {
    plugin: bedrock,
    config: (url) => ({ ...(options.noBaseUrl ? {} : { baseUrl: url }), ...options.config }),
    env: options.env ?? CREDENTIALS,
    clock: fixedClock(NOW),
    credentials: options.credentials,
  });
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
