/**
 * Test harness: the real engine (`createGateway`) running this provider against a fake Google
 * upstream from @aigw/testkit, with a spy observer that captures each finished request record, a
 * logger that keeps warnings, and an optional controllable clock. Test-only: excluded from the
 * build.
 */
import { createGateway, fetchHttpClient, type Gateway } from "@aigw/engine";
import { type Clock, definePlugin, type FinishedRequest, type Logger } from "@aigw/plugin-api";
import { type FakeUpstream, type Script, startFakeUpstream } from "@aigw/testkit";
import type { GoogleProviderConfig } from "../config.gen.js";
import google from "../index.js";

export const TEST_KEY = "AIzaSyTest-key-0123456789";

export interface Harness {
  gateway: Gateway;
  upstream: FakeUpstream;
  warnings: string[];
  nextFinished(): Promise<FinishedRequest>;
  post(path: string, body: unknown, init?: { signal?: AbortSignal }): Promise<Response>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Node config over `{ baseUrl: <fake upstream> }` (Gemini API with TEST_KEY by default). */
  config?: GoogleProviderConfig;
  env?: Record<string, string>;
  clock?: Clock;
}

/** A clock tests move by hand. */
export function manualClock(start = 1_750_000_000_000): Clock & { advance(ms: number): void } {
  let now = start;
  return {
    now: () => now,
    monotonic: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
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
  const gateway = await createGateway({
    config: {
      pipeline: {
        nodes: [
          { id: "llm", plugin: "providers-google", config: { baseUrl: upstream.url, ...options.config } },
          { id: "spy", plugin: "spy" },
        ],
      },
    },
    plugins: [google, spy],
    services: {
      http: fetchHttpClient(),
      logger: recordingLogger(warnings),
      ...(options.clock ? { clock: options.clock } : {}),
    },
    env: options.env ?? { GEMINI_API_KEY: TEST_KEY },
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
