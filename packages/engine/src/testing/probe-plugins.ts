/**
 * Scripted plugins for engine tests: a probe (request/response/chunk/finish, each scripted by
 * config and logged in order), a scripted provider (JSON or SSE chat answers, delays, failures),
 * and a router (fallback in order, or conditional routes). Each test gets its own journal.
 */
import {
  answerBody,
  type CallResult,
  type ChatCompletionChunk,
  type Condition,
  chunkFromText,
  compileCondition,
  definePlugin,
  deny,
  type HookContext,
  type JsonObject,
  jsonResult,
  patch,
  type RequestAnnotations,
  type RequestRecord,
  respond,
} from "@aigw/plugin-api";

/** A finished request's record, with the annotations plugins wrote while it ran (for tests). */
export type ObservedRequest = RequestRecord & { annotations: RequestAnnotations };

export interface Journal {
  /** Hook order, e.g. `auth:request`, `guard:response`, `llm:call`. */
  events: string[];
  /** Finished records seen by `finish` hooks, by node. */
  finished: Map<string, ObservedRequest>;
}

export function newJournal(): Journal {
  return { events: [], finished: new Map() };
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (ms <= 0) return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason ?? new Error("aborted"));
      },
      { once: true },
    );
  });

export interface ProbeConfig {
  delayMs?: number;
  action?: "continue" | "patch" | "respond" | "deny" | "throw" | "hang";
  patch?: JsonObject;
  reply?: string;
  onResponse?: "keep" | "tag" | "deny" | "throw";
  onChunk?: "keep" | "upper" | "drop" | "deny";
  failFinish?: boolean;
}

const probeSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    delayMs: { type: "integer", minimum: 0 },
    action: { enum: ["continue", "patch", "respond", "deny", "throw", "hang"] },
    patch: { type: "object" },
    reply: { type: "string" },
    onResponse: { enum: ["keep", "tag", "deny", "throw"] },
    onChunk: { enum: ["keep", "upper", "drop", "deny"] },
    failFinish: { type: "boolean" },
  },
} as const;

export function chatCompletion(content: string, model = "test-model"): JsonObject {
  return {
    id: "chatcmpl-test",
    object: "chat.completion",
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
    usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 },
  };
}

function chunk(content: string | undefined, finish: string | null = null): ChatCompletionChunk {
  return {
    id: "chatcmpl-test",
    object: "chat.completion.chunk",
    created: 1_700_000_000,
    model: "test-model",
    choices: [{ index: 0, delta: content === undefined ? {} : { content }, finish_reason: finish as null }],
  };
}

export function probePlugin(journal: Journal) {
  return definePlugin({
    manifest: {
      name: "probe",
      kind: "transform",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["request", "response", "chunk", "finish"],
      configSchema: probeSchema,
    },
    create(config: ProbeConfig, init) {
      const node = init.node;
      return {
        async request(ctx) {
          journal.events.push(`${node}:request`);
          if (config.action === "hang") {
            await new Promise<void>((_, reject) =>
              ctx.signal.addEventListener("abort", () => reject(ctx.signal.reason), { once: true }),
            );
          }
          try {
            await sleep(config.delayMs ?? 0, ctx.signal);
          } catch (error) {
            journal.events.push(`${node}:aborted`);
            throw error;
          }
          journal.events.push(`${node}:request:done`);
          switch (config.action) {
            case "patch":
              return patch(config.patch ?? {});
            case "respond":
              return respond(
                jsonResult(JSON.stringify(chatCompletion(config.reply ?? `answered by ${node}`))),
              );
            case "deny":
              return deny("content_denied", `denied by ${node}`);
            case "throw":
              throw new Error(`${node} crashed`);
            default:
              return undefined;
          }
        },
        response(result: CallResult, ctx) {
          journal.events.push(`${node}:response`);
          if (config.onResponse === "deny") return deny("content_denied", `response denied by ${node}`);
          if (config.onResponse === "throw") throw new Error(`${node} crashed in response`);
          if (config.onResponse === "tag" && result.type === "json") {
            const body = structuredClone(result.body) as JsonObject;
            const tags = ((body.tags as string[] | undefined) ?? []).concat(node);
            ctx.annotations.tags[node] = true;
            return {
              kind: "replace",
              result: { type: "json", status: result.status, body: { ...body, tags } },
            };
          }
          return undefined;
        },
        chunk(c) {
          journal.events.push(`${node}:chunk`);
          if (config.onChunk === "drop") return { kind: "drop" };
          if (config.onChunk === "deny") return deny("content_denied", `stream denied by ${node}`);
          if (config.onChunk === "upper") {
            const data = structuredClone(c.data) as unknown as ChatCompletionChunk;
            const delta = data.choices[0]?.delta;
            if (delta?.content) delta.content = delta.content.toUpperCase();
            return { kind: "replace", chunk: { data: data as never } };
          }
          return undefined;
        },
        finish(record, ctx) {
          journal.events.push(`${node}:finish`);
          journal.finished.set(node, { ...record, annotations: ctx.annotations });
          if (config.failFinish) throw new Error(`${node} crashed in finish`);
        },
      };
    },
  });
}

