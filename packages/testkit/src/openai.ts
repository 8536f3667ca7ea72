/**
 * Builders for the OpenAI wire objects tests need: chat completions, streamed chat chunks for a
 * text reply or for (parallel) tool calls, embeddings, moderations and model lists, and error
 * bodies. The shapes follow what api.openai.com sends, so tests exercise realistic payloads.
 */
import type {
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionChunkChoice,
  ChatCompletionMessageToolCall,
  EmbeddingResponse,
  FinishReason,
  ModelList,
  ModerationResponse,
  OpenAIErrorBody,
  Usage,
} from "@aigw/plugin-api";

const CREATED = 1_700_000_000;

/** A usage block; the total is the sum unless given. */
export function usage(promptTokens: number, completionTokens: number): Usage {
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
  };
}

export interface ChatCompletionOptions {
  id?: string;
  model?: string;
  content?: string | null;
  toolCalls?: readonly ToolCallSpec[];
  finishReason?: FinishReason;
  /** `null` leaves usage out. */
  usage?: Usage | null;
}

/** A non-streamed chat completion with one choice. */
export function chatCompletion(options: ChatCompletionOptions = {}): ChatCompletion {
  const toolCalls = options.toolCalls?.map(
    (call, i): ChatCompletionMessageToolCall => ({
      id: call.id ?? `call_${i}`,
      type: "function",
      function: { name: call.name, arguments: call.arguments },
    }),
  );
  const completion: ChatCompletion = {
    id: options.id ?? "chatcmpl-fake",
    object: "chat.completion",
    created: CREATED,
    model: options.model ?? "gpt-4o-mini",
    choices: [
      {
        index: 0,
        message: {
          role: "assistant",
          content: options.content === undefined ? (toolCalls ? null : "Hello!") : options.content,
          refusal: null,
          ...(toolCalls ? { tool_calls: toolCalls } : {}),
        },
        finish_reason: options.finishReason ?? (toolCalls ? "tool_calls" : "stop"),
        logprobs: null,
      },
    ],
    system_fingerprint: "fp_fake",
  };
  if (options.usage !== null) completion.usage = options.usage ?? usage(9, 3);
  return completion;
}

export interface ChunkOptions {
  id?: string;
  model?: string;
  finishReason?: FinishReason;
  /**
   * As with `stream_options.include_usage`: every chunk carries `usage: null`, and a final
   * chunk with empty `choices` carries this usage (`true` uses a default).
   */
  includeUsage?: Usage | boolean;
}

function chunkOf(options: ChunkOptions, choices: ChatCompletionChunkChoice[]): ChatCompletionChunk {
  const chunk: ChatCompletionChunk = {
    id: options.id ?? "chatcmpl-fake",
    object: "chat.completion.chunk",
    created: CREATED,
    model: options.model ?? "gpt-4o-mini",
    system_fingerprint: "fp_fake",
    choices,
  };
  if (options.includeUsage) chunk.usage = null;
  return chunk;
}

/** Appends the finish chunk (empty delta) and, when asked, the usage chunk. */
function finish(chunks: ChatCompletionChunk[], options: ChunkOptions, reason: FinishReason) {
  chunks.push(chunkOf(options, [{ index: 0, delta: {}, finish_reason: options.finishReason ?? reason }]));
  if (options.includeUsage) {
    chunks.push({
      ...chunkOf(options, []),
      usage: options.includeUsage === true ? usage(9, chunks.length) : options.includeUsage,
    });
  }
  return chunks;
}

/**
 * The chunks of a streamed text reply, one piece per chunk: the role on the first delta, the
 * finish reason on a last empty delta, then the usage chunk when `includeUsage` is set.
 */
export function chatChunks(pieces: readonly string[], options: ChunkOptions = {}): ChatCompletionChunk[] {
  const chunks = pieces.map((piece, i) =>
    chunkOf(options, [
      {
        index: 0,
        delta: i === 0 ? { role: "assistant", content: piece } : { content: piece },
        finish_reason: null,
      },
    ]),
  );
  if (chunks.length === 0) {
    chunks.push(
      chunkOf(options, [{ index: 0, delta: { role: "assistant", content: "" }, finish_reason: null }]),
    );
  }
  return finish(chunks, options, "stop");
}

