/**
 * Azure OpenAI runs the shared provider conformance suite. The wire is OpenAI's, plus what Azure
 * adds: content filter results on every answer, a prompt annotation frame opening each stream,
 * and its own error bodies (`{"error":{"code":"429","message":...}}`). Requests go to a
 * deployment URL with an api-version; `read` reshapes the forwarded OpenAI body.
 */
import { json, type RecordedRequest } from "@aigw/testkit";
import {
  type CanonicalToolCall,
  type CanonicalUsage,
  describeCredentialConformance,
  describeProviderConformance,
  type ProviderConformance,
  readOpenAIRequest,
} from "@aigw/testkit/conformance";
import { expect } from "vitest";
import plugin from "./index.js";

const encoder = new TextEncoder();
const created = 1_700_000_000;
const SAFE = {
  hate: { filtered: false, severity: "safe" },
  self_harm: { filtered: false, severity: "safe" },
  sexual: { filtered: false, severity: "safe" },
  violence: { filtered: false, severity: "safe" },
};
const promptFilterResults = [{ prompt_index: 0, content_filter_results: SAFE }];

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

function completion(message: object, finish: string, u: CanonicalUsage) {
  return {
    id: "chatcmpl-azure1",
    object: "chat.completion",
    created,
    model: "gpt-4o-2024-08-06",
    prompt_filter_results: promptFilterResults,
    choices: [
      {
        index: 0,
        message: { role: "assistant", ...message },
        finish_reason: finish,
        content_filter_results: SAFE,
      },
    ],
    usage: usage(u),
  };
}

/** Azure opens every stream with the prompt's filter results: no choices, empty id and object. */
const PREAMBLE = {
  choices: [],
  created: 0,
  id: "",
  model: "",
  object: "",
  prompt_filter_results: promptFilterResults,
};

function sseBody(chunks: object[], done = true) {
  const text =
    [PREAMBLE, ...chunks].map((c) => `data: ${JSON.stringify(c)}\n\n`).join("") +
    (done ? "data: [DONE]\n\n" : "");
  return { contentType: "text/event-stream", body: encoder.encode(text) };
}

const chunk = (delta: object, finish: string | null = null) => ({
  choices: [{ content_filter_results: {}, delta, finish_reason: finish, index: 0, logprobs: null }],
  created,
  id: "chatcmpl-azure1",
  model: "gpt-4o-2024-08-06",
  object: "chat.completion.chunk",
  system_fingerprint: "fp_azure",
});
const usageChunk = (u: CanonicalUsage) => ({ ...chunk({}), choices: [], usage: usage(u) });

const suite: ProviderConformance = {
  name: "providers-azure",
  plugin: plugin as never,
  nodeConfig: (url) => ({ endpoint: url, deployments: { "test-model": "test-deployment" } }),
  env: { AZURE_OPENAI_API_KEY: "azure-test-key" },
  wire: {
    text: (text, u, finish) => json(200, completion({ content: text }, finish, u)),
    toolCalls: (calls, u) =>
      json(200, completion({ content: null, tool_calls: calls.map(toolCall) }, "tool_calls", u)),
    streamText: (pieces, u, finish) =>
      sseBody([
        chunk({ content: "", refusal: null, role: "assistant" }),
        ...pieces.map((p) => chunk({ content: p })),
        chunk({}, finish),
        usageChunk(u),
      ]),
    streamToolCalls: (calls, u, argumentPieces) => {
      const chunks: object[] = [chunk({ content: null, refusal: null, role: "assistant" })];
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
      chunks.push(chunk({}, "tool_calls"), usageChunk(u));
      return sseBody(chunks);
    },
    // Azure's own error bodies: OpenAI-like for request errors, `code` as a string otherwise.
    error: (status, message) =>
      json(
        status,
        status === 400
          ? { error: { message, type: "invalid_request_error", param: null, code: null } }
          : { error: { code: String(status), message } },
        status === 429 ? { "retry-after": "3" } : {},
      ),
    streamCut: (pieces) =>
      sseBody(
        [chunk({ content: "", role: "assistant" }), ...pieces.map((p) => chunk({ content: p }))],
        false,
      ),
    embeddings: (vectors, u) =>
      json(200, {
        object: "list",
        data: vectors.map((embedding, index) => ({ object: "embedding", index, embedding })),
        model: "text-embedding-3-small",
        usage: { prompt_tokens: u.input, total_tokens: u.input },
      }),
  },
  read(request: RecordedRequest) {
    // Every call goes to the mapped deployment with the api-version.
    expect(request.path).toMatch(/^\/openai\/deployments\/test-deployment\/[a-z/]+\?api-version=2024-10-21$/);
    expect(request.headers["api-key"]).toBe("azure-test-key");
    return readOpenAIRequest(request);
  },
  credential: {
    nodeConfig: (url, credential) => ({
      endpoint: url,
      deployments: { "test-model": "test-deployment" },
      credential,
    }),
    sent: (request) => request.headers["api-key"],
    conflicting: {
      apiKey: "azure-config-key",
      apiKeyEnv: "AZURE_OPENAI_API_KEY",
      bearerTokenEnv: "AZURE_OPENAI_AD_TOKEN",
    },
  },
};

describeProviderConformance(suite);
describeCredentialConformance(suite);
