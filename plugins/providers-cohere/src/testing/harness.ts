/**
 * Test harness: the real engine (`createGateway`) running this provider against a fake Cohere
 * upstream from @aigw/testkit, with a fixed wall clock (so translated chunks are comparable
 * byte for byte), a spy observer that captures each finished request record, and a logger that
 * keeps warnings. Test-only: excluded from the build.
 */
import { createGateway, fetchHttpClient, type Gateway } from "@aigw/engine";
import { definePlugin, type FinishedRequest, type Logger } from "@aigw/plugin-api";
import { type FakeUpstream, type Script, startFakeUpstream } from "@aigw/testkit";
import type { CohereProviderConfig } from "../config.gen.js";
import cohere from "../index.js";

export const TEST_KEY = "co-test-key-0123";
/** The harness clock's epoch ms; `created` is this in seconds. */
export const NOW_MS = 1_700_000_000_000;

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
  /** Node config over `{ baseUrl: <fake upstream> }`; a key set to `undefined` removes it. */
  config?: CohereProviderConfig & Record<string, unknown>;
  env?: Record<string, string>;
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
  const merged: Record<string, unknown> = { baseUrl: upstream.url, ...options.config };
  const config = Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined));
  const gateway = await createGateway({
    config: {
      pipeline: {
        nodes: [
          { id: "llm", plugin: "providers-cohere", config },
          { id: "spy", plugin: "spy" },
        ],
      },
    },
    plugins: [cohere, spy],
    services: {
      http: fetchHttpClient(),
      logger: recordingLogger(warnings),
      clock: { now: () => NOW_MS, monotonic: () => performance.now() },
    },
    env: options.env ?? { CO_API_KEY: TEST_KEY },
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
