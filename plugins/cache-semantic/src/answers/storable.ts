/**
 * Which answers are stored, and how a stored one is sent again. Only a complete, successful JSON
 * chat or completion answer is stored: never an error status, never a refusal (a refusal part
 * or a `content_filter` stop), never a choice without a finish reason. A hit sends the stored
 * text as it was, with `x-aigw-cache: hit`.
 */
import {
  type CallResult,
  type HookContext,
  isJsonObject,
  type JsonResult,
  jsonResult,
} from "@aigw/plugin-api";
import type { CachedAnswer } from "./answer-store.js";

const STORED_OBJECTS: ReadonlySet<unknown> = new Set(["chat.completion", "text_completion"]);
const FINISHED: ReadonlySet<unknown> = new Set(["stop", "length", "tool_calls", "function_call"]);

/** True when a choice is complete and not refused. */
function finished(choice: unknown): boolean {
  if (!isJsonObject(choice) || !FINISHED.has(choice.finish_reason)) return false;
  const message = choice.message;
  if (!isJsonObject(message)) return typeof choice.text === "string";
  if (typeof message.refusal === "string" && message.refusal !== "") return false;
  if (Array.isArray(message.content) && message.content.some((p) => isJsonObject(p) && p.type === "refusal"))
    return false;
  return true;
}

/** The answer to store for `result`, or `undefined` when it must not be stored. */
export function cachedAnswerOf(result: CallResult, ctx: HookContext): CachedAnswer | undefined {
  if (result.type !== "json" || result.status !== 200) return undefined;
  const body = result.body;
  if (!isJsonObject(body) || !STORED_OBJECTS.has(body.object)) return undefined;
  if (!Array.isArray(body.choices) || body.choices.length === 0 || !body.choices.every(finished))
    return undefined;
  const usage = ctx.annotations.usage;
  const servedBy = ctx.annotations.servedBy;
  return {
    text: result.text ?? JSON.stringify(body),
    ...(usage ? { usage } : {}),
    ...(servedBy ? { servedBy } : {}),
  };
}

/** The result a hit sends. */
export function hitResult(answer: CachedAnswer, similarity: number): JsonResult {
  return jsonResult(answer.text, 200, {
    "x-aigw-cache": "hit",
    "x-aigw-cache-similarity": similarity.toFixed(4),
  });
}
