/**
 * Azure's content-filter annotation frames in a stream, made OpenAI-shaped. Besides the usual
 * chunks, Azure sends frames that carry no tokens: a first one with `prompt_filter_results`
 * (`object: ""`, no choices), and, with the asynchronous filter, frames with
 * `content_filter_offsets` whose choices have no `delta`. Clients written for OpenAI may index
 * `choices[0].delta` and fail on them, so token-less frames are dropped, except one that ends a
 * choice (`finish_reason: "content_filter"` when the filter stops the answer): that one becomes
 * a regular final chunk with an empty delta. Ordinary chunks pass through as their exact text.
 */

/** Frames that may need rewriting; anything else is forwarded untouched without parsing. */
const ANNOTATION = /"(?:prompt_filter_results|prompt_annotations|content_filter_offsets)"|"object"\s*:\s*""/;

interface Meta {
  id: string;
  created: number;
  model: string;
}

type Json = Record<string, unknown>;

/**
 * A stream rewriter for `sseChunkStream`.
 * @param kind - chat chunks carry `delta`; text completion chunks carry `text`.
 * @param fallback - id and created for a final chunk when no ordinary chunk came before it.
 */
export function annotationRewriter(
  kind: "chat" | "text",
  fallback: () => Meta,
): (data: string) => readonly string[] {
  let meta: Meta | undefined;
  const remember = (chunk: Json) => {
    if (meta || typeof chunk.id !== "string" || chunk.id === "") return;
    meta = {
      id: chunk.id,
      created: typeof chunk.created === "number" ? chunk.created : fallback().created,
      model: typeof chunk.model === "string" ? chunk.model : "",
    };
  };
  const carries = kind === "chat" ? "delta" : "text";
  return (data) => {
    if (!ANNOTATION.test(data)) {
      if (!meta) remember(parseObject(data) ?? {});
      return [data];
    }
    const chunk = parseObject(data);
    if (!chunk) return [data];
    const choices = Array.isArray(chunk.choices) ? (chunk.choices as unknown[]).filter(isObject) : [];
    const usage = isObject(chunk.usage) ? chunk.usage : undefined;
    // An ordinary chunk that happens to mention one of the keys.
    if (chunk.object && choices.length > 0 && choices.every((c) => carries in c)) {
      remember(chunk);
      return [data];
    }
    const ending = choices.filter((c) => c.finish_reason != null);
    if (ending.length === 0 && !usage) return [];
    const m = meta ?? fallback();
    const rebuilt: Json = {
      id: m.id,
      object: kind === "chat" ? "chat.completion.chunk" : "text_completion",
      created: m.created,
      model: m.model,
      choices: ending.map((c) => ({
        index: typeof c.index === "number" ? c.index : 0,
        ...(kind === "chat" ? { delta: {} } : { text: "" }),
        finish_reason: c.finish_reason,
        ...(c.content_filter_results ? { content_filter_results: c.content_filter_results } : {}),
      })),
    };
    if (usage) rebuilt.usage = usage;
    return [JSON.stringify(rebuilt)];
  };
}

function parseObject(text: string): Json | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
