/**
 * The Bedrock provider runs the shared provider conformance suite. The fake upstream answers in
 * Converse's own wire format: JSON for Converse, binary event-stream frames (our test encoder)
 * for ConverseStream, `{message}` plus `x-amzn-errortype` for errors, and Cohere-on-Bedrock
 * InvokeModel bodies for embeddings. `read` turns the Converse request back into the suite's
 * canonical view.
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
} from "@aigw/testkit/conformance";
import { JSON_TOOL } from "./chat-request.js";
import plugin from "./index.js";
import {
  concatFrames,
  EVENTSTREAM_CONTENT_TYPE,
  encodeEvents,
  encodeMessage,
} from "./testing/eventstream-encoder.js";
import { CREDENTIALS } from "./testing/harness.js";

/** Bedrock counts cache reads apart from inputTokens; the suite's `input` includes them. */
function usage(u: CanonicalUsage) {
  return {
    inputTokens: u.input - (u.cachedInput ?? 0),
    outputTokens: u.output,
    totalTokens: u.input + u.output,
    ...(u.cachedInput !== undefined ? { cacheReadInputTokens: u.cachedInput } : {}),
  };
}

const STOP = { stop: "end_turn", length: "max_tokens" } as const;

const ERROR_TYPES: Record<number, string> = {
  400: "ValidationException",
  401: "UnrecognizedClientException",
  403: "AccessDeniedException",
  429: "ThrottlingException",
  500: "InternalServerException",
  503: "ServiceUnavailableException",
};

function stream(events: Record<string, unknown>[]): RawStream {
  return { contentType: EVENTSTREAM_CONTENT_TYPE, body: encodeEvents(events) };
}

const metadata = (u: CanonicalUsage) => ({ metadata: { usage: usage(u), metrics: { latencyMs: 7 } } });

const textDeltas = (pieces: string[]) =>
  pieces.map((text) => ({ contentBlockDelta: { delta: { text }, contentBlockIndex: 0 } }));

interface Block {
  text?: string;
  image?: { format: string; source: { bytes?: string; s3Location?: { uri: string } } };
  toolUse?: { toolUseId: string; name: string; input: Record<string, unknown> };
  toolResult?: { toolUseId: string; content: { text?: string; json?: unknown }[] };
}

function readMessages(messages: { role: string; content: Block[] }[]): SeenMessage[] {
  const seen: SeenMessage[] = [];
  for (const m of messages) {
    if (m.role === "assistant") {
      const message: SeenMessage = { role: "assistant" };
      const text = m.content.flatMap((b) => (b.text !== undefined ? [b.text] : [])).join("");
      if (text) message.text = text;
      const calls = m.content.flatMap((b) => (b.toolUse ? [b.toolUse] : []));
      if (calls.length > 0)
        message.toolCalls = calls.map((c) => ({ id: c.toolUseId, name: c.name, arguments: c.input }));
      seen.push(message);
      continue;
    }
    // A user turn may hold tool results (one "tool" message each) followed by the user's own text.
    let pending: SeenMessage | undefined;
    for (const b of m.content) {
      if (b.toolResult) {
        pending = undefined;
        seen.push({
          role: "tool",
          toolCallId: b.toolResult.toolUseId,
          text: b.toolResult.content.map((c) => c.text ?? JSON.stringify(c.json)).join(""),
        });
        continue;
      }
      if (!pending) {
        pending = { role: "user" };
        seen.push(pending);
      }
      if (b.text !== undefined) pending.text = (pending.text ?? "") + b.text;
      if (b.image) {
        const src = b.image.source;
        const url = src.s3Location ? src.s3Location.uri : `data:image/${b.image.format};base64,${src.bytes}`;
        pending.images = [...(pending.images ?? []), url];
      }
    }
  }
  return seen;
}

