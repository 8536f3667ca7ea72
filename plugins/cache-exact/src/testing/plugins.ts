/**
 * Test support: plugins the cache's end-to-end tests compose with it. A scripted provider that
 * counts its calls and answers by the last user message (an echo numbered by call, or a refusal,
 * a filtered answer, tool calls, an error, a stream that breaks); an auth stand-in that takes the
 * caller from headers; an output check that denies answers saying "forbidden"; a recorder of
 * finished requests.
 */
import {
  type CallResult,
  type ChatCompletionRequest,
  chunkFromText,
  definePlugin,
  deny,
  GatewayError,
  type HookContext,
  isJsonObject,
  type JsonObject,
  jsonResult,
  type RequestRecord,
  type StreamChunk,
} from "@aigw/plugin-api";
import {
  chatChunks,
  chatCompletion,
  embeddingResponse,
  splitText,
  toolCallChunks,
  usage,
} from "@aigw/testkit";

const schema = { type: "object" } as const;

/** What the scripted provider saw. */
export interface Upstream {
  calls: number;
}

/** The last user message of a chat request (the prompt of a completion). */
function promptOf(ctx: HookContext): string {
  const body = ctx.request.body as unknown as JsonObject;
  if (typeof body.prompt === "string") return body.prompt;
  const messages = Array.isArray(body.messages) ? body.messages : [];
  const last = messages.at(-1);
  return isJsonObject(last) && typeof last.content === "string" ? last.content : "";
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The scripted provider `scripted-llm`, counting calls in `upstream`. */
export function scriptedProvider(upstream: Upstream) {
  return definePlugin({
    manifest: {
      name: "scripted-llm",
      kind: "provider",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["call"],
      configSchema: schema,
    },
    create: () => ({
      async call(ctx): Promise<CallResult> {
        const n = ++upstream.calls;
        ctx.annotations.servedBy = { provider: "openai", model: "gpt-4o-mini", node: ctx.node };
        const prompt = promptOf(ctx);
        const spent = usage(10, 20);
        ctx.annotations.usage = spent;
        if (prompt === "error")
          throw new GatewayError("upstream_error", "the upstream failed", { status: 500 });
        if (ctx.request.endpoint === "embeddings")
          return jsonResult(JSON.stringify(embeddingResponse([[n, 0.5]])));
        const content = `echo: ${prompt} #${n}`;
        const includeUsage =
          (ctx.request.body as ChatCompletionRequest).stream_options?.include_usage === true ? spent : false;
        if (!ctx.request.stream) {
          if (ctx.request.endpoint === "completions") {
            const body = {
              id: `cmpl-${n}`,
              object: "text_completion",
              created: 1,
              model: "gpt-4o-mini",
              choices: [{ index: 0, text: content, logprobs: null, finish_reason: "stop" }],
              usage: spent,
            };
            return jsonResult(JSON.stringify(body));
          }
          const body = chatCompletion({ id: `chatcmpl-${n}`, content, usage: spent });
          if (prompt === "refuse") {
            body.choices[0]!.message.content = null;
            body.choices[0]!.message.refusal = "I can't help with that.";
          }
          if (prompt === "filter") body.choices[0]!.finish_reason = "content_filter";
          if (prompt === "tools")
            return jsonResult(
              JSON.stringify(
                chatCompletion({
                  id: `chatcmpl-${n}`,
                  toolCalls: [{ name: "f", arguments: '{"n":1}' }],
                  usage: spent,
                }),
              ),
            );
          return jsonResult(JSON.stringify(body));
        }
        const options = { id: `chatcmpl-${n}`, includeUsage };
        let chunks: JsonObject[] =
          prompt === "tools"
            ? (toolCallChunks([{ name: "f", arguments: '{"n":1}' }], options) as unknown as JsonObject[])
            : (chatChunks(splitText(content, 3), {
                ...options,
                ...(prompt === "filter" ? { finishReason: "content_filter" as const } : {}),
              }) as unknown as JsonObject[]);
        if (prompt === "refuse") {
          chunks = [
            {
              id: options.id,
              object: "chat.completion.chunk",
              created: 1,
              model: "m",
              choices: [{ index: 0, delta: { role: "assistant", refusal: "No." }, finish_reason: null }],
            },
            {
              id: options.id,
              object: "chat.completion.chunk",
              created: 1,
              model: "m",
              choices: [{ index: 0, delta: {}, finish_reason: "stop" }],
            },
          ];
        }
        const texts = chunks.map((c) => JSON.stringify(c));
        async function* stream(): AsyncGenerator<StreamChunk> {
          for (const [i, text] of texts.entries()) {
            if (prompt === "break" && i === 2) throw new GatewayError("upstream_error", "the stream broke");
            if (prompt.startsWith("slow") && i > 0) await sleep(40);
            yield chunkFromText(text);
          }
        }
        return { type: "stream", status: 200, chunks: stream() };
      },
    }),
  });
}

/** `test-auth`: the caller is the `x-key` header (and `x-team`), as an auth plugin would set it. */
export const testAuth = definePlugin({
  manifest: {
    name: "test-auth",
    kind: "auth",
    version: "0.0.0",
    engine: "^0.1.0",
    hooks: ["request"],
    configSchema: schema,
  },
  create: () => ({
    request(ctx) {
      const keyId = ctx.request.headers.get("x-key");
      if (!keyId) return;
      const team = ctx.request.headers.get("x-team") ?? undefined;
      ctx.annotations.principal = { keyId, team };
    },
  }),
});

/** `forbid-guard`: denies an answer (or ends a stream) whose text says "forbidden". */
export const forbidGuard = definePlugin({
  manifest: {
    name: "forbid-guard",
    kind: "guardrail",
    version: "0.0.0",
    engine: "^0.1.0",
    hooks: ["response"],
    configSchema: schema,
  },
  create: () => ({
    response(result) {
      if (result.type === "json") {
        if (JSON.stringify(result.body).includes("forbidden"))
          return deny("answer_rejected", "forbidden answer");
        return;
      }
      if (result.type !== "stream") return;
      const source = result.chunks;
      async function* checked(): AsyncGenerator<StreamChunk> {
        let said = "";
        for await (const chunk of source) {
          const choices = (chunk.data as { choices?: { delta?: { content?: unknown } }[] }).choices;
          const content = choices?.[0]?.delta?.content;
          if (typeof content === "string") said += content;
          if (said.includes("forbidden")) throw new GatewayError("answer_rejected", "forbidden answer");
          yield chunk;
        }
      }
      return { kind: "replace", result: { ...result, chunks: checked() } };
    },
  }),
});

/** `recorder`: keeps every finished request's record. */
export function recorder(records: RequestRecord[]) {
  return definePlugin({
    manifest: {
      name: "recorder",
      kind: "logger",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["finish"],
      configSchema: schema,
    },
    create: () => ({
      finish(record) {
        records.push(record);
      },
    }),
  });
}
