/**
 * Test helpers: this provider in @aigw/testkit's provider harness (the real engine against a
 * fake Azure OpenAI, a spy on finished records, warnings kept), with its defaults: the fake as
 * `endpoint` and TEST_KEY in AZURE_OPENAI_API_KEY. Test-only: excluded from the build.
 */
import type { Clock, Plugin } from "@aigw/plugin-api";
import { type ProviderHarness, type Script, startProviderHarness } from "@aigw/testkit";
import type { AzureOpenAIProviderConfig } from "../config.gen.js";
import azure from "../index.js";

export const TEST_KEY = "azure-test-key";

export type Harness = ProviderHarness;

export interface HarnessOptions {
  /** Ingress plugins in front of the pipeline (testkit's `nativeIngress`). */
  ingress?: readonly Plugin<never>[];
  /**
   * Node config over `{ endpoint: <fake upstream> }` (or a function of the fake's URL); a key set
   * to `undefined` removes it.
   */
  config?: AzureOpenAIProviderConfig | ((upstreamUrl: string) => AzureOpenAIProviderConfig);
  /** Default: the API key in AZURE_OPENAI_API_KEY. */
  env?: Record<string, string>;
  clock?: Clock;
}

export function harness(script: Script, options: HarnessOptions = {}): Promise<Harness> {
  return startProviderHarness(script, {
    plugin: azure,
    nodeId: "azure",
    config: (url) => ({
      endpoint: url,
      ...(typeof options.config === "function" ? options.config(url) : options.config),
    }),
    ingress: options.ingress,
    env: options.env ?? { AZURE_OPENAI_API_KEY: TEST_KEY },
    clock: options.clock,
  });
}

/** A minimal chat request body. */
export function chatBody(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { model: "gpt-4o", messages: [{ role: "user", content: "Hi" }], ...extra };
}
