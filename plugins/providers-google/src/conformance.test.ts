/**
 * The Google provider runs the shared provider conformance suite twice: against the Gemini API
 * (API key in x-goog-api-key) and against Vertex AI (service account: every request's bearer
 * token comes from a fake OAuth endpoint that verifies the JWT's RS256 signature). The wire
 * script answers in Google's generateContent format; `read` turns the GenerateContentRequest the
 * fake upstream received back into the suite's canonical view, and checks the auth header.
 *
 * Vertex runs with `apiVersion: v1beta1, functionCallIds: true`: the suite checks that tool call
 * ids survive both ways, and ids are a v1beta1 field on Vertex (by default the node leaves them
 * out there, see request.test.ts).
 */
import { json, type RecordedRequest } from "@aigw/testkit";
import {
  type CanonicalToolCall,
  type CanonicalUsage,
  describeCredentialConformance,
  describeProviderConformance,
  type ProviderConformance,
  type SeenMessage,
  type SeenRequest,
  type WireScript,
} from "@aigw/testkit/conformance";
import { afterAll, expect } from "vitest";
import plugin from "./index.js";
import { TEST_KEY } from "./testing/harness.js";
import { startTokenServer } from "./testing/token-server.js";
import type { GeminiContent, GeminiPart, GenerateContentRequest } from "./wire.js";

const encoder = new TextEncoder();

const STATUS: Record<number, string> = {
  400: "INVALID_ARGUMENT",
  401: "UNAUTHENTICATED",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  429: "RESOURCE_EXHAUSTED",
  500: "INTERNAL",
  503: "UNAVAILABLE",
};

function usageMetadata(u: CanonicalUsage) {
  return {
    promptTokenCount: u.input,
    candidatesTokenCount: u.output - (u.reasoning ?? 0),
    totalTokenCount: u.input + u.output,
    ...(u.cachedInput !== undefined ? { cachedContentTokenCount: u.cachedInput } : {}),
    ...(u.reasoning !== undefined ? { thoughtsTokenCount: u.reasoning } : {}),
  };
}

const functionCall = (c: CanonicalToolCall) => ({
  functionCall: { id: c.id, name: c.name, args: c.arguments },
});

function candidate(parts: object[], finishReason?: string) {
  return { content: { role: "model", parts }, ...(finishReason ? { finishReason } : {}), index: 0 };
}

/** Google's SSE framing: `data: <json>` and CRLF line ends. */
function sseBody(events: object[]) {
  return {
    contentType: "text/event-stream",
    body: encoder.encode(events.map((e) => `data: ${JSON.stringify(e)}\r\n\r\n`).join("")),
  };
}

function wire(api: "gemini" | "vertex"): WireScript {
  const answer = (parts: object[], finishReason: string, u: CanonicalUsage) =>
    json(200, {
      candidates: [candidate(parts, finishReason)],
      usageMetadata: usageMetadata(u),
      modelVersion: "test-model",
      responseId: "resp-1",
    });
  return {
    text: (text, u, finish) => answer([{ text }], finish === "length" ? "MAX_TOKENS" : "STOP", u),
    toolCalls: (calls, u) => answer(calls.map(functionCall), "STOP", u),
    streamText: (pieces, u, finish) =>
      sseBody(
        pieces.map((p, i) => ({
          candidates: [
            candidate(
              [{ text: p }],
              i === pieces.length - 1 ? (finish === "length" ? "MAX_TOKENS" : "STOP") : undefined,
            ),
          ],
          usageMetadata:
            i === pieces.length - 1
              ? usageMetadata(u)
              : { promptTokenCount: u.input, totalTokenCount: u.input },
          modelVersion: "test-model",
          responseId: "resp-1",
        })),
      ),
    // Google sends each function call whole; the argument pieces have no Google equivalent.
    streamToolCalls: (calls, u) =>
      sseBody(
        calls.map((c, i) => ({
          candidates: [candidate([functionCall(c)], i === calls.length - 1 ? "STOP" : undefined)],
          usageMetadata: i === calls.length - 1 ? usageMetadata(u) : { promptTokenCount: u.input },
          modelVersion: "test-model",
        })),
      ),
    error: (status, message) =>
      json(status, { error: { code: status, message, status: STATUS[status] ?? "UNKNOWN" } }),
    streamCut: (pieces) =>
      sseBody(pieces.map((p) => ({ candidates: [candidate([{ text: p }])], modelVersion: "test-model" }))),
    embeddings: (vectors, u) =>
      api === "gemini"
        ? json(200, { embeddings: vectors.map((values) => ({ values })) })
        : json(200, {
            predictions: vectors.map((values) => ({
              embeddings: { values, statistics: { token_count: u.input / vectors.length, truncated: false } },
            })),
          }),
  };
}

function imageOf(part: GeminiPart): string | undefined {
  if (part.inlineData) return `data:${part.inlineData.mimeType};base64,${part.inlineData.data}`;
  return part.fileData?.fileUri;
}

