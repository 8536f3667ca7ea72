/**
 * Test harness: the real engine (`createGateway`) running this provider against a fake upstream
 * from @aigw/testkit, plus a spy observer that captures each finished request record (usage,
 * route attempts, served-by) and a logger that keeps warnings. Test-only: excluded from the build.
 */
import { createGateway, fetchHttpClient, type Gateway } from "@aigw/engine";
import { type Clock, definePlugin, type FinishedRequest, type Logger } from "@aigw/plugin-api";
import { type FakeUpstream, type Script, startFakeUpstream } from "@aigw/testkit";
import type { AnthropicProviderConfig } from "../config.gen.js";
import anthropic from "../index.js";

export interface Harness {
  gateway: Gateway;
  upstream: FakeUpstream;
  warnings: string[];
  /** Resolves with the record of the next request to finish. */
  nextFinished(): Promise<FinishedRequest>;
  post(path: string, body: unknown, init?: { signal?: AbortSignal }): Promise<Response>;
  get(path: string): Promise<Response>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Node config over `{ baseUrl: <fake upstream> }`; a key set to undefined removes it. */
  config?: AnthropicProviderConfig;
  env?: Record<string, string>;
  /** The node's baseUrl from the fake upstream's URL (default: the URL itself). */
  baseUrl?: (upstreamUrl: string) => string;
  /** Replaces the engine's clock (to check `created`). */
  clock?: Clock;
}

export const TEST_KEY = "sk-ant-test-key";

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
  const merged: Record<string, unknown> = {
    baseUrl: options.baseUrl ? options.baseUrl(upstream.url) : upstream.url,
    ...options.config,
  };
  const config = Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined));
  const gateway = await createGateway({
    config: {
      pipeline: {
        nodes: [
          { id: "claude", plugin: "providers-anthropic", config },
          { id: "spy", plugin: "spy" },
        ],
      },
    },
    plugins: [anthropic, spy],
    services: {
      http: fetchHttpClient(),
      logger: recordingLogger(warnings),
      ...(options.clock ? { clock: options.clock } : {}),
    },
    env: options.env ?? { ANTHROPIC_API_KEY: TEST_KEY },
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
    get: (path) => gateway.fetch(new Request(`http://gateway.test${path}`)),
    async close() {
      await gateway.close(2_000);
      await upstream.close();
    },
  };
}

/** A logger that drops everything but keeps warning messages. */
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
