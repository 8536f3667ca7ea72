/**
 * Which answers a cache may keep. Only complete 2xx answers, and never a refusal: a chat answer
 * with a `refusal` (a field, or a part of its content), or any choice that ended with
 * `finish_reason: "content_filter"` (the provider's own filter). A chat or text completion is
 * complete when it has choices and each has a finish reason. Errors, guardrail denials and
 * broken streams never reach a cache as answers at all; binary answers (speech) are not kept.
 */
import { isJsonObject, type JsonValue, type Usage } from "@aigw/plugin-api";

/** Whether a 2xx status: the only answers kept. */
export function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

/** Whether a complete JSON answer is a refusal (the model's, or the provider's content filter). */
export function isRefusal(body: JsonValue): boolean {
  if (!isJsonObject(body) || !Array.isArray(body.choices)) return false;
  for (const choice of body.choices) {
    if (!isJsonObject(choice)) continue;
    if (choice.finish_reason === "content_filter") return true;
    const message = choice.message;
    if (!isJsonObject(message)) continue;
    if (typeof message.refusal === "string" && message.refusal !== "") return true;
    if (Array.isArray(message.content) && message.content.some(isRefusalPart)) return true;
  }
  return false;
}

function isRefusalPart(part: JsonValue): boolean {
  return isJsonObject(part) && part.type === "refusal";
}

const COMPLETIONS: ReadonlySet<JsonValue> = new Set(["chat.completion", "text_completion"]);

/**
 * Whether a JSON chat or text completion is cut short: no choices, or a choice without a finish
 * reason. Other answers (embeddings, moderations) have no choices to finish.
 */
export function isIncomplete(body: JsonValue): boolean {
  if (!isJsonObject(body) || !COMPLETIONS.has(body.object ?? null)) return false;
  const choices = body.choices;
  if (!Array.isArray(choices) || choices.length === 0) return true;
  return choices.some((choice) => {
    if (!isJsonObject(choice)) return true;
    return typeof choice.finish_reason !== "string" || choice.finish_reason === "";
  });
}

// On chunk texts, without parsing them: a key is always a quoted name followed by a colon, and a
// quote inside a JSON string is escaped, so content that merely mentions these words never matches.
const REFUSAL_TEXT = /"refusal"\s*:\s*"[^"]/;
const FILTERED_TEXT = /"finish_reason"\s*:\s*"content_filter"/;
const USAGE_TEXT = /"usage"\s*:\s*\{/;

/** Whether a streamed chunk's JSON text carries a refusal or a content-filter finish. */
export function isRefusalChunk(text: string): boolean {
  return REFUSAL_TEXT.test(text) || FILTERED_TEXT.test(text);
}

/** The usage object of a JSON answer, when it has one. */
export function usageOf(body: JsonValue): Usage | undefined {
  if (!isJsonObject(body)) return undefined;
  const usage = body.usage;
  return isJsonObject(usage) && typeof usage.total_tokens === "number"
    ? (usage as unknown as Usage)
    : undefined;
}

/** The usage a stream reported (its last chunk that carries one), parsing only that chunk. */
export function streamUsage(chunks: readonly string[]): Usage | undefined {
  for (let i = chunks.length - 1; i >= 0; i--) {
    const text = chunks[i]!;
    if (!USAGE_TEXT.test(text)) continue;
    try {
      const usage = usageOf(JSON.parse(text) as JsonValue);
      if (usage) return usage;
    } catch {
      // Not JSON: no usage to read from it.
    }
  }
  return undefined;
}
