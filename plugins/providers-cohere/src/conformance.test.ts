/**
 * The Cohere provider runs the shared provider conformance suite: the fake upstream speaks
 * Cohere's v2 wire format (Chat API JSON answers, SSE streams with `event:` names and typed
 * `data`, `{message}` errors, Embed API answers), and `read` turns the Cohere request the
 * upstream received back into the suite's canonical view.
 */
import { json, type RecordedRequest } from "@aigw/testkit";
import {
  type CanonicalToolCall,
  type CanonicalUsage,
  describeCredentialConformance,
  describeProviderConformance,
  type OpenAIWireMessage,
  type ProviderConformance,
  readOpenAIMessage,
  type SeenMessage,
} from "@aigw/testkit/conformance";
import plugin from "./index.js";

const encoder = new TextEncoder();

function usage(u: CanonicalUsage) {
  const counts = { input_tokens: u.input, output_tokens: u.output };
  return {
    billed_units: counts,
    tokens: counts,
    ...(u.cachedInput !== undefined ? { cached_tokens: u.cachedInput } : {}),
  };
}

const toolCall = (c: CanonicalToolCall) => ({
  id: c.id,
  type: "function",
  function: { name: c.name, arguments: JSON.stringify(c.arguments) },
});

type WireEvent = { type: string } & Record<string, unknown>;

/** Cohere's SSE framing: an `event:` line named after the type, then the JSON data. */
function sseBody(events: WireEvent[]) {
  const text = events.map((e) => `event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`).join("");
  return { contentType: "text/event-stream", body: encoder.encode(text) };
}

const start = () => ({
  type: "message-start",
  id: "7f0a4e8f-0000-4000-8000-000000000001",
  delta: { message: { role: "assistant", content: [], tool_plan: "", tool_calls: [], citations: [] } },
});
const contentStart = {
  type: "content-start",
  index: 0,
  delta: { message: { content: { type: "text", text: "" } } },
};
const contentDelta = (text: string) => ({
  type: "content-delta",
  index: 0,
  delta: { message: { content: { text } } },
});
const end = (finish: string, u: CanonicalUsage) => ({
  type: "message-end",
  delta: { finish_reason: finish, usage: usage(u) },
});

type CohereContent = string | { type: string; text?: string; image_url?: { url: string } }[];

/** Cohere's v2 messages are OpenAI-shaped, but an assistant's tool plan is its text. */
function readMessage(m: OpenAIWireMessage & { content?: CohereContent; tool_plan?: string }): SeenMessage {
  const seen = readOpenAIMessage(m);
  if (m.tool_plan) seen.text = m.tool_plan;
  return seen;
}

const suite: ProviderConformance = {
  name: "providers-cohere",
  plugin: plugin as never,
  nodeConfig: (url) => ({ baseUrl: url }),
  env: { CO_API_KEY: "co-test-key" },
  wire: {
    text: (text, u, finish) =>
      json(200, {
        id: "c14c80c3-18eb-4519-9460-6c92edd8cfb4",
        message: { role: "assistant", content: [{ type: "text", text }] },
        finish_reason: finish === "stop" ? "COMPLETE" : "MAX_TOKENS",
        usage: usage(u),
      }),
    toolCalls: (calls, u) =>
      json(200, {
        id: "9e5f00aa-bf1e-481a-abe3-0eceac18c3ec",
        message: {
          role: "assistant",
          tool_plan: "I will look these up.",
          tool_calls: calls.map(toolCall),
        },
        finish_reason: "TOOL_CALL",
        usage: usage(u),
      }),
    streamText: (pieces, u, finish) =>
      sseBody([
        start(),
        contentStart,
        ...pieces.map(contentDelta),
        { type: "content-end", index: 0 },
        end(finish === "stop" ? "COMPLETE" : "MAX_TOKENS", u),
      ]),
    streamToolCalls: (calls, u, argumentPieces) => {
      const events: WireEvent[] = [
        start(),
        { type: "tool-plan-delta", delta: { message: { tool_plan: "I will call the tools." } } },
      ];
      calls.forEach((c, index) => {
        events.push({
          type: "tool-call-start",
          index,
          delta: {
            message: {
              tool_calls: { id: c.id, type: "function", function: { name: c.name, arguments: "" } },
            },
          },
        });
        const args = JSON.stringify(c.arguments);
        const size = Math.ceil(args.length / argumentPieces);
        for (let i = 0; i < args.length; i += size)
          events.push({
            type: "tool-call-delta",
            index,
            delta: { message: { tool_calls: { function: { arguments: args.slice(i, i + size) } } } },
          });
        events.push({ type: "tool-call-end", index });
      });
      events.push(end("TOOL_CALL", u));
      return sseBody(events);
    },
    error: (status, message) => json(status, { id: "a1b2c3d4-0000-4000-8000-00000000000e", message }),
    streamCut: (pieces) => sseBody([start(), contentStart, ...pieces.map(contentDelta)]),
    embeddings: (vectors, u) =>
      json(200, {
        id: "da6e531f-0000-4000-8000-000000000002",
        embeddings: { float: vectors },
        texts: vectors.map((_, i) => `text ${i}`),
        meta: { api_version: { version: "2" }, billed_units: { input_tokens: u.input } },
        response_type: "embeddings_by_type",
      }),
  },
  read(request: RecordedRequest) {
    const body = request.json() as Record<string, unknown> & {
      messages: { role: string; content?: CohereContent }[];
    };
    const system = body.messages.filter((m) => m.role === "system").map((m) => m.content as string);
    const tools =
      (body.tools as
        | { function: { name: string; description?: string; parameters?: unknown } }[]
        | undefined) ?? [];
    const choice = body.tool_choice as "REQUIRED" | "NONE" | undefined;
    return {
      model: body.model as string,
      system: system.length > 0 ? system.join("\n") : undefined,
      messages: body.messages.filter((m) => m.role !== "system").map((m) => readMessage(m as never)),
      tools: tools.map((t) => ({
        name: t.function.name,
        description: t.function.description,
        parameters: t.function.parameters,
      })),
      toolChoice: choice === "REQUIRED" ? "required" : choice === "NONE" ? "none" : undefined,
      maxTokens: body.max_tokens as number | undefined,
      temperature: body.temperature as number | undefined,
      topP: body.p as number | undefined,
      stop: body.stop_sequences as string[] | undefined,
      stream: body.stream === true,
      json: (body.response_format as { type?: string } | undefined)?.type === "json_object",
    };
  },
  skip: {
    "usage-reasoning": "Cohere reports no reasoning-token count",
  },
  credential: {
    nodeConfig: (url, credential) => ({ baseUrl: url, credential }),
    sent: (request) => request.headers.authorization?.replace(/^Bearer /, ""),
    conflicting: { apiKey: "co-config-key", apiKeyEnv: "CO_API_KEY" },
  },
};

describeProviderConformance(suite);
describeCredentialConformance(suite);
