/**
 * A complete GenerateContentResponse as an OpenAI `chat.completion`: one choice per candidate
 * (candidateCount / n), text and tool calls from its parts, the mapped finish reason, and the
 * usage. A blocked prompt and empty tool-call failures are handled as described in blocked.ts
 * and finish.ts; an answer with neither candidates nor prompt feedback is a 502.
 */
import {
  type ChatCompletion,
  type ChatCompletionChoice,
  type ChatCompletionResponseMessage,
  GatewayError,
  type Usage,
} from "@aigw/plugin-api";
import type { GenerateContentResponse } from "../wire.js";
import { blockedError, blockedMessage, isBlocked } from "./blocked.js";
import { mapFinishReason, TOOL_CALL_FAILURES } from "./finish.js";
import { type OutToolCall, readParts, type ToolCallIds, toolCallJson } from "./parts.js";
import { usageFrom } from "./usage.js";

export interface AnswerContext {
  /** `chatcmpl-...` */
  id: string;
  /** Epoch seconds. */
  created: number;
  model: string;
  ids: ToolCallIds;
  blockedPrompt: "content_filter" | "error";
  label: string;
}

export interface Answer {
  body: ChatCompletion;
  usage: Usage | undefined;
  calls: OutToolCall[];
}

export function chatAnswer(res: GenerateContentResponse, a: AnswerContext): Answer {
  const usage = usageFrom(res.usageMetadata);
  // Anything but a list (a broken answer) counts as no candidates: a 502 below, not a crash.
  const listed = Array.isArray(res.candidates) ? res.candidates : [];
  const candidates = [...listed].sort((x, y) => (x.index ?? 0) - (y.index ?? 0));
  const calls: OutToolCall[] = [];
  let choices: ChatCompletionChoice[];
  if (candidates.length === 0) {
    if (!isBlocked(res.promptFeedback)) {
      throw new GatewayError("upstream_error", `${a.label} answered without any candidate.`);
    }
    if (a.blockedPrompt === "error") throw blockedError(res.promptFeedback, a.label);
    choices = [
      {
        index: 0,
        message: { role: "assistant", content: null, refusal: blockedMessage(res.promptFeedback, a.label) },
        finish_reason: "content_filter",
        logprobs: null,
      },
    ];
  } else {
    choices = candidates.map((candidate, position) => {
      const { text, calls: own } = readParts(candidate.content?.parts, a.ids);
      const reason = candidate.finishReason;
      if (reason && TOOL_CALL_FAILURES.has(reason) && !text && own.length === 0) {
        throw new GatewayError(
          "upstream_error",
          `${a.label} ended the answer with ${reason}${candidate.finishMessage ? `: ${candidate.finishMessage}` : "."}`,
        );
      }
      calls.push(...own);
      const finish = mapFinishReason(reason, own.length > 0);
      const message: ChatCompletionResponseMessage = {
        role: "assistant",
        content: text || (own.length > 0 || finish === "content_filter" ? null : ""),
      };
      if (own.length > 0) message.tool_calls = own.map(toolCallJson);
      return { index: candidate.index ?? position, message, finish_reason: finish, logprobs: null };
    });
  }
  const body: ChatCompletion = {
    id: a.id,
    object: "chat.completion",
    created: a.created,
    model: res.modelVersion ?? a.model,
    choices,
  };
  if (usage) body.usage = usage;
  return { body, usage, calls };
}
