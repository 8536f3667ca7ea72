/**
 * A complete chat or text completion told as a stream, for a streamed request answered from a
 * stored JSON answer: per choice a role chunk, the content, the tool calls, then the finish; a
 * usage chunk last when the request asked for one (`stream_options.include_usage`).
 */
import { isJsonObject, type JsonObject, type JsonValue } from "@aigw/plugin-api";

/** The chunk texts of `body`, or undefined when it is neither a chat nor a text completion. */
export function chunksFromAnswer(body: JsonValue, includeUsage: boolean): string[] | undefined {
  if (!isJsonObject(body) || !Array.isArray(body.choices)) return undefined;
  if (body.object === "chat.completion") return chatChunks(body, body.choices, includeUsage);
  if (body.object === "text_completion") return textChunks(body, body.choices, includeUsage);
  return undefined;
}

/** What every chunk of the stream repeats: id, created, model (and the fingerprint when known). */
function envelope(body: JsonObject, object: string): JsonObject {
  const base: JsonObject = {
    id: body.id ?? null,
    object,
    created: body.created ?? null,
    model: body.model ?? null,
  };
  if (body.system_fingerprint !== undefined) base.system_fingerprint = body.system_fingerprint;
  return base;
}

function chunk(base: JsonObject, choices: JsonValue[]): string {
  return JSON.stringify({ ...base, choices });
}

function usageChunk(base: JsonObject, body: JsonObject, includeUsage: boolean): string[] {
  return includeUsage && isJsonObject(body.usage)
    ? [JSON.stringify({ ...base, choices: [], usage: body.usage })]
    : [];
}

function chatChunks(body: JsonObject, choices: JsonValue[], includeUsage: boolean): string[] {
  const base = envelope(body, "chat.completion.chunk");
  const out: string[] = [];
  for (const choice of choices) {
    if (!isJsonObject(choice)) continue;
    const index = choice.index ?? 0;
    const message = isJsonObject(choice.message) ? choice.message : {};
    const part = (delta: JsonObject, finish: JsonValue = null) =>
      chunk(base, [{ index, delta, logprobs: null, finish_reason: finish }]);
    out.push(part({ role: message.role ?? "assistant", content: "" }));
    if (typeof message.content === "string" && message.content !== "")
      out.push(part({ content: message.content }));
    if (Array.isArray(message.tool_calls) && message.tool_calls.length > 0) {
      const calls = message.tool_calls.map((call, i) => {
        const c = isJsonObject(call) ? call : {};
        return { index: i, id: c.id ?? null, type: c.type ?? "function", function: c.function ?? null };
      });
      out.push(part({ tool_calls: calls }));
    }
    out.push(part({}, choice.finish_reason ?? "stop"));
  }
  return [...out, ...usageChunk(base, body, includeUsage)];
}

function textChunks(body: JsonObject, choices: JsonValue[], includeUsage: boolean): string[] {
  const base = envelope(body, "text_completion");
  const out: string[] = [];
  for (const choice of choices) {
    if (!isJsonObject(choice)) continue;
    const index = choice.index ?? 0;
    const text = typeof choice.text === "string" ? choice.text : "";
    out.push(chunk(base, [{ index, text, logprobs: choice.logprobs ?? null, finish_reason: null }]));
    out.push(
      chunk(base, [{ index, text: "", logprobs: null, finish_reason: choice.finish_reason ?? "stop" }]),
    );
  }
  return [...out, ...usageChunk(base, body, includeUsage)];
}