export interface ScriptedProviderConfig {
  reply?: string;
  echo?: boolean;
  delayMs?: number;
  chunks?: string[];
  chunkDelayMs?: number;
  failStatus?: number;
  cutAfter?: number;
  models?: string[];
  /** The prompt tokens its answers report (3 by default), to tell whose usage a record kept. */
  promptTokens?: number;
}

export function scriptedProvider(journal: Journal, name = "scripted-provider") {
  return definePlugin({
    manifest: {
      name,
      kind: "provider",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["call", "models"],
      configSchema: {
        type: "object",
        additionalProperties: false,
        properties: {
          reply: { type: "string" },
          echo: { type: "boolean" },
          delayMs: { type: "integer", minimum: 0 },
          chunks: { type: "array", items: { type: "string" } },
          chunkDelayMs: { type: "integer", minimum: 0 },
          failStatus: { type: "integer" },
          cutAfter: { type: "integer", minimum: 0 },
          promptTokens: { type: "integer", minimum: 0 },
          models: { type: "array", items: { type: "string" } },
        },
      },
    },
    create(config: ScriptedProviderConfig, init) {
      const node = init.node;
      return {
        models: () =>
          (config.models ?? []).map((id) => ({ id, object: "model" as const, created: 0, owned_by: node })),
        async call(ctx) {
          journal.events.push(`${node}:call`);
          try {
            await sleep(config.delayMs ?? 0, ctx.signal);
          } catch (error) {
            journal.events.push(`${node}:aborted`);
            throw error;
          }
          if (config.failStatus)
            ctx.error(config.failStatus === 429 ? "rate_limited" : "upstream_error", `${node} failed`, {
              status: config.failStatus,
            });
          const prompt = config.promptTokens ?? 3;
          ctx.annotations.usage = { prompt_tokens: prompt, completion_tokens: 2, total_tokens: prompt + 2 };
          const content = config.echo
            ? JSON.stringify(ctx.request.body)
            : (config.reply ?? `hello from ${node}`);
          // A transcription service answers with its own shape (the gateway checks answers).
          if (ctx.request.endpoint === "audio.transcriptions")
            return jsonResult(JSON.stringify({ text: content }));
          if (ctx.request.endpoint === "embeddings")
            return jsonResult(
              JSON.stringify({ object: "list", data: [{ object: "embedding", index: 0, embedding: [0] }] }),
            );
          if (ctx.request.endpoint === "moderations")
            return jsonResult(
              JSON.stringify({
                id: "modr-scripted",
                model: ctx.request.model ?? "scripted",
                results: [{ flagged: false, categories: {}, category_scores: {} }],
                ...(config.echo ? { seen: { stream: ctx.request.stream, body: ctx.request.body } } : {}),
              }),
            );
          if (ctx.request.endpoint === "images.generations")
            return jsonResult(
              JSON.stringify({ created: 0, data: [{ url: "https://example.test/image.png" }] }),
            );
          if (!ctx.request.stream)
            return jsonResult(JSON.stringify(chatCompletion(content, ctx.request.model)));
          const parts = config.chunks ?? [content];
          const signal = ctx.signal;
          async function* chunks() {
            for (const [i, part] of parts.entries()) {
              if (config.cutAfter !== undefined && i >= config.cutAfter)
                throw new Error("upstream connection reset");
              await sleep(config.chunkDelayMs ?? 0, signal);
              yield chunkFromText(JSON.stringify(chunk(part)));
            }
            yield chunkFromText(JSON.stringify(chunk(undefined, "stop")));
          }
          return { type: "stream", status: 200, chunks: chunks() };
        },
      };
    },
  });
}

