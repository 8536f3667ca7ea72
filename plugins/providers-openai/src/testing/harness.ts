/**
 * Test helpers: this provider in @aigw/testkit's provider harness (the real engine against a
 * fake upstream, as strict as OpenAI with reasoning models; a spy on finished records, warnings
 * kept), with its defaults: the fake's `/v1` as `baseUrl` and TEST_KEY in OPENAI_API_KEY. Test-only: excluded from the build.
 */
import type { Plugin } from "@aigw/plugin-api";
import { type ProviderHarness, type Script, startProviderHarness } from "@aigw/testkit";
import type { OpenAIProviderConfig } from "../config.gen.js";
import openai from "../index.js";
import { strictOpenAI } from "./strict-upstream.js";

export type Harness = ProviderHarness;

export interface HarnessOptions {
  /** Ingress plugins in front of the pipeline (testkit's `nativeIngress`). */
  ingress?: readonly Plugin<never>[];
  /**
   * Node config, over `{ baseUrl: <fake upstream>/v1, apiKeyEnv: "OPENAI_API_KEY" }`; a key set
   * to `undefined` removes that default.
   */
  config?: OpenAIProviderConfig;
  env?: Record<string, string>;
  /** Leave `baseUrl` unset (to test presets' own URLs). */
  noBaseUrl?: boolean;
  /** Gateway config beside the pipeline (e.g. `capabilities`). */
  gateway?: Record<string, unknown>;
  /** Credentials of a stand-in vault, for nodes that name a `credential`. */
  credentials?: ReadonlyMap<string, string>;
}

export const TEST_KEY = "sk-test-key";

export function harness(script: Script, options: HarnessOptions = {}): Promise<Harness> {
  return startProviderHarness(strictOpenAI(script), {
    plugin: openai,
    config: (url) => ({
      ...(options.noBaseUrl ? {} : { baseUrl: `${url}/v1` }),
      apiKeyEnv: "OPENAI_API_KEY",
      ...options.config,
    }),
    gateway: options.gateway,
    ingress: options.ingress,
    credentials: options.credentials,
    env: options.env ?? { OPENAI_API_KEY: TEST_KEY },
  });
}

/** A minimal chat request body. */
export function chatBody(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { model: "gpt-4o-mini", messages: [{ role: "user", content: "Hi" }], ...extra };
}
