/**
 * A scripted OpenAI-shaped provider for tests: each test says how to answer (a completion, a
 * stream of chunks, a failure) and sees the OpenAI requests the ingress produced. Plus builders
 * for completions and chunks.
 */
import {
  type CallContext,
  type CallResult,
  type ChatCompletion,
  type ChatCompletionChunk,
  type ChatCompletionChunkDelta,
  type ChatCompletionMessageToolCall,
  type ChatCompletionRequest,
  chunkFromText,
  definePlugin,
  type FinishReason,
  jsonResult,
  type StreamChunk,
  type Usage,
} from "@aigw/plugin-api";

export type Answer = (request: ChatCompletionRequest, ctx: CallContext) => CallResult | Promise<CallResult>;

export interface Script {
  /** The OpenAI requests the provider received, in order. */
  readonly seen: ChatCompletionRequest[];
  answer: Answer;
}

export function script(answer: Answer): Script {
  return { seen: [], answer };
}

export function scriptedProvider(s: Script) {
  return definePlugin({
    manifest: {
      name: "scripted-openai",
      kind: "provider",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["call"],
      configSchema: { type: "object", additionalProperties: false },
    },
    create: (_config: Record<string, never>) => ({
      async call(ctx) {
        const body = ctx.request.body as ChatCompletionRequest;
        s.seen.push(structuredClone(body));
        return s.answer(body, ctx);
      },
    }),
  });
}

export const USAGE: Usage = { prompt_tokens: 12, completion_tokens: 5, total_tokens: 17 };

export function completion(
  message: { content?: string | null; tool_calls?: ChatCompletionMessageToolCall[]; refusal?: string },
  finish: FinishReason = "stop",
  extra: { usage?: Usage; model?: string; choice?: Record<string, unknown> } = {},
): ChatCompletion {
  return {
    id: "chatcmpl-1",
    object: "chat.completion",
    created: 1_700_000_000,
    model: extra.model ?? "upstream-model",
    choices: [
      {
        ...extra.choice,
        index: 0,
        message: { role: "assistant", content: message.content ?? null, ...message },
        finish_reason: finish,
      },
    ],
    usage: extra.usage ?? USAGE,
  };
}

export function toolCall(id: string, name: string, args: unknown): ChatCompletionMessageToolCall {
  return { id, type: "function", function: { name, arguments: JSON.stringify(args) } };
}

export function json(body: ChatCompletion) {
  return jsonResult(JSON.stringify(body));
}

export function chunk(
  delta: ChatCompletionChunkDelta,
  finish: FinishReason | null = null,
  extra: { usage?: Usage | null; choices?: false; choice?: Record<string, unknown> } = {},
): ChatCompletionChunk {
  return {
    id: "chatcmpl-1",
    object: "chat.completion.chunk",
    created: 1_700_000_000,
    model: "upstream-model",
    choices: extra.choices === false ? [] : [{ ...extra.choice, index: 0, delta, finish_reason: finish }],
    ...(extra.usage === undefined ? {} : { usage: extra.usage }),
  };
}

/** The usage chunk OpenAI sends last when `stream_options.include_usage` is set. */
export function usageChunk(usage: Usage = USAGE): ChatCompletionChunk {
  return chunk({}, null, { usage, choices: false });
}

/** A text answer as OpenAI streams it: role, text pieces, finish, usage. */
export function textChunks(pieces: string[], finish: FinishReason = "stop"): ChatCompletionChunk[] {
  return [
    chunk({ role: "assistant", content: "" }),
    ...pieces.map((content) => chunk({ content })),
    chunk({}, finish),
    usageChunk(),
  ];
}

export interface StreamOptions {
  /** Throw this after sending `failAfter` chunks (a cut upstream). */
  failAfter?: number;
  failWith?: unknown;
  /** Wait for each of these before sending the chunk of the same position. */
  gates?: Promise<void>[];
}

export function stream(chunks: ChatCompletionChunk[], options: StreamOptions = {}): CallResult {
  async function* generate(): AsyncGenerator<StreamChunk> {
    for (const [i, c] of chunks.entries()) {
      if (options.failAfter !== undefined && i >= options.failAfter)
        throw options.failWith ?? new Error("upstream connection reset");
      await options.gates?.[i];
      yield chunkFromText(JSON.stringify(c));
    }
    if (options.failAfter !== undefined && options.failAfter >= chunks.length)
      throw options.failWith ?? new Error("upstream connection reset");
  }
  return { type: "stream", status: 200, chunks: generate() };
}
