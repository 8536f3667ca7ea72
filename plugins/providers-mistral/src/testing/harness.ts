/**
 * Test helpers: this provider in @aigw/testkit's provider harness (the real engine against a
 * fake Mistral API, a spy on finished records, warnings kept), with its defaults: the fake's
 * `/v1` as `baseUrl` and TEST_KEY in MISTRAL_API_KEY. Test-only: excluded from the build.
 */
import type { Clock } from "@aigw/plugin-api";
import { type ProviderHarness, type Script, startProviderHarness } from "@aigw/testkit";
import type { MistralProviderConfig } from "../config.gen.js";
import mistral from "../index.js";

export const TEST_KEY = "mistral-test-key";

export type Harness = ProviderHarness;

export interface HarnessOptions {
  /**
   * Node config over `{ baseUrl: <fake upstream>/v1 }` (or a function of the fake's URL); a key set
   * to `undefined` removes it.
   */
  config?: MistralProviderConfig | ((upstreamUrl: string) => MistralProviderConfig);
  /** Default: the API key in MISTRAL_API_KEY. */
  env?: Record<string, string>;
  clock?: Clock;
}

export function harness(script: Script, options: HarnessOptions = {}): Promise<Harness> {
  return startProviderHarness(script, {
    plugin: mistral,
    nodeId: "mistral",
    config: (url) => ({
      baseUrl: `${url}/v1`,
      ...(typeof options.config === "function" ? options.config(url) : options.config),
    }),
    env: options.env ?? { MISTRAL_API_KEY: TEST_KEY },
    clock: options.clock,
  });
}

/** A minimal chat request body. */
export function chatBody(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { model: "mistral-small-latest", messages: [{ role: "user", content: "Hi" }], ...extra };
}