/** A functionResponse's `response` back as the tool message's text. */
function resultText(response: Record<string, unknown>): string {
  const keys = Object.keys(response);
  return keys.length === 1 && keys[0] === "content" && typeof response.content === "string"
    ? response.content
    : JSON.stringify(response);
}

function readContents(contents: GeminiContent[]): SeenMessage[] {
  const out: SeenMessage[] = [];
  for (const content of contents) {
    const parts = content.parts ?? [];
    if (content.role === "model") {
      const seen: SeenMessage = { role: "assistant" };
      const text = parts.map((p) => p.text ?? "").join("");
      if (text) seen.text = text;
      const calls = parts.filter((p) => p.functionCall);
      if (calls.length > 0)
        seen.toolCalls = calls.map((p) => ({
          id: p.functionCall!.id!,
          name: p.functionCall!.name,
          arguments: p.functionCall!.args ?? {},
        }));
      out.push(seen);
      continue;
    }
    // A user turn may hold tool results followed by the next user message (merged turns).
    let pending: GeminiPart[] = [];
    const flush = () => {
      if (pending.length === 0) return;
      const seen: SeenMessage = { role: "user" };
      const text = pending.map((p) => p.text ?? "").join("");
      if (text) seen.text = text;
      const images = pending.map(imageOf).filter((i): i is string => i !== undefined);
      if (images.length > 0) seen.images = images;
      out.push(seen);
      pending = [];
    };
    for (const part of parts) {
      if (part.functionResponse) {
        flush();
        out.push({
          role: "tool",
          toolCallId: part.functionResponse.id!,
          text: resultText(part.functionResponse.response),
        });
      } else pending.push(part);
    }
    flush();
  }
  return out;
}

function read(request: RecordedRequest): SeenRequest {
  const body = request.json<GenerateContentRequest>();
  const match = /\/models\/([^/:]+):(generateContent|streamGenerateContent)(\?alt=sse)?$/.exec(request.path);
  if (!match) throw new Error(`unexpected upstream path ${request.path}`);
  const declarations = body.tools?.[0]?.functionDeclarations ?? [];
  const calling = body.toolConfig?.functionCallingConfig;
  const toolChoice =
    calling?.mode === "ANY" && calling.allowedFunctionNames?.length === 1
      ? { name: calling.allowedFunctionNames[0]! }
      : ({ AUTO: "auto", NONE: "none", ANY: "required" } as const)[calling?.mode ?? "AUTO"];
  const config = body.generationConfig ?? {};
  return {
    model: decodeURIComponent(match[1]!),
    system: body.systemInstruction?.parts?.map((p) => p.text ?? "").join("\n"),
    messages: readContents(body.contents),
    tools: declarations.map((d) => ({ name: d.name, description: d.description, parameters: d.parameters })),
    toolChoice: calling ? toolChoice : undefined,
    maxTokens: config.maxOutputTokens,
    temperature: config.temperature,
    topP: config.topP,
    stop: config.stopSequences,
    stream: match[2] === "streamGenerateContent" && match[3] === "?alt=sse",
    json: config.responseMimeType === "application/json",
  };
}

const gemini: ProviderConformance = {
  name: "providers-google (Gemini API)",
  plugin: plugin as never,
  nodeConfig: (url) => ({ baseUrl: url }),
  env: { GEMINI_API_KEY: TEST_KEY },
  wire: wire("gemini"),
  read(request) {
    expect(request.headers["x-goog-api-key"]).toBe(TEST_KEY);
    expect(request.headers.authorization).toBeUndefined();
    expect(request.path.startsWith("/v1beta/models/")).toBe(true);
    return read(request);
  },
  credential: {
    nodeConfig: (url, credential) => ({ baseUrl: url, credential }),
    sent: (request) => request.headers["x-goog-api-key"],
    conflicting: { apiKey: "gemini-config-key", apiKeyEnv: "GEMINI_API_KEY", credentialsFile: "/key.json" },
  },
};

describeProviderConformance(gemini);
describeCredentialConformance(gemini);

const tokens = await startTokenServer();
afterAll(() => tokens.close());

describeProviderConformance({
  name: "providers-google (Vertex AI, service account)",
  plugin: plugin as never,
  nodeConfig: (url) => ({
    api: "vertex",
    baseUrl: url,
    project: "test-project",
    location: "europe-west4",
    apiVersion: "v1beta1",
    functionCallIds: true,
  }),
  env: { GOOGLE_APPLICATION_CREDENTIALS_JSON: tokens.serviceAccountJson },
  wire: wire("vertex"),
  read(request) {
    // Every upstream request carries a token the fake OAuth endpoint issued for a verified JWT.
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1];
    expect(tokens.issued).toContain(bearer);
    expect(request.headers["x-goog-api-key"]).toBeUndefined();
    expect(
      request.path.startsWith(
        "/v1beta1/projects/test-project/locations/europe-west4/publishers/google/models/",
      ),
    ).toBe(true);
    return read(request);
  },
});
