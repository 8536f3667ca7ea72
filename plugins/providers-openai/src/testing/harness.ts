/**
 * Test harness: the real engine (`createGateway`) running this provider against a fake upstream
 * from @aigw/testkit, plus a spy observer that captures each finished request record (usage,
 * route attempts) and a logger that keeps warnings. Test-only: excluded from the build.
 */
import { createGateway, fetchHttpClient, type Gateway } from "@aigw/engine";
import { definePlugin, type FinishedRequest, type Logger } from "@aigw/plugin-api";
import { type FakeUpstream, type Script, startFakeUpstream } from "@aigw/testkit";
import type { OpenAIProviderConfig } from "../config.gen.js";
import openai from "../index.js";

export interface Harness {
  gateway: Gateway;
  upstream: FakeUpstream;
  /** Warnings logged by the gateway and its plugins. */
  warnings: string[];
  /** Resolves with the record of the next request to finish. */
  nextFinished(): Promise<FinishedRequest>;
  /** POSTs a JSON body (a string is sent as is) to the gateway. */
  post(
    path: string,
    body: unknown,
    init?: { headers?: Record<string, string>; signal?: AbortSignal },
  ): Promise<Response>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /**
   * Node config, over `{ baseUrl: <fake upstream>/v1, apiKeyEnv: "OPENAI_API_KEY" }`; a key set
   * to `undefined` removes that default.
   */
  config?: OpenAIProviderConfig;
  env?: Record<string, string>;
  /** Leave `baseUrl` unset (to test presets' own URLs). */
  noBaseUrl?: boolean;
}

export const TEST_KEY = "sk-test-key";

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
    ...(options.noBaseUrl ? {} : { baseUrl: `${upstream.url}/v1` }),
    apiKeyEnv: "OPENAI_API_KEY",
    ...options.config,
  };
  const config = Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined));
  const gateway = await createGateway({
    config: {
      pipeline: {
        nodes: [
          { id: "llm", plugin: "providers-openai", config },
          { id: "spy", plugin: "spy" },
        ],
      },
    },
    plugins: [openai, spy],
    services: { http: fetchHttpClient(), logger: recordingLogger(warnings) },
    env: options.env ?? { OPENAI_API_KEY: TEST_KEY },
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
          headers: { "content-type": "application/json", ...init.headers },
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
  return { model: "gpt-4o-mini", messages: [{ role: "user", content: "Hi" }], ...extra };
}
