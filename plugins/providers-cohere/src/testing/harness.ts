/**
 * Test helpers: this provider in @aigw/testkit's provider harness (the real engine against a
 * fake Cohere upstream, a spy on finished records, warnings kept), with its defaults: the fake
 * as `baseUrl`, TEST_KEY in CO_API_KEY, and a fixed wall clock (so translated chunks are
 * comparable byte for byte); and a builder of Cohere answers. Test-only: excluded from the build.
 */
import { fixedClock, type ProviderHarness, type Script, startProviderHarness } from "@aigw/testkit";
import type { CohereProviderConfig } from "../config.gen.js";
import cohere from "../index.js";

export const TEST_KEY = "co-test-key-0123";
/** The harness clock's epoch ms; `created` is this in seconds. */
export const NOW_MS = 1_700_000_000_000;

export type Harness = ProviderHarness;

export interface HarnessOptions {
  /** Node config over `{ baseUrl: <fake upstream> }`; a key set to `undefined` removes it. */
  config?: CohereProviderConfig & Record<string, unknown>;
  env?: Record<string, string>;
}

export function harness(script: Script, options: HarnessOptions = {}): Promise<Harness> {
  return startProviderHarness(script, {
    plugin: cohere,
    config: (url) => ({ baseUrl: url, ...options.config }),
    env: options.env ?? { CO_API_KEY: TEST_KEY },
    clock: fixedClock(NOW_MS),
  });
}

/** A minimal chat request body. */
export function chatBody(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { model: "command-a-03-2025", messages: [{ role: "user", content: "Hi" }], ...extra };
}

/** A Cohere v2 chat answer with text (and optional overrides). */
export function cohereText(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "c14c80c3-18eb-4519-9460-6c92edd8cfb4",
    message: { role: "assistant", content: [{ type: "text", text }] },
    finish_reason: "COMPLETE",
    usage: {
      billed_units: { input_tokens: 5, output_tokens: 7 },
      tokens: { input_tokens: 71, output_tokens: 7 },
    },
    ...extra,
  };
}