/** One tool call to stream or return. */
export interface ToolCallSpec {
  id?: string;
  name: string;
  /** The JSON-encoded arguments. */
  arguments: string;
}

/** Splits `text` into `count` pieces of nearly equal length (some may be empty for short text). */
export function splitText(text: string, count: number): string[] {
  const size = Math.ceil(text.length / Math.max(1, count));
  const pieces: string[] = [];
  for (let i = 0; i < count; i++) pieces.push(text.slice(i * size, (i + 1) * size));
  return pieces;
}

/**
 * The chunks of a streamed reply made of tool calls (several = parallel tool calls): a role
 * chunk, then for each call a chunk with its id, type and name, then its arguments split across
 * `argumentPieces` chunks (each fragment tagged with the call's `index`), then the finish chunk
 * with `tool_calls` and the usage chunk when asked.
 */
export function toolCallChunks(
  calls: readonly ToolCallSpec[],
  options: ChunkOptions & { argumentPieces?: number } = {},
): ChatCompletionChunk[] {
  const delta = (d: ChatCompletionChunkChoice["delta"]) =>
    chunkOf(options, [{ index: 0, delta: d, finish_reason: null }]);
  const chunks = [delta({ role: "assistant", content: null })];
  calls.forEach((call, index) => {
    chunks.push(
      delta({
        tool_calls: [
          {
            index,
            id: call.id ?? `call_${index}`,
            type: "function",
            function: { name: call.name, arguments: "" },
          },
        ],
      }),
    );
    for (const piece of splitText(call.arguments, options.argumentPieces ?? 3)) {
      if (piece) chunks.push(delta({ tool_calls: [{ index, function: { arguments: piece } }] }));
    }
  });
  return finish(chunks, options, "tool_calls");
}

/** An OpenAI error body, e.g. `openAIError("Rate limit reached", { type: "requests", code: "rate_limit_exceeded" })`. */
export function openAIError(
  message: string,
  options: { type?: string; code?: string | null; param?: string | null } = {},
): OpenAIErrorBody {
  return {
    error: {
      message,
      type: options.type ?? "invalid_request_error",
      code: options.code ?? null,
      param: options.param ?? null,
    },
  };
}

/** An embeddings answer with one vector per input. */
export function embeddingResponse(
  vectors: readonly number[][],
  model = "text-embedding-3-small",
): EmbeddingResponse {
  return {
    object: "list",
    data: vectors.map((embedding, index) => ({ object: "embedding", index, embedding })),
    model,
    usage: { prompt_tokens: 4 * vectors.length, total_tokens: 4 * vectors.length },
  };
}

/** One input's verdict: each category's score, and the categories flagged. */
export interface ModerationVerdict {
  scores: Readonly<Record<string, number>>;
  flagged?: readonly string[];
}

/**
 * A moderations answer with one result per verdict: every scored category is listed in
 * `categories` (true when flagged) and judged on text, as the omni models report.
 */
export function moderationResponse(
  verdicts: readonly ModerationVerdict[],
  model = "omni-moderation-latest",
): ModerationResponse {
  return {
    id: "modr-fake",
    model,
    results: verdicts.map(({ scores, flagged = [] }) => {
      const names = Object.keys(scores);
      return {
        flagged: flagged.length > 0,
        categories: Object.fromEntries(names.map((name) => [name, flagged.includes(name)])),
        category_scores: { ...scores },
        category_applied_input_types: Object.fromEntries(names.map((name) => [name, ["text" as const]])),
      };
    }),
  };
}

/** A `GET /models` answer. */
export function modelList(ids: readonly string[], ownedBy = "openai"): ModelList {
  return {
    object: "list",
    data: ids.map((id) => ({ id, object: "model", created: CREATED, owned_by: ownedBy })),
  };
}
