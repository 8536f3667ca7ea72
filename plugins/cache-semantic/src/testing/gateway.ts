/**
 * Test helpers (excluded from the build): a real engine running the semantic cache in front of
 * a scripted model (JSON answers, or streams when asked), with the hashed-embedding provider as
 * its embedding node. A test auth node names the caller from the `x-test-key` and `x-test-team`
 * headers; a recorder keeps each finished request's record; a logger keeps warnings and infos.
 */
import { createGateway, type Gateway } from "@aigw/engine";
import {
  type CallResult,
  chunkFromText,
  definePlugin,
  GatewayError,
  type JsonObject,
  jsonResult,
  type Logger,
  type Plugin,
  type Services,
  type StreamChunk,
  type Usage,
} from "@aigw/plugin-api";
import type { ObservedRequest } from "@aigw/testkit";
import { chatChunks, collectSse, splitText } from "@aigw/testkit";
import { afterEach } from "vitest";
import type { SemanticCacheConfig } from "../config.gen.js";
import semanticCache from "../index.js";
import { type EmbeddingProviderControl, embeddingProvider } from "./embedding-provider.js";

export type { ObservedRequest };

/** How the scripted model answers its next calls (`break`: a stream that fails midway). */
export type ModelMode = "quote" | "refusal" | "content_filter" | "error" | "break";

export interface ModelControl {
  /** Chat and completion calls answered (errors included). */
  calls: number;
  mode: ModelMode;
  /** The wait before each streamed chunk after the first. */
  chunkDelayMs: number;
}

/** Log lines the gateway wrote, by level. */
export interface LogLines {
  readonly warn: string[];
  readonly info: string[];
}

function capturingLogger(lines: LogLines): Logger {
  const noop = () => {};
  const logger: Logger = {
    debug: noop,
    info: (_fields, message) => void lines.info.push(message ?? ""),
    warn: (_fields, message) => void lines.warn.push(message ?? ""),
    error: (_fields, message) => void lines.warn.push(message ?? ""),
    child: () => logger,
  };
  return logger;
}

function recorder(records: ObservedRequest[]) {
  return definePlugin({
    manifest: {
      name: "test-recorder",
      kind: "observer",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["finish"],
      configSchema: { type: "object", additionalProperties: false },
    },
    create: (_config: Record<string, never>) => ({
      finish(record, ctx) {
        records.push({ ...record, annotations: ctx.annotations });
      },
    }),
  });
}

/** Names the caller from test headers, as an auth plugin would from a key. */
const testAuth = definePlugin({
  manifest: {
    name: "test-auth",
    kind: "auth",
    version: "0.0.0",
    engine: "^0.1.0",
    hooks: ["request"],
    configSchema: { type: "object", additionalProperties: false },
  },
  create: (_config: Record<string, never>) => ({
    request(ctx) {
      const keyId = ctx.request.headers.get("x-test-key");
      if (!keyId) return undefined;
      const team = ctx.request.headers.get("x-test-team") ?? undefined;
      ctx.annotations.principal = { keyId, team };
      return undefined;
    },
  }),
});

/** The prompt a request asks: the last message's text, or the completion prompt. */
function promptOf(body: Record<string, unknown>): string {
  const messages = body.messages as { content?: unknown }[] | undefined;
  const last = messages?.at(-1)?.content;
  return typeof last === "string"
    ? last
    : typeof body.prompt === "string"
      ? body.prompt
      : JSON.stringify(last);
}

/** A chat answer streamed: the content in three chunks, a refusal, or a stream that breaks. */
function chatStream(control: ModelControl, id: string, model: string, content: string, usage: Usage | false) {
  const finishReason = control.mode === "content_filter" ? ("content_filter" as const) : undefined;
  const chunks: JsonObject[] = chatChunks(splitText(content, 3), {
    id,
    model,
    includeUsage: usage,
    ...(finishReason ? { finishReason } : {}),
  }) as unknown as JsonObject[];
  if (control.mode === "refusal") {
    const choices = [{ index: 0, delta: { role: "assistant", refusal: "No." }, finish_reason: "stop" }];
    chunks.splice(0, chunks.length, { id, object: "chat.completion.chunk", created: 1, model, choices });
  }
  const texts = chunks.map((chunk) => JSON.stringify(chunk));
  async function* stream(): AsyncGenerator<StreamChunk> {
    for (const [i, text] of texts.entries()) {
      if (control.mode === "break" && i === 2) throw new GatewayError("upstream_error", "the stream broke");
      if (i > 0 && control.chunkDelayMs > 0)
        await new Promise((resolve) => setTimeout(resolve, control.chunkDelayMs));
      yield chunkFromText(text);
    }
  }
  return { type: "stream", status: 200, chunks: stream() } satisfies CallResult;
}

