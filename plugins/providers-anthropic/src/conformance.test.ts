/**
 * The Anthropic provider runs the shared provider conformance suite: the fake upstream answers
 * in Anthropic's wire format (Messages, named SSE events, `{"type":"error"}` bodies), and `read`
 * turns the Messages API request the plugin sent back into the canonical view.
 */
import { json, type RecordedRequest } from "@aigw/testkit";
import {
  type CanonicalToolCall,
  type CanonicalUsage,
  describeCredentialConformance,
  describeProviderConformance,
  type ProviderConformance,
  type RawStream,
  type SeenMessage,
  type SeenRequest,
} from "@aigw/testkit/conformance";
import plugin from "./index.js";
import { JSON_OBJECT_INSTRUCTION } from "./json-mode.js";
import type { ContentBlockParam, MessagesRequest, TextBlockParam } from "./wire.js";

const encoder = new TextEncoder();
// A model that takes temperature with top_p, so the suite sees both translated (later models take
// one: adapt.test.ts).
const MODEL = "claude-sonnet-4-20250514";

/** Anthropic counts cache reads apart from `input_tokens`. */
function usage(u: CanonicalUsage) {
  return {
    input_tokens: u.input - (u.cachedInput ?? 0),
    output_tokens: u.output,
    ...(u.cachedInput !== undefined
      ? { cache_read_input_tokens: u.cachedInput, cache_creation_input_tokens: 0 }
      : {}),
  };
}

function message(content: object[], stopReason: string, u: CanonicalUsage) {
  return {
    id: "msg_01XFDUDYJgAACzvnptvVoYEL",
    type: "message",
    role: "assistant",
    model: "claude-sonnet-4-5-20250929",
    content,
    stop_reason: stopReason,
    stop_sequence: null,
    usage: usage(u),
  };
}

const toolUse = (c: CanonicalToolCall) => ({ type: "tool_use", id: c.id, name: c.name, input: c.arguments });

/** Named SSE events, as Anthropic frames them. */
function events(list: object[]): RawStream {
  const text = list
    .map((data) => `event: ${(data as { type: string }).type}\ndata: ${JSON.stringify(data)}\n\n`)
    .join("");
  return { contentType: "text/event-stream; charset=utf-8", body: encoder.encode(text) };
}

const messageStart = (u: CanonicalUsage) => ({
  type: "message_start",
  message: { ...message([], null as never, { input: u.input, output: 1, cachedInput: u.cachedInput }) },
});

function textEvents(pieces: string[], index = 0): object[] {
  return [
    { type: "content_block_start", index, content_block: { type: "text", text: "" } },
    ...pieces.map((text) => ({ type: "content_block_delta", index, delta: { type: "text_delta", text } })),
    { type: "content_block_stop", index },
  ];
}