const suite: ProviderConformance = {
  name: "providers-bedrock",
  plugin: plugin as never,
  nodeConfig: (url) => ({ baseUrl: url, embeddings: "cohere" }),
  env: CREDENTIALS,
  wire: {
    text: (text, u, finish) =>
      json(200, {
        output: { message: { role: "assistant", content: [{ text }] } },
        stopReason: STOP[finish],
        usage: usage(u),
        metrics: { latencyMs: 7 },
      }),
    toolCalls: (calls: CanonicalToolCall[], u) =>
      json(200, {
        output: {
          message: {
            role: "assistant",
            content: calls.map((c) => ({ toolUse: { toolUseId: c.id, name: c.name, input: c.arguments } })),
          },
        },
        stopReason: "tool_use",
        usage: usage(u),
        metrics: { latencyMs: 7 },
      }),
    streamText: (pieces, u, finish) =>
      stream([
        { messageStart: { role: "assistant" } },
        ...textDeltas(pieces),
        { contentBlockStop: { contentBlockIndex: 0 } },
        { messageStop: { stopReason: STOP[finish] } },
        metadata(u),
      ]),
    streamToolCalls: (calls, u, argumentPieces) => {
      const events: Record<string, unknown>[] = [{ messageStart: { role: "assistant" } }];
      calls.forEach((c, contentBlockIndex) => {
        events.push({
          contentBlockStart: { start: { toolUse: { toolUseId: c.id, name: c.name } }, contentBlockIndex },
        });
        const args = JSON.stringify(c.arguments);
        const size = Math.ceil(args.length / argumentPieces);
        for (let i = 0; i < args.length; i += size)
          events.push({
            contentBlockDelta: { delta: { toolUse: { input: args.slice(i, i + size) } }, contentBlockIndex },
          });
        events.push({ contentBlockStop: { contentBlockIndex } });
      });
      events.push({ messageStop: { stopReason: "tool_use" } }, metadata(u));
      return stream(events);
    },
    error: (status, message) =>
      json(
        status,
        { message },
        {
          "x-amzn-errortype": `${ERROR_TYPES[status] ?? "UnknownError"}:http://internal.amazon.com/coral/com.amazon.bedrock/`,
        },
      ),
    streamCut: (pieces) => stream([{ messageStart: { role: "assistant" } }, ...textDeltas(pieces)]),
    streamMalformed: () => ({
      contentType: EVENTSTREAM_CONTENT_TYPE,
      body: concatFrames([
        encodeMessage(
          { ":event-type": "messageStart", ":content-type": "application/json", ":message-type": "event" },
          '{"role":"assis',
        ),
        encodeEvents([{ messageStart: { role: "assistant" } }, ...textDeltas(["Hello"])]),
      ]),
    }),
    embeddings: (vectors, u) =>
      json(
        200,
        {
          id: "emb-1",
          embeddings: vectors,
          response_type: "embeddings_floats",
          texts: vectors.map(() => ""),
        },
        { "x-amzn-bedrock-input-token-count": String(u.input) },
      ),
  },
  read(request: RecordedRequest) {
    const match = /^\/model\/([^/]+)\/(converse|converse-stream|invoke)$/.exec(request.path);
    const body = request.json() as {
      system?: { text: string }[];
      messages: { role: string; content: Block[] }[];
      inferenceConfig?: { maxTokens?: number; temperature?: number; topP?: number; stopSequences?: string[] };
      toolConfig?: {
        tools: { toolSpec: { name: string; description?: string; inputSchema: { json: unknown } } }[];
        toolChoice?: { auto?: object; any?: object; tool?: { name: string } };
      };
      outputConfig?: unknown;
    };
    const choice = body.toolConfig?.toolChoice;
    return {
      model: match ? decodeURIComponent(match[1]!) : undefined,
      system: body.system ? body.system.map((b) => b.text).join("\n") : undefined,
      messages: readMessages(body.messages),
      tools: (body.toolConfig?.tools ?? [])
        .filter((t) => t.toolSpec.name !== JSON_TOOL)
        .map((t) => ({
          name: t.toolSpec.name,
          description: t.toolSpec.description,
          parameters: t.toolSpec.inputSchema.json,
        })),
      toolChoice: !choice
        ? undefined
        : choice.auto
          ? "auto"
          : choice.any
            ? "required"
            : choice.tool
              ? { name: choice.tool.name }
              : undefined,
      maxTokens: body.inferenceConfig?.maxTokens,
      temperature: body.inferenceConfig?.temperature,
      topP: body.inferenceConfig?.topP,
      stop: body.inferenceConfig?.stopSequences,
      stream: match?.[2] === "converse-stream",
      json: body.outputConfig !== undefined || choice?.tool?.name === JSON_TOOL,
    };
  },
  skip: {
    "images-url":
      "Bedrock takes image bytes, not URLs: the plugin downloads http(s) images itself (covered against a fake image server in images.test.ts); the suite's example.com URL cannot be fetched offline",
    "usage-reasoning": "Bedrock's TokenUsage has no reasoning-token count",
  },
  credential: {
    nodeConfig: (url, credential) => ({ baseUrl: url, embeddings: "cohere", credential }),
    sent: (request) => request.headers.authorization?.replace(/^Bearer /, ""),
    conflicting: { apiKeyEnv: "AWS_BEARER_TOKEN_BEDROCK", accessKeyIdEnv: "AWS_ACCESS_KEY_ID" },
  },
};

describeProviderConformance(suite);
describeCredentialConformance(suite);

// A credential whose value is AWS access keys as JSON: the upstream sees the access key id in the
// SigV4 Authorization header (the secret key only signs).
describeCredentialConformance({
  ...suite,
  name: "providers-bedrock (access keys)",
  credential: {
    nodeConfig: (url, credential) => ({ baseUrl: url, embeddings: "cohere", credential }),
    env: { AWS_REGION: "us-east-1" },
    store: (secret) => {
      const accessKeyId = `AKID${secret.slice(-10).toUpperCase()}`;
      return { value: JSON.stringify({ accessKeyId, secretAccessKey: secret }), sent: accessKeyId };
    },
    sent: (request) => /Credential=([^/]+)\//.exec(request.headers.authorization ?? "")?.[1],
    conflicting: { secretAccessKeyEnv: "AWS_SECRET_ACCESS_KEY", sessionTokenEnv: "AWS_SESSION_TOKEN" },
  },
});
