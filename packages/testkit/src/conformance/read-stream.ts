/** Reads an OpenAI SSE answer from the gateway and assembles it as a client SDK would. */

export interface AssembledStream {
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
  const events = text
    .split("\n\n")
    .filter((block) => block.startsWith("data: "))
    .map((block) => block.slice(6));
  const out: AssembledStream = {
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
