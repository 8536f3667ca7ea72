/**
 * Test helpers: a real gateway (`createGateway`) with the Responses ingress in front of a
 * provider that answers from a script (chat completions or chunk streams, cut short on demand),
 * optionally on a shared store; and parsing of the Responses event stream. Test-only.
 */
import { createGateway, type Gateway } from "@aigw/engine";
import {
  type CallResult,
  type ChatCompletion,
  type ChatCompletionChunk,
  type ChatCompletionChunkDelta,
  type ChatCompletionRequest,
  chunkFromText,
  definePlugin,
  type FinishReason,
  GatewayError,
  jsonValueResult,
  type Logger,
  type StreamChunk,
  type Usage,
} from "@aigw/plugin-api";
import ingress from "../index.js";

export const USAGE: Usage = {
  prompt_tokens: 11,
  completion_tokens: 7,
  total_tokens: 18,
  prompt_tokens_details: { cached_tokens: 3 },
  completion_tokens_details: { reasoning_tokens: 2 },
};

export type Reply = (request: ChatCompletionRequest) => CallResult;

const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => quiet };

export interface TestGateway {
  gw: Gateway;
  /** The chat requests the provider got. */
  seen: ChatCompletionRequest[];
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  call(method: string, path: string, headers?: Record<string, string>): Promise<Response>;
}

export async function testGateway(
  reply: Reply,
  options: { stores?: Record<string, unknown>; nodes?: unknown[] } = {},
): Promise<TestGateway> {
  const seen: ChatCompletionRequest[] = [];
  const provider = definePlugin({
    manifest: {
      name: "scripted",
      kind: "provider",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["call"],
      configSchema: { type: "object" },
    },
    create: () => ({
      async call(ctx) {
        const body = ctx.request.body as ChatCompletionRequest;
        seen.push(structuredClone(body));
        return reply(body);
      },
    }),
  });
  const gw = await createGateway({
    config: {
      ...(options.stores ? { stores: options.stores } : {}),
      ingress: [{ id: "responses", plugin: "ingress-responses" }],
      pipeline: { nodes: options.nodes ?? [{ id: "llm", plugin: "scripted" }] },
    } as never,
    plugins: [ingress, provider],
    services: { logger: quiet },
  });
  const call = (method: string, path: string, headers: Record<string, string> = {}) =>
    gw.fetch(
      new Request(`http://gw${path}`, { method, headers: { authorization: "Bearer k1", ...headers } }),
    );
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    gw.fetch(
      new Request("http://gw/v1/responses", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer k1", ...headers },
        body: typeof body === "string" ? body : JSON.stringify(body),
      }),
    );
  return { gw, seen, post, call };
}

export function completion(
  message: Omit<ChatCompletion["choices"][number]["message"], "role">,
  finish: FinishReason = "stop",
): ChatCompletion {
  return {
    id: "chatcmpl-t",
    object: "chat.completion",
    created: 1_700_000_000,
    model: "upstream-model",
    choices: [{ index: 0, message: { role: "assistant", ...message }, finish_reason: finish }],
    usage: USAGE,
  };
}

export function json(body: ChatCompletion): CallResult {
  return jsonValueResult(body);
}

export function chunk(
  delta: ChatCompletionChunkDelta,
  finish: FinishReason | null = null,
): ChatCompletionChunk {
  return {
    id: "chatcmpl-t",
    object: "chat.completion.chunk",
    created: 1_700_000_000,
    model: "upstream-model",
    choices: [{ index: 0, delta, finish_reason: finish }],
  };
}

/** A stream of chunks, ending with a usage chunk; `cutAfter` chunks, then an upstream failure. */
export function stream(chunks: ChatCompletionChunk[], cutAfter?: number): CallResult {
  const all = [...chunks, { ...chunk({}), choices: [], usage: USAGE }];
  async function* gen(): AsyncGenerator<StreamChunk> {
    for (const [i, c] of all.entries()) {
      if (i === cutAfter) throw new GatewayError("upstream_error", "The upstream stream was cut off.");
      yield chunkFromText(JSON.stringify(c));
    }
  }
  return { type: "stream", status: 200, chunks: gen() };
}

export interface Event {
  event: string;
  data: Record<string, unknown> & { type: string; sequence_number: number };
}

/** Parses a Responses event stream (`event:` and one `data:` line per event). */
export function parseEvents(text: string): Event[] {
  return text
    .split("\n\n")
    .filter((block) => block.trim() !== "")
    .map((block) => {
      const lines = block.split("\n");
      const event = lines.find((l) => l.startsWith("event: "))?.slice(7) ?? "";
      const data = lines
        .filter((l) => l.startsWith("data: "))
        .map((l) => l.slice(6))
        .join("\n");
      return { event, data: JSON.parse(data) as Event["data"] };
    });
}