export interface TestRouterConfig {
  strategy: "fallback" | "conditional";
  routes?: { when: Condition; target: string }[];
  default?: string;
}

export function testRouter(journal: Journal) {
  return definePlugin({
    manifest: {
      name: "test-router",
      kind: "router",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["call"],
      configSchema: {
        type: "object",
        additionalProperties: false,
        required: ["strategy"],
        properties: {
          strategy: { enum: ["fallback", "conditional"] },
          routes: { type: "array", items: { type: "object", required: ["when", "target"] } },
          default: { type: "string" },
        },
      },
    },
    create(config: TestRouterConfig, init) {
      const routes = (config.routes ?? []).map((r) => ({ test: compileCondition(r.when), target: r.target }));
      return {
        async call(ctx) {
          journal.events.push(`${init.node}:call`);
          if (config.strategy === "conditional") {
            const subject = { request: ctx.request, annotations: ctx.annotations };
            const id = routes.find((r) => r.test(subject))?.target ?? config.default ?? ctx.targets[0]!.id;
            const target = ctx.targets.find((t) => t.id === id);
            if (!target) return ctx.error("no_route", `no target ${id}`);
            return target.invoke();
          }
          let last: unknown;
          for (const target of ctx.targets) {
            try {
              return await target.invoke();
            } catch (error) {
              last = error;
            }
          }
          throw last;
        },
      };
    },
  });
}

/** Every test plugin, sharing one journal. */
export interface CheckerConfig {
  /** Deny (answer_rejected) an answer whose content contains this text. */
  rejectIf?: string;
  /** Call this `uses` terminal in the request step and echo its reply as `x-checker-asked`. */
  ask?: string;
  /** Ask it on the way back instead, once the answer is there (as an output check would). */
  askOnAnswer?: boolean;
}

/** A node that judges answers and asks a side terminal: exercises `onAttempt`, `uses`, `setHeader`. */
export function checkerPlugin(journal: Journal) {
  return definePlugin({
    manifest: {
      name: "checker",
      kind: "guardrail",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["request", "response"],
      configSchema: {
        type: "object",
        additionalProperties: false,
        properties: {
          rejectIf: { type: "string" },
          ask: { type: "string" },
          askOnAnswer: { type: "boolean" },
        },
      },
    },
    create(config: CheckerConfig, init) {
      const ask = async (ctx: HookContext) => {
        const answer = await ctx.uses(config.ask!).invoke();
        if (answer.type !== "json" || ctx.request.endpoint !== "chat.completions") return;
        const content = answerBody(ctx.request, answer).choices[0]?.message.content ?? "";
        ctx.setHeader("x-checker-asked", content);
      };
      return {
        async request(ctx) {
          if (config.ask && !config.askOnAnswer) await ask(ctx);
          return undefined;
        },
        async response(result, ctx) {
          if (config.ask && config.askOnAnswer) await ask(ctx);
          if (!config.rejectIf || result.type !== "json" || ctx.request.endpoint !== "chat.completions")
            return undefined;
          const content = answerBody(ctx.request, result).choices[0]?.message.content ?? "";
          journal.events.push(`${init.node}:checked:${content}`);
          if (content.includes(config.rejectIf))
            return deny("answer_rejected", `${init.node} rejected the answer`);
          return undefined;
        },
      };
    },
  });
}

export function testPlugins(journal: Journal) {
  return [probePlugin(journal), scriptedProvider(journal), testRouter(journal), checkerPlugin(journal)];
}
