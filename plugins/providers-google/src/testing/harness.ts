/**
 * Test helpers: this provider in @aigw/testkit's provider harness (the real engine against a
 * fake Google upstream, a spy on finished records, warnings kept), with its defaults (the fake
 * as `baseUrl`, the Gemini API with TEST_KEY), and builders of Gemini answers. Test-only:
 * excluded from the build.
 */
import type { Clock } from "@aigw/plugin-api";
import { type ProviderHarness, type Script, startProviderHarness } from "@aigw/testkit";
import type { GoogleProviderConfig } from "../config.gen.js";
import google from "../index.js";

export const TEST_KEY = "AIzaSyTest-key-0123456789";

export type Harness = ProviderHarness;

export interface HarnessOptions {
  /** Node config over `{ baseUrl: <fake upstream> }` (Gemini API with TEST_KEY by default). */
  config?: GoogleProviderConfig;
  env?: Record<string, string>;
  clock?: Clock;
}

export function harness(script: Script, options: HarnessOptions = {}): Promise<Harness> {
  return startProviderHarness(script, {
    plugin: google,
    config: (url) => ({ baseUrl: url, ...options.config }),
    env: options.env ?? { GEMINI_API_KEY: TEST_KEY },
    clock: options.clock,
  });
}

/** A minimal chat request body. */
export function chatBody(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { model: "gemini-2.5-flash", messages: [{ role: "user", content: "Hi" }], ...extra };
}

/** A Gemini generateContent answer with one text candidate. */
export function textAnswer(text: string, finishReason = "STOP", usage?: Record<string, number>) {
  return {
    candidates: [{ content: { role: "model", parts: [{ text }] }, finishReason, index: 0 }],
    usageMetadata: usage ?? { promptTokenCount: 5, candidatesTokenCount: 3, totalTokenCount: 8 },
    modelVersion: "gemini-2.5-flash",
    responseId: "resp-1",
  };
}

/** A `text/event-stream` body with Google's framing (`data: <json>` + CRLF CRLF). */
export function googleSse(events: object[]): { contentType: string; body: Uint8Array } {
  const text = events.map((e) => `data: ${JSON.stringify(e)}\r\n\r\n`).join("");
  return { contentType: "text/event-stream", body: new TextEncoder().encode(text) };
}