/** A model that quotes the prompt (or refuses, or fails, as told), with usage. */
function scriptedModel(control: ModelControl) {
  return definePlugin({
    manifest: {
      name: "test-model",
      kind: "provider",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["call"],
      configSchema: { type: "object", additionalProperties: false },
    },
    create: (_config: Record<string, never>) => ({
      async call(ctx): Promise<CallResult> {
        control.calls++;
        if (control.mode === "error") return ctx.error("upstream_error", "the model failed");
        if (ctx.request.endpoint === "embeddings") {
          const data = [{ object: "embedding", index: 0, embedding: [1, 0] }];
          return jsonResult(
            JSON.stringify({
              object: "list",
              data,
              model: "m",
              usage: { prompt_tokens: 1, total_tokens: 1 },
            }),
          );
        }
        const body = ctx.request.body as unknown as Record<string, unknown>;
        const prompt = promptOf(body);
        const usage = { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 };
        ctx.annotations.usage = usage;
        const model = String(body.model);
        if (ctx.request.endpoint === "completions") {
          return jsonResult(
            JSON.stringify({
              id: `cmpl-${control.calls}`,
              object: "text_completion",
              created: 1,
              model,
              choices: [{ index: 0, text: `answer to: ${prompt}`, logprobs: null, finish_reason: "stop" }],
              usage,
            }),
          );
        }
        const id = `chatcmpl-${control.calls}`;
        const content = `answer ${control.calls} to: ${prompt}`;
        if (ctx.request.stream) {
          const options = body.stream_options as { include_usage?: boolean } | undefined;
          return chatStream(control, id, model, content, options?.include_usage === true ? usage : false);
        }
        const refused = control.mode === "refusal";
        const message: JsonObject = refused
          ? { role: "assistant", content: null, refusal: "I can't help with that." }
          : { role: "assistant", content };
        const finish = control.mode === "content_filter" ? "content_filter" : "stop";
        return jsonResult(
          JSON.stringify({
            id,
            object: "chat.completion",
            created: 1,
            model,
            choices: [{ index: 0, message, finish_reason: finish }],
            usage,
          }),
        );
      },
    }),
  });
}

export interface CacheGatewayOptions {
  /** The cache node's config, over `{ node: "embedder", embeddingModel: "hashed" }`. */
  cache?: Partial<SemanticCacheConfig>;
  /** The gateway's stores (default: memory). */
  stores?: { type: "redis"; url: string };
  /** The cache node's `uses` (default: `[embedder]`). */
  uses?: string[];
  /** The cache node's id (default `semantic`): its store namespace is `cache-semantic:<id>`. */
  id?: string;
  /** Services to replace (a manual clock). */
  services?: Partial<Pick<Services, "clock">>;
}

export interface CacheGateway {
  gateway: Gateway;
  records: ObservedRequest[];
  embedder: EmbeddingProviderControl;
  model: ModelControl;
  logs: LogLines;
  /** Sends a chat request: `content` as the only user message, over `extra` fields. */
  chat(content: string, extra?: Record<string, unknown>, headers?: Record<string, string>): Promise<Response>;
  /** Sends any body to any path. */
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** Waits for observers, then the last finished record. */
  lastRecord(): Promise<ObservedRequest>;
  close(): Promise<void>;
}

export async function cacheGateway(options: CacheGatewayOptions = {}): Promise<CacheGateway> {
  const records: ObservedRequest[] = [];
  const logs: LogLines = { warn: [], info: [] };
  const embeddings = embeddingProvider();
  const model: ModelControl = { calls: 0, mode: "quote", chunkDelayMs: 0 };
  const gateway = await createGateway({
    config: {
      ...(options.stores ? { stores: options.stores } : {}),
      pipeline: {
        nodes: [
          { id: "auth", plugin: "test-auth" },
          {
            id: options.id ?? "semantic",
            plugin: "cache-semantic",
            needs: ["auth"],
            uses: options.uses ?? ["embedder"],
            config: { node: "embedder", embeddingModel: "hashed", ...options.cache },
          },
          { id: "record", plugin: "test-recorder" },
          { id: "embedder", plugin: "test-embeddings" },
          { id: "llm", plugin: "test-model" },
        ],
      },
    },
    plugins: [
      semanticCache,
      testAuth,
      recorder(records),
      embeddings.plugin,
      scriptedModel(model),
    ] as Plugin<never>[],
    services: { logger: capturingLogger(logs), ...options.services },
  });
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    gateway.fetch(
      new Request(`http://gateway.test${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(body),
      }),
    );
  return {
    gateway,
    records,
    embedder: embeddings.control,
    model,
    logs,
    post,
    chat: (content, extra = {}, headers = {}) =>
      post(
        "/v1/chat/completions",
        { model: "gpt-test", messages: [{ role: "user", content }], ...extra },
        headers,
      ),
    async lastRecord() {
      await gateway.idle();
      return records.at(-1)!;
    },
    close: () => gateway.close(2_000),
  };
}

/** A streamed answer as a client reads it. */
export interface Streamed {
  /** Every SSE data payload but `[DONE]`. */
  events: string[];
  /** Whether the stream ended with `[DONE]`. */
  done: boolean;
  /** The text its chat chunks add up to. */
  content: string;
}

/** Reads a streamed answer to its end. */
export async function readStream(response: Response): Promise<Streamed> {
  const all = await collectSse(response);
  const done = all.at(-1) === "[DONE]";
  const events = done ? all.slice(0, -1) : all;
  let content = "";
  for (const event of events) {
    const chunk = JSON.parse(event) as { choices?: { delta?: { content?: string } }[] };
    content += chunk.choices?.[0]?.delta?.content ?? "";
  }
  return { events, done, content };
}

/** A question, and a rewording of it close enough to hit at the default threshold. */
export const QUESTION = "What is the capital city of France?";
export const REWORDED = "What is the capital city of France, please?";

/** The content of a JSON chat answer. */
export async function contentOf(response: Response): Promise<string> {
  const body = (await response.json()) as { choices: { message: { content: string } }[] };
  return body.choices[0]!.message.content;
}

/** A starter of gateways for a test file: each gateway it started is closed after its test. */
export function gatewayStarter(): (options?: CacheGatewayOptions) => Promise<CacheGateway> {
  const open: CacheGateway[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((t) => t.close()));
  });
  return async (options = {}) => {
    const t = await cacheGateway(options);
    open.push(t);
    return t;
  };
}
