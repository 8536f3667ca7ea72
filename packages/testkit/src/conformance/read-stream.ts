/**
 * Reads an OpenAI SSE answer from the gateway and assembles it as a client SDK would. A stream
 * that failed before its first content is answered as an error instead of a stream: `stream` is
 * then false and `error` is that answer's error.
 */

export interface AssembledStream {
  /** The HTTP status of the answer. */
  status: number;
  /** False when the answer was JSON: an error answered before any stream. */
  stream: boolean;
  events: string[];
  done: boolean;
  role: string | undefined;
  content: string;
  finishReason: string | null | undefined;
  toolCalls: { id?: string; name?: string; arguments: string }[];
  usage: Record<string, unknown> | undefined;
  error: Record<string, unknown> | undefined;
  /** Every event parsed (except [DONE]). */
  chunks: Record<string, unknown>[];
}

interface Delta {
  role?: string;
  content?: string | null;
  tool_calls?: { index: number; id?: string; function?: { name?: string; arguments?: string } }[];
}

export async function assembleStream(response: Response): Promise<AssembledStream> {
  const text = await response.text();
  // A JSON answer is an error given instead of a stream; anything else is read as events (a
  // Response built from a stream's text is text/plain).
  const stream = !(response.headers.get("content-type") ?? "").includes("json");
  const events = (stream ? text : "")
    .split("\n\n")
    .filter((block) => block.startsWith("data: "))
    .map((block) => block.slice(6));
  const out: AssembledStream = {
    status: response.status,
    stream,
    events,
    done: events.at(-1) === "[DONE]",
    role: undefined,
    content: "",
    finishReason: undefined,
    toolCalls: [],
    usage: undefined,
    error: undefined,
    chunks: [],
  };
  if (!stream) out.error = errorOf(text);
  for (const event of events) {
    if (event === "[DONE]") continue;
    const chunk = JSON.parse(event) as Record<string, unknown>;
    out.chunks.push(chunk);
    if (chunk.error) out.error = chunk.error as Record<string, unknown>;
    if (chunk.usage) out.usage = chunk.usage as Record<string, unknown>;
    const choice = (chunk.choices as { delta?: Delta; finish_reason?: string | null }[] | undefined)?.[0];
    if (!choice) continue;
    const delta = choice.delta ?? {};
    if (delta.role) out.role ??= delta.role;
    if (delta.content) out.content += delta.content;
    for (const call of delta.tool_calls ?? []) {
      const slot = out.toolCalls[call.index] ?? { arguments: "" };
      out.toolCalls[call.index] = slot;
      if (call.id) slot.id = call.id;
      if (call.function?.name) slot.name = call.function.name;
      if (call.function?.arguments) slot.arguments += call.function.arguments;
    }
    if (choice.finish_reason) out.finishReason = choice.finish_reason;
  }
  return out;
}

/** The `error` of an error answer given instead of a stream (any other body: a stand-in). */
function errorOf(text: string): Record<string, unknown> {
  try {
    const body = JSON.parse(text) as { error?: unknown };
    if (body.error && typeof body.error === "object") return body.error as Record<string, unknown>;
  } catch {
    // Not JSON: reported below as what it is.
  }
  return { message: `not a stream: ${text.slice(0, 200)}` };
}
