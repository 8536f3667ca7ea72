/**
 * Test harness: the real engine (`createGateway`) running this provider against a fake Azure
 * OpenAI from @aigw/testkit, with a spy observer that captures each finished request record, a
 * logger that keeps warnings, and a clock the test can move (token expiry). Test-only: excluded
 * from the build.
 */
import { createGateway, fetchHttpClient, type Gateway } from "@aigw/engine";
import { type Clock, definePlugin, type FinishedRequest, type Logger } from "@aigw/plugin-api";
import { type FakeUpstream, type Script, startFakeUpstream } from "@aigw/testkit";
import type { AzureOpenAIProviderConfig } from "../config.gen.js";
import azure from "../index.js";

export const TEST_KEY = "azure-test-key";

export interface TestClock extends Clock {
  advance(ms: number): void;
}

export function testClock(start = 1_700_000_000_000): TestClock {
  let now = start;
  return { now: () => now, monotonic: () => now, advance: (ms) => (now += ms) };
}

export interface Harness {
  gateway: Gateway;
  upstream: FakeUpstream;
  warnings: string[];
  nextFinished(): Promise<FinishedRequest>;
  post(path: string, body: unknown, init?: { signal?: AbortSignal }): Promise<Response>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /**
   * Node config over `{ endpoint: <fake upstream> }` (or a function of the fake's URL); a key set
   * to `undefined` removes it.
   */
  config?: AzureOpenAIProviderConfig | ((upstreamUrl: string) => AzureOpenAIProviderConfig);
  /** Default: the API key in AZURE_OPENAI_API_KEY. */
  env?: Record<string, string>;
  clock?: Clock;
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
  const extra = typeof options.config === "function" ? options.config(upstream.url) : options.config;
  const merged: Record<string, unknown> = { endpoint: upstream.url, ...extra };
  const config = Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined));
  const gateway = await createGateway({
    config: {
      pipeline: {
        nodes: [
          { id: "azure", plugin: "providers-azure", config },
          { id: "spy", plugin: "spy" },
        ],
      },
    },
    plugins: [azure, spy],
    services: {
      http: fetchHttpClient(),
      logger: recordingLogger(warnings),
      ...(options.clock ? { clock: options.clock } : {}),
    },
    env: options.env ?? { AZURE_OPENAI_API_KEY: TEST_KEY },
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

function recordingLogger(warnings: string[]): Logger {
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
  return { model: "gpt-4o", messages: [{ role: "user", content: "Hi" }], ...extra };
}
