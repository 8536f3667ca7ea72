/**
 * Test helpers (excluded from the build): a real engine running the semantic cache in front of
 * a scripted model, with the hashed-embedding provider as its embedding node. A test auth node
 * names the caller from the `x-test-key` and `x-test-team` headers; a recorder keeps each
 * finished request's record; a logger keeps warnings and infos.
 */
import { createGateway, type Gateway } from "@aigw/engine";
import {
  definePlugin,
  type JsonObject,
  jsonResult,
  type Logger,
  type Plugin,
  type RequestAnnotations,
  type RequestRecord,
  type Services,
} from "@aigw/plugin-api";
import type { SemanticCacheConfig } from "../config.gen.js";
import semanticCache from "../index.js";
import { type EmbeddingProviderControl, embeddingProvider } from "./embedding-provider.js";

/** A finished request's record, with the annotations plugins wrote while it ran. */
export type ObservedRequest = RequestRecord & { annotations: RequestAnnotations };

/** How the scripted model answers its next calls. */
export type ModelMode = "quote" | "refusal" | "content_filter" | "error";

export interface ModelControl {
  /** Chat and completion calls answered (errors included). */
  calls: number;
  mode: ModelMode;
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
      async call(ctx) {
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
        if (ctx.request.endpoint === "completions") {
          return jsonResult(
            JSON.stringify({
              id: `cmpl-${control.calls}`,
              object: "text_completion",
              created: 1,
              model: String(body.model),
              choices: [{ index: 0, text: `answer to: ${prompt}`, logprobs: null, finish_reason: "stop" }],
              usage,
            }),
          );
        }
        const refused = control.mode === "refusal";
        const message: JsonObject = refused
          ? { role: "assistant", content: null, refusal: "I can't help with that." }
          : { role: "assistant", content: `answer ${control.calls} to: ${prompt}` };
        const finish = control.mode === "content_filter" ? "content_filter" : "stop";
        return jsonResult(
          JSON.stringify({
            id: `chatcmpl-${control.calls}`,
            object: "chat.completion",
            created: 1,
            model: String(body.model),
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
  const model: ModelControl = { calls: 0, mode: "quote" };
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
