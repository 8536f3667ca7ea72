/**
 * Test helpers: this provider in @aigw/testkit's provider harness (the real engine against a
 * fake upstream, as strict as Anthropic about sampling parameters; a spy on finished records,
 * warnings kept), with its defaults (the fake as
 * `baseUrl`, TEST_KEY in ANTHROPIC_API_KEY), and builders of Messages API answers. Test-only:
 * excluded from the build.
 */
import type { Clock } from "@aigw/plugin-api";
import { type ProviderHarness, type Script, startProviderHarness } from "@aigw/testkit";
import type { AnthropicProviderConfig } from "../config.gen.js";
import anthropic from "../index.js";
import { strictAnthropic } from "./strict-upstream.js";

export type Harness = ProviderHarness;

export interface HarnessOptions {
  /** Node config over `{ baseUrl: <fake upstream> }`; a key set to undefined removes it. */
  config?: AnthropicProviderConfig;
  env?: Record<string, string>;
  /** The node's baseUrl from the fake upstream's URL (default: the URL itself). */
  baseUrl?: (upstreamUrl: string) => string;
  /** Replaces the engine's clock (to check `created`). */
  clock?: Clock;
  /** Gateway config beside the pipeline (e.g. `capabilities`). */
  gateway?: Record<string, unknown>;
}

export const TEST_KEY = "sk-ant-test-key";

export function harness(script: Script, options: HarnessOptions = {}): Promise<Harness> {
  return startProviderHarness(strictAnthropic(script), {
    plugin: anthropic,
    nodeId: "claude",
    config: (url) => ({ baseUrl: options.baseUrl ? options.baseUrl(url) : url, ...options.config }),
    gateway: options.gateway,
    env: options.env ?? { ANTHROPIC_API_KEY: TEST_KEY },
    clock: options.clock,
  });
}

/** A minimal chat request body. */
export function chatBody(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { model: "claude-sonnet-4-5", messages: [{ role: "user", content: "Hi" }], ...extra };
}

/** A Messages API answer with the given content blocks. */
export function anthropicMessage(
  content: object[],
  stopReason: string | null = "end_turn",
  usage: Record<string, number> = { input_tokens: 10, output_tokens: 5 },
): Record<string, unknown> {
  return {
    id: "msg_01TEST",
    type: "message",
    role: "assistant",
    model: "claude-sonnet-4-5-20250929",
    content,
    stop_reason: stopReason,
    stop_sequence: null,
    usage,
  };
}
