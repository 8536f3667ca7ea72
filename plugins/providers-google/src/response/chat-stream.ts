/**
 * A `streamGenerateContent?alt=sse` body as OpenAI `chat.completion.chunk`s. Each SSE event is a
 * complete GenerateContentResponse holding the next slice of each candidate: its text becomes a
 * `content` delta and each function call (Google sends them whole) one tool call delta carrying
 * id, name and the complete arguments at once. Chunks are yielded as their event arrives; the
 * first delta of a choice carries `role: "assistant"`.
 *
 * Google's stream has no terminal event: the last event carries finishReason and the final
 * usageMetadata, then the body ends. (Older models even repeat finishReason on every event.) So
 * the finish chunk, and the usage chunk when the client asked for `include_usage`, are sent when
 * the body ends, with the last finishReason seen. A body that ends without any finishReason (or
 * prompt block) was cut off and is thrown as a GatewayError, as is a broken connection or an
 * `{"error": ...}` event; the engine turns those into an error event, never a clean [DONE].
 */
import {
  type AbortSignalLike,
  chunkFromText,
  GatewayError,
  isGatewayError,
  type StreamChunk,
  type Usage,
} from "@aigw/plugin-api";
import { sseEvents, type UpstreamExchange, upstreamAbortedError } from "@aigw/wire-kit";
import { googleError } from "../errors.js";
import type { GeminiPromptFeedback, GenerateContentResponse } from "../wire.js";
import { blockedError, blockedMessage, isBlocked } from "./blocked.js";
import { mapFinishReason, TOOL_CALL_FAILURES } from "./finish.js";
import { type OutToolCall, readParts, type ToolCallIds, toolCallJson } from "./parts.js";
import { usageFrom } from "./usage.js";

export interface StreamOptions {
  signal: AbortSignalLike;
  label: string;
  /** The model named in chunks until Google says which version answered. */
  model: string;
  /** Used for the chunk id when Google sends no responseId. */
  fallbackId: string;
  /** Epoch seconds, the same on every chunk. */
  created: number;
  includeUsage: boolean;
  ids: ToolCallIds;
  blockedPrompt: "content_filter" | "error";
  secrets: readonly string[];
  onUsage(usage: Usage): void;
  onToolCall(call: OutToolCall): void;
}

interface ChoiceState {
  started: boolean;
  toolIndex: number;
  finish: string | undefined;
  finishMessage: string | undefined;
  produced: boolean;
}

export async function* chatStream(
  exchange: UpstreamExchange,
  options: StreamOptions,
): AsyncGenerator<StreamChunk> {
  const events = sseEvents(exchange.response.body)[Symbol.asyncIterator]();
  const choices = new Map<number, ChoiceState>();
  let id: string | undefined;
  let model = options.model;
  let usage: Usage | undefined;
  let blocked: GeminiPromptFeedback | undefined;
  let ended = false;
  const chunk = (choiceList: unknown[], extra: Record<string, unknown> = {}) =>
    chunkFromText(
      JSON.stringify({
        id: id ?? `chatcmpl-${options.fallbackId}`,
        object: "chat.completion.chunk",
        created: options.created,
        model,
        choices: choiceList,
        ...extra,
      }),
    );
  const state = (index: number): ChoiceState => {
    let s = choices.get(index);
    if (!s) {
      s = { started: false, toolIndex: 0, finish: undefined, finishMessage: undefined, produced: false };
      choices.set(index, s);
    }
    return s;
  };

  try {
    for (;;) {
      const next = await events.next();
      if (next.done) break;
      const data = next.value.data;
      if (data.trim() === "") continue;
      let event: GenerateContentResponse;
      try {
        event = JSON.parse(data) as GenerateContentResponse;
      } catch (error) {
        throw new GatewayError("upstream_error", `${options.label} sent a stream event that is not JSON.`, {
          cause: error,
        });
      }
      if (event.error !== undefined) throw googleError(undefined, data, options.label, {}, options.secrets);
      id ??= event.responseId ? `chatcmpl-${event.responseId}` : undefined;
      if (event.modelVersion) model = event.modelVersion;
      usage = usageFrom(event.usageMetadata) ?? usage;
      if (isBlocked(event.promptFeedback)) blocked = event.promptFeedback;

      for (const candidate of event.candidates ?? []) {
        const index = candidate.index ?? 0;
        const s = state(index);
        if (candidate.finishReason) {
          s.finish = candidate.finishReason;
          s.finishMessage = candidate.finishMessage;
        }
        const { text, calls } = readParts(candidate.content?.parts, options.ids);
        const delta: Record<string, unknown> = {};
        if (!s.started) {
          delta.role = "assistant";
          delta.content = "";
          s.started = true;
        }
        if (text) delta.content = text;
        if (calls.length > 0) {
          delta.tool_calls = calls.map((call) => ({ index: s.toolIndex++, ...toolCallJson(call) }));
          for (const call of calls) options.onToolCall(call);
        }
        if (text || calls.length > 0) s.produced = true;
        if (Object.keys(delta).length > 0) yield chunk([{ index, delta, finish_reason: null }]);
      }
    }
    ended = true;
  } catch (error) {
    if (isGatewayError(error)) throw error;
    if (options.signal.aborted) throw upstreamAbortedError(options.signal, error);
    throw new GatewayError(
      "upstream_error",
      `The stream from ${options.label} was cut off before it finished (the connection failed).`,
      { cause: error },
    );
  } finally {
    // Stopped early (client gone, error, or a consumer that quit): release the upstream now.
    if (!ended) exchange.abort();
  }

  if (blocked && [...choices.values()].every((s) => s.finish === undefined)) {
    if (options.blockedPrompt === "error") throw blockedError(blocked, options.label);
    const s = state(0);
    const delta: Record<string, unknown> = { refusal: blockedMessage(blocked, options.label) };
    if (!s.started) delta.role = "assistant";
    yield chunk([{ index: 0, delta, finish_reason: "content_filter" }]);
  } else {
    const finished = [...choices.entries()].filter(([, s]) => s.finish !== undefined);
    if (finished.length === 0) {
      throw new GatewayError(
        "upstream_error",
        `The stream from ${options.label} was cut off before it finished (no finishReason).`,
      );
    }
    for (const [index, s] of [...choices.entries()].sort(([a], [b]) => a - b)) {
      if (s.finish && TOOL_CALL_FAILURES.has(s.finish) && !s.produced) {
        throw new GatewayError(
          "upstream_error",
          `${options.label} ended the answer with ${s.finish}${s.finishMessage ? `: ${s.finishMessage}` : "."}`,
        );
      }
      yield chunk([{ index, delta: {}, finish_reason: mapFinishReason(s.finish, s.toolIndex > 0) }]);
    }
  }
  if (usage) {
    options.onUsage(usage);
    if (options.includeUsage) yield chunk([], { usage });
  }
}
