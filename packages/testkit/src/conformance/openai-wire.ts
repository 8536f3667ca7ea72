/**
 * OpenAI-format chat requests (as OpenAI and Azure OpenAI receive them) read back into the
 * suite's canonical `SeenRequest`, for adapters' `read`; and their messages alone (Cohere's v2
 * chat messages have the same shape).
 */
import type { RecordedRequest } from "../recorded.js";
import type { SeenMessage, SeenRequest } from "./types.js";

export type OpenAIContent = string | null | { type: string; text?: string; image_url?: { url: string } }[];

export interface OpenAIWireMessage {
  role: string;
  content?: OpenAIContent;
  tool_calls?: { id: string; function: { name: string; arguments: string } }[];
  tool_call_id?: string;
}

export function readOpenAIMessage(m: OpenAIWireMessage): SeenMessage {
  const seen: SeenMessage = { role: m.role as SeenMessage["role"] };
  if (typeof m.content === "string") seen.text = m.content;
  else if (Array.isArray(m.content)) {
    const text = m.content
      .filter((p) => p.type === "text")
      .map((p) => p.text)
      .join("");
    if (text) seen.text = text;
    const images = m.content.filter((p) => p.type === "image_url").map((p) => p.image_url!.url);
    if (images.length > 0) seen.images = images;
  }
  if (m.tool_calls)
    seen.toolCalls = m.tool_calls.map((c) => ({
      id: c.id,
      name: c.function.name,
      arguments: JSON.parse(c.function.arguments),
    }));
  if (m.tool_call_id) seen.toolCallId = m.tool_call_id;
  return seen;
}

/** A chat completion request in OpenAI's format. */
export function readOpenAIRequest(request: RecordedRequest): SeenRequest {
  const body = request.json() as Record<string, unknown> & {
    messages: { role: string; content?: OpenAIContent }[];
  };
  const system = body.messages.filter((m) => m.role === "system").map((m) => m.content as string);
  const tools =
    (body.tools as
      | { function: { name: string; description?: string; parameters?: unknown } }[]
      | undefined) ?? [];
  const choice = body.tool_choice as string | { function: { name: string } } | undefined;
  return {
    model: body.model as string,
    system: system.length > 0 ? system.join("\n") : undefined,
    messages: body.messages.filter((m) => m.role !== "system").map((m) => readOpenAIMessage(m as never)),
    tools: tools.map((t) => ({
      name: t.function.name,
      description: t.function.description,
      parameters: t.function.parameters,
    })),
    toolChoice: typeof choice === "object" ? { name: choice.function.name } : (choice as "auto" | undefined),
    maxTokens: body.max_tokens as number | undefined,
    temperature: body.temperature as number | undefined,
    topP: body.top_p as number | undefined,
    stop: body.stop as string[] | undefined,
    stream: body.stream === true,
    json: (body.response_format as { type?: string } | undefined)?.type?.startsWith("json") ?? false,
  };
}
