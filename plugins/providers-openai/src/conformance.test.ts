/**
 * The OpenAI provider runs the shared provider conformance suite. Its wire format is OpenAI's
 * own, so `read` is mostly a reshaping; this adapter is also the reference for other providers.
 */
import { json, type RecordedRequest } from "@aigw/testkit";
import {
  type CanonicalToolCall,
  type CanonicalUsage,
  describeProviderConformance,
  type SeenMessage,
} from "@aigw/testkit/conformance";
import plugin from "./index.js";

const encoder = new TextEncoder();
const created = 1_700_000_000;

function usage(u: CanonicalUsage) {
  return {
    prompt_tokens: u.input,
    completion_tokens: u.output,
    total_tokens: u.input + u.output,
    ...(u.cachedInput !== undefined ? { prompt_tokens_details: { cached_tokens: u.cachedInput } } : {}),
    ...(u.reasoning !== undefined ? { completion_tokens_details: { reasoning_tokens: u.reasoning } } : {}),
  };
}

const toolCall = (c: CanonicalToolCall) => ({
  id: c.id,
  type: "function",
  function: { name: c.name, arguments: JSON.stringify(c.arguments) },
});

function sseBody(chunks: object[], done = true) {
  const text =
    chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`).join("") + (done ? "data: [DONE]\n\n" : "");
  return { contentType: "text/event-stream", body: encoder.encode(text) };
}

const chunk = (delta: object, finish: string | null = null) => ({
  id: "chatcmpl-1",
  object: "chat.completion.chunk",
  created,
  model: "test-model",
  choices: [{ index: 0, delta, finish_reason: finish }],
});

type Content = string | null | { type: string; text?: string; image_url?: { url: string } }[];

function readMessage(m: {
  role: string;
  content?: Content;
  tool_calls?: { id: string; function: { name: string; arguments: string } }[];
  tool_call_id?: string;
}): SeenMessage {
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

describeProviderConformance({
  name: "providers-openai",
  plugin: plugin as never,
  nodeConfig: (url) => ({ baseUrl: `${url}/v1`, apiKey: "sk-test" }),
  wire: {
    text: (text, u, finish) =>
      json(200, {
        id: "chatcmpl-1",
        object: "chat.completion",
        created,
        model: "test-model",
        choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: finish }],
        usage: usage(u),
      }),
    toolCalls: (calls, u) =>
      json(200, {
        id: "chatcmpl-1",
        object: "chat.completion",
        created,
        model: "test-model",
        choices: [
          {
            index: 0,
            message: { role: "assistant", content: null, tool_calls: calls.map(toolCall) },
            finish_reason: "tool_calls",
          },
        ],
        usage: usage(u),
      }),
    streamText: (pieces, u, finish) =>
      sseBody([
        chunk({ role: "assistant", content: "" }),
        ...pieces.map((p) => chunk({ content: p })),
        chunk({}, finish),
        { ...chunk({}), choices: [], usage: usage(u) },
      ]),
    streamToolCalls: (calls, u, argumentPieces) => {
      const chunks: object[] = [chunk({ role: "assistant", content: null })];
      calls.forEach((c, index) => {
        chunks.push(
          chunk({
            tool_calls: [{ index, id: c.id, type: "function", function: { name: c.name, arguments: "" } }],
          }),
        );
        const args = JSON.stringify(c.arguments);
        const size = Math.ceil(args.length / argumentPieces);
        for (let i = 0; i < args.length; i += size)
          chunks.push(chunk({ tool_calls: [{ index, function: { arguments: args.slice(i, i + size) } }] }));
      });
      chunks.push(chunk({}, "tool_calls"), { ...chunk({}), choices: [], usage: usage(u) });
      return sseBody(chunks);
    },
    error: (status, message) =>
      json(status, {
        error: {
          message,
          type: status >= 500 ? "server_error" : "invalid_request_error",
          param: null,
          code: null,
        },
      }),
    streamCut: (pieces) =>
      sseBody(
        [chunk({ role: "assistant", content: "" }), ...pieces.map((p) => chunk({ content: p }))],
        false,
      ),
    embeddings: (vectors, u) =>
      json(200, {
        object: "list",
        data: vectors.map((embedding, index) => ({ object: "embedding", index, embedding })),
        model: "test-model",
        usage: { prompt_tokens: u.input, total_tokens: u.input },
      }),
  },
  read(request: RecordedRequest) {
    const body = request.json() as Record<string, unknown> & {
      messages: { role: string; content?: Content }[];
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
      messages: body.messages.filter((m) => m.role !== "system").map((m) => readMessage(m as never)),
      tools: tools.map((t) => ({
        name: t.function.name,
        description: t.function.description,
        parameters: t.function.parameters,
      })),
      toolChoice:
        typeof choice === "object" ? { name: choice.function.name } : (choice as "auto" | undefined),
      maxTokens: body.max_tokens as number | undefined,
      temperature: body.temperature as number | undefined,
      topP: body.top_p as number | undefined,
      stop: body.stop as string[] | undefined,
      stream: body.stream === true,
      json: (body.response_format as { type?: string } | undefined)?.type?.startsWith("json") ?? false,
    };
  },
});