function split(text: string, parts: number): string[] {
  const size = Math.max(1, Math.ceil(text.length / parts));
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

const TYPE_OF_STATUS: Record<number, string> = {
  400: "invalid_request_error",
  401: "authentication_error",
  403: "permission_error",
  404: "not_found_error",
  429: "rate_limit_error",
  500: "api_error",
  503: "overloaded_error",
  529: "overloaded_error",
};

function textOf(blocks: ContentBlockParam[]): string | undefined {
  const texts = blocks.filter((b): b is TextBlockParam => b.type === "text").map((b) => b.text);
  return texts.length > 0 ? texts.join("") : undefined;
}

/** One Anthropic user turn is one canonical user message plus one tool message per result. */
function readMessages(body: MessagesRequest): SeenMessage[] {
  const seen: SeenMessage[] = [];
  for (const m of body.messages) {
    if (m.role === "assistant") {
      const out: SeenMessage = { role: "assistant" };
      const text = textOf(m.content);
      if (text !== undefined) out.text = text;
      const calls = m.content.flatMap((b) =>
        b.type === "tool_use" ? [{ id: b.id, name: b.name, arguments: b.input }] : [],
      );
      if (calls.length > 0) out.toolCalls = calls;
      seen.push(out);
      continue;
    }
    for (const b of m.content)
      if (b.type === "tool_result")
        seen.push({ role: "tool", toolCallId: b.tool_use_id, text: b.content ?? "" });
    const rest = m.content.filter((b) => b.type !== "tool_result");
    if (rest.length === 0) continue;
    const out: SeenMessage = { role: "user" };
    const text = textOf(rest);
    if (text !== undefined) out.text = text;
    const images = rest.flatMap((b) =>
      b.type === "image"
        ? [b.source.type === "url" ? b.source.url : `data:${b.source.media_type};base64,${b.source.data}`]
        : [],
    );
    if (images.length > 0) out.images = images;
    seen.push(out);
  }
  return seen;
}

function read(request: RecordedRequest): SeenRequest {
  const body = request.json<MessagesRequest>();
  let system = typeof body.system === "string" ? body.system : body.system?.map((b) => b.text).join("\n\n");
  let jsonAsked = body.output_config !== undefined;
  if (system?.includes(JSON_OBJECT_INSTRUCTION)) {
    jsonAsked = true;
    system = system.replace(JSON_OBJECT_INSTRUCTION, "").trim() || undefined;
  }
  const choice = body.tool_choice;
  const jsonTool =
    choice?.type === "tool" && choice.name.startsWith("json_response") ? choice.name : undefined;
  if (jsonTool) jsonAsked = true;
  return {
    model: body.model,
    system,
    messages: readMessages(body),
    tools: (body.tools ?? [])
      .filter((t) => t.name !== jsonTool)
      .map((t) => ({ name: t.name, description: t.description, parameters: t.input_schema })),
    toolChoice:
      choice === undefined || jsonTool
        ? undefined
        : choice.type === "tool"
          ? { name: choice.name }
          : choice.type === "any"
            ? "required"
            : choice.type,
    maxTokens: body.max_tokens,
    temperature: body.temperature,
    topP: body.top_p,
    stop: body.stop_sequences,
    stream: body.stream === true,
    json: jsonAsked,
  };
}

const suite: ProviderConformance = {
  name: "providers-anthropic",
  plugin: plugin as never,
  model: MODEL,
  nodeConfig: (url) => ({ baseUrl: url, apiKey: "sk-ant-test" }),
  wire: {
    text: (text, u, finish) =>
      json(200, message([{ type: "text", text }], finish === "stop" ? "end_turn" : "max_tokens", u)),
    toolCalls: (calls, u) => json(200, message(calls.map(toolUse), "tool_use", u)),
    streamText: (pieces, u, finish) =>
      events([
        messageStart(u),
        { type: "ping" },
        ...textEvents(pieces),
        {
          type: "message_delta",
          delta: { stop_reason: finish === "stop" ? "end_turn" : "max_tokens", stop_sequence: null },
          usage: { output_tokens: u.output },
        },
        { type: "message_stop" },
      ]),
    // A text block comes first, so Anthropic's block indices (1, 2...) differ from OpenAI's (0, 1...).
    streamToolCalls: (calls, u, argumentPieces) =>
      events([
        messageStart(u),
        ...textEvents(["Let me check."]),
        ...calls.flatMap((c, i) => [
          { type: "content_block_start", index: i + 1, content_block: { ...toolUse(c), input: {} } },
          {
            type: "content_block_delta",
            index: i + 1,
            delta: { type: "input_json_delta", partial_json: "" },
          },
          ...split(JSON.stringify(c.arguments), argumentPieces).map((partial_json) => ({
            type: "content_block_delta",
            index: i + 1,
            delta: { type: "input_json_delta", partial_json },
          })),
          { type: "content_block_stop", index: i + 1 },
        ]),
        {
          type: "message_delta",
          delta: { stop_reason: "tool_use", stop_sequence: null },
          usage: { output_tokens: u.output },
        },
        { type: "message_stop" },
      ]),
    error: (status, text) =>
      json(status, {
        type: "error",
        error: { type: TYPE_OF_STATUS[status] ?? "api_error", message: text },
        request_id: "req_011CSHoEeqs5C35K2UUqR7Fy",
      }),
    streamCut: (pieces) =>
      events([messageStart({ input: 5, output: 1 }), ...textEvents(pieces).slice(0, -1)]),
  },
  read,
  skip: {
    embeddings: "Anthropic has no embeddings API (the plugin answers 400; see errors.test.ts)",
    "usage-reasoning":
      "Anthropic reports no reasoning-token count (thinking tokens are inside output_tokens)",
  },
  credential: {
    nodeConfig: (url, credential) => ({ baseUrl: url, credential }),
    sent: (request) => request.headers["x-api-key"],
    conflicting: { apiKey: "sk-ant-config", apiKeyEnv: "ANTHROPIC_API_KEY" },
  },
};

describeProviderConformance(suite);
describeCredentialConformance(suite);
