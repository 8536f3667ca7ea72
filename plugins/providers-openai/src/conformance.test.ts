/**
 * The OpenAI provider runs the shared provider conformance suite. Its wire format is OpenAI's
 * own, so `read` is testkit's OpenAI-format reader; this adapter is also the reference for other
 * providers.
 */
import { json, moderationResponse } from "@aigw/testkit";
import {
  type CanonicalToolCall,
  type CanonicalUsage,
  describeCredentialConformance,
  describeProviderConformance,
  type ProviderConformance,
  readOpenAIRequest,
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

const suite: ProviderConformance = {
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
    moderations: (verdicts) => json(200, moderationResponse(verdicts)),
  },
  read: readOpenAIRequest,
  credential: {
    nodeConfig: (url, credential) => ({ baseUrl: `${url}/v1`, credential }),
    sent: (request) => request.headers.authorization?.replace(/^Bearer /, ""),
    conflicting: { apiKey: "sk-config", apiKeyEnv: "OPENAI_API_KEY" },
  },
};

describeProviderConformance(suite);
describeCredentialConformance(suite);
