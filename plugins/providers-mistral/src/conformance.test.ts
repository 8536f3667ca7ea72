/**
 * Mistral AI runs the shared provider conformance suite with its own wire format: answers as
 * Mistral sends them (`tool_calls` without `type`, whole tool calls in one stream delta, the
 * finish reason and usage riding on the last chunk, `{"object":"error",...}` bodies), and
 * `read` checks the request Mistral would accept: nine-character tool call ids (mapped back to
 * the client's here), `any` for a required tool choice, no `stream_options`.
 */
import { json, type RecordedRequest } from "@aigw/testkit";
import {
  type CanonicalToolCall,
  type CanonicalUsage,
  describeCredentialConformance,
  describeProviderConformance,
  type ProviderConformance,
  type SeenMessage,
} from "@aigw/testkit/conformance";
import { expect } from "vitest";
import plugin, { isMistralToolCallId, mistralToolCallId } from "./index.js";
import { mistralModeration } from "./testing/moderation-wire.js";

const encoder = new TextEncoder();
const created = 1_732_548_656;
const model = "mistral-small-latest";

const usage = (u: CanonicalUsage) => ({
  prompt_tokens: u.input,
  total_tokens: u.input + u.output,
  completion_tokens: u.output,
});

const mistralCall = (c: CanonicalToolCall, index: number) => ({
  id: c.id,
  function: { name: c.name, arguments: JSON.stringify(c.arguments) },
  index,
});

function completion(message: object, finish: string, u: CanonicalUsage) {
  return {
    id: "f798ebd5c41a45d88bb079635121cade",
    object: "chat.completion",
    created,
    model,
    choices: [
      { index: 0, message: { role: "assistant", tool_calls: null, ...message }, finish_reason: finish },
    ],
    usage: usage(u),
  };
}

const chunk = (delta: object, finish: string | null = null, extra: object = {}) => ({
  id: "f798ebd5c41a45d88bb079635121cade",
  object: "chat.completion.chunk",
  created,
  model,
  choices: [{ index: 0, delta, finish_reason: finish }],
  ...extra,
});

function sseBody(chunks: object[], done = true) {
  const text =
    chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`).join("") + (done ? "data: [DONE]\n\n" : "");
  return { contentType: "text/event-stream", body: encoder.encode(text) };
}

/** The client ids the suite uses, by the id Mistral sees (the mapping is deterministic). */
const clientIds = new Map<string, string>();
for (const id of ["call_weather_1", "call_time_2", ...Array.from({ length: 1000 }, (_, n) => `call_${n}`)])
  clientIds.set(mistralToolCallId(id), id);
const clientId = (id: string) => {
  expect(isMistralToolCallId(id), `tool call id ${id} sent to Mistral`).toBe(true);
  return clientIds.get(id) ?? id;
};

type Part = { type: string; text?: string; image_url?: string | { url: string } };

function readMessage(m: {
  role: string;
  content?: string | Part[] | null;
  tool_calls?: { id: string; function: { name: string; arguments: string } }[];
  tool_call_id?: string;
}): SeenMessage {
  const seen: SeenMessage = { role: m.role as SeenMessage["role"] };
  if (typeof m.content === "string") {
    if (m.content) seen.text = m.content;
  } else if (Array.isArray(m.content)) {
    const text = m.content
      .filter((p) => p.type === "text")
      .map((p) => p.text)
      .join("");
    if (text) seen.text = text;
    const images = m.content
      .filter((p) => p.type === "image_url")
      .map((p) => (typeof p.image_url === "string" ? p.image_url : p.image_url!.url));
    if (images.length > 0) seen.images = images;
  }
  if (m.tool_calls)
    seen.toolCalls = m.tool_calls.map((c) => ({
      id: clientId(c.id),
      name: c.function.name,
      arguments: JSON.parse(c.function.arguments),
    }));
  if (m.tool_call_id) seen.toolCallId = clientId(m.tool_call_id);
  return seen;
}

const suite: ProviderConformance = {
  name: "providers-mistral",
  plugin: plugin as never,
  nodeConfig: (url) => ({ baseUrl: `${url}/v1` }),
  env: { MISTRAL_API_KEY: "mistral-test-key" },
  skip: {
    "usage-cached":
      "Mistral's usage (UsageInfo) reports prompt, completion and total tokens only: no cached count",
    "usage-reasoning":
      "Mistral's usage (UsageInfo) reports prompt, completion and total tokens only: no reasoning count",
  },
  wire: {
    text: (text, u, finish) => json(200, completion({ content: text }, finish, u)),
    toolCalls: (calls, u) =>
      json(200, completion({ content: "", tool_calls: calls.map(mistralCall) }, "tool_calls", u)),
    // Mistral puts the finish reason and the usage on the last content chunk.
    streamText: (pieces, u, finish) =>
      sseBody([
        chunk({ role: "assistant", content: "" }),
        ...pieces.slice(0, -1).map((p) => chunk({ content: p })),
        chunk({ content: pieces.at(-1) }, finish, { usage: usage(u) }),
      ]),
    // Mistral streams each tool call whole, never its arguments in pieces.
    streamToolCalls: (calls, u) =>
      sseBody([
        chunk({ role: "assistant", content: "" }),
        chunk({ tool_calls: calls.map(mistralCall) }, "tool_calls", { usage: usage(u) }),
      ]),
    error: (status, message) =>
      json(status, {
        object: "error",
        message,
        type:
          status === 429 ? "rate_limited" : status >= 500 ? "internal_server_error" : "invalid_request_error",
        param: null,
        code: null,
      }),
    streamCut: (pieces) =>
      sseBody(
        [chunk({ role: "assistant", content: "" }), ...pieces.map((p) => chunk({ content: p }))],
        false,
      ),
    embeddings: (vectors, u) =>
      json(200, {
        id: "embd-aad6fc62b17349b192ef09225058bc45",
        object: "list",
        data: vectors.map((embedding, index) => ({ object: "embedding", embedding, index })),
        model: "mistral-embed",
        usage: { prompt_tokens: u.input, total_tokens: u.input, completion_tokens: 0 },
      }),
    moderations: (verdicts) => json(200, mistralModeration(verdicts)),
  },
  read(request: RecordedRequest) {
    expect(request.headers.authorization).toBe("Bearer mistral-test-key");
    const body = request.json() as Record<string, unknown> & {
      messages: { role: string; content?: string | Part[] | null }[];
    };
    // Fields Mistral would refuse never reach it.
    expect(body).not.toHaveProperty("stream_options");
    expect(body).not.toHaveProperty("max_completion_tokens");
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
        typeof choice === "object"
          ? { name: choice.function.name }
          : choice === "any"
            ? "required"
            : (choice as "auto" | "none" | undefined),
      maxTokens: body.max_tokens as number | undefined,
      temperature: body.temperature as number | undefined,
      topP: body.top_p as number | undefined,
      stop: body.stop as string[] | undefined,
      stream: body.stream === true,
      json: (body.response_format as { type?: string } | undefined)?.type?.startsWith("json") ?? false,
    };
  },
  credential: {
    nodeConfig: (url, credential) => ({ baseUrl: `${url}/v1`, credential }),
    sent: (request) => request.headers.authorization?.replace(/^Bearer /, ""),
    conflicting: { apiKey: "mistral-config-key", apiKeyEnv: "MISTRAL_API_KEY" },
  },
};

describeProviderConformance(suite);
describeCredentialConformance(suite);
