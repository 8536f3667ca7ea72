/**
 * A gateway for guardrail tests: the guardrail under test in front of an echo provider that
 * answers with the last message it was sent (so what the guardrail did to the request shows in
 * the answer), or a fixed reply, as JSON or as a stream cut into small chunks. Every request the
 * provider received is kept, to check what really left the gateway.
 */
import { createGateway, type Gateway } from "@aigw/engine";
import {
  type ChatCompletionMessageParam,
  chunkFromText,
  definePlugin,
  jsonResult,
  type Logger,
  type Plugin,
  type RequestAnnotations,
  type RequestRecord,
} from "@aigw/plugin-api";

/** A finished request's record, with the annotations plugins wrote while it ran (for tests). */
export type ObservedRequest = RequestRecord & { annotations: RequestAnnotations };

export interface EchoConfig {
  /** Answer with this text instead of echoing. */
  reply?: string;
  /** Characters per streamed chunk. */
  chunkSize?: number;
  /** Answer with a call of this tool whose arguments are the text, instead of content. */
  tool?: string;
}

/** What the echo provider received, and the finished records. */
export interface EchoJournal {
  readonly bodies: unknown[];
  readonly records: ObservedRequest[];
}

function lastText(messages: readonly ChatCompletionMessageParam[]): string {
  const content = messages.at(-1)?.content;
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content.map((part) => ("text" in part && typeof part.text === "string" ? part.text : "")).join("");
}

export function echoProvider(journal: EchoJournal): Plugin<EchoConfig> {
  return definePlugin({
    manifest: {
      name: "echo",
      kind: "provider",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["call"],
      configSchema: {
        type: "object",
        additionalProperties: false,
        properties: {
          reply: { type: "string" },
          chunkSize: { type: "integer", minimum: 1 },
          tool: { type: "string" },
        },
      },
    },
    create: (config: EchoConfig) => ({
      async call(ctx) {
        journal.bodies.push(structuredClone(ctx.request.body));
        const request = ctx.request;
        const content =
          config.reply ?? (request.endpoint === "chat.completions" ? lastText(request.body.messages) : "");
        const base = { id: "chatcmpl-echo", created: 0, model: request.model ?? "echo" };
        if (!request.stream) {
          return jsonResult(
            JSON.stringify({
              ...base,
              object: "chat.completion",
              choices: [
                {
                  index: 0,
                  message: config.tool
                    ? {
                        role: "assistant",
                        content: null,
                        tool_calls: [
                          {
                            id: "call_1",
                            type: "function",
                            function: { name: config.tool, arguments: content },
                          },
                        ],
                      }
                    : { role: "assistant", content },
                  finish_reason: config.tool ? "tool_calls" : "stop",
                  logprobs: null,
                },
              ],
              usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
            }),
          );
        }
        const size = config.chunkSize ?? 3;
        const frame = (delta: object, finish: string | null) =>
          chunkFromText(
            JSON.stringify({
              ...base,
              object: "chat.completion.chunk",
              choices: [{ index: 0, delta, finish_reason: finish }],
            }),
          );
        const tool = config.tool;
        async function* chunks() {
          if (tool) {
            yield frame(
              {
                role: "assistant",
                tool_calls: [
                  { index: 0, id: "call_1", type: "function", function: { name: tool, arguments: "" } },
                ],
              },
              null,
            );
            for (let i = 0; i < content.length; i += size)
              yield frame(
                { tool_calls: [{ index: 0, function: { arguments: content.slice(i, i + size) } }] },
                null,
              );
            yield frame({}, "tool_calls");
            return;
          }
          yield frame({ role: "assistant", content: "" }, null);
          for (let i = 0; i < content.length; i += size)
            yield frame({ content: content.slice(i, i + size) }, null);
          yield frame({}, "stop");
        }
        return { type: "stream", status: 200, chunks: chunks() };
      },
    }),
  });
}

function recorder(journal: EchoJournal): Plugin {
  return definePlugin({
    manifest: {
      name: "recorder",
      kind: "observer",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["finish"],
      configSchema: {},
    },
    create: () => ({
      finish: (record, ctx) => void journal.records.push({ ...record, annotations: ctx.annotations }),
    }),
  });
}

function silentLogger(): Logger {
  const noop = () => {};
  const logger: Logger = { debug: noop, info: noop, warn: noop, error: noop, child: () => logger };
  return logger;
}

export interface EchoGateway {
  readonly gateway: Gateway;
  readonly journal: EchoJournal;
  /** Sends a chat request; `content` becomes the last user message. */
  chat(content: string, extra?: Record<string, unknown>): Promise<Response>;
}

/**
 * A gateway whose pipeline is `nodes` (guardrail nodes) then an `echo` provider node named
 * `llm`. `plugins` are the guardrail plugins the nodes use.
 */
export async function echoGateway(options: {
  plugins: readonly Plugin<never>[];
  nodes: readonly Record<string, unknown>[];
  echo?: EchoConfig;
  stores?: Record<string, unknown>;
  /** Environment variables the plugins may read through the `env` service. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Where the gateway logs (default: nowhere). */
  logger?: Logger;
}): Promise<EchoGateway> {
  const journal: EchoJournal = { bodies: [], records: [] };
  const gateway = await createGateway({
    config: {
      ...(options.stores ? { stores: options.stores } : {}),
      pipeline: {
        nodes: [
          ...options.nodes,
          { id: "records", plugin: "recorder" },
          { id: "llm", plugin: "echo", config: options.echo ?? {} },
        ],
      },
    },
    plugins: [...(options.plugins as Plugin[]), echoProvider(journal) as Plugin, recorder(journal)],
    services: { logger: options.logger ?? silentLogger() },
    ...(options.env ? { env: options.env } : {}),
  });
  return {
    gateway,
    journal,
    chat: (content, extra = {}) =>
      gateway.fetch(
        new Request("http://gateway.test/v1/chat/completions", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ model: "echo-model", messages: [{ role: "user", content }], ...extra }),
        }),
      ),
  };
}

/**
 * The text a streamed answer delivered (its content, and its first tool call's arguments), how
 * many events carried some, and whether it ended with an error event or with [DONE].
 */
export async function readStream(
  response: Response,
): Promise<{ text: string; args: string; events: number; error: unknown; done: boolean }> {
  const raw = await response.text();
  let text = "";
  let args = "";
  let events = 0;
  let error: unknown;
  let done = false;
  for (const line of raw.split("\n")) {
    if (!line.startsWith("data: ")) continue;
    const data = line.slice(6);
    if (data === "[DONE]") {
      done = true;
      continue;
    }
    const event = JSON.parse(data) as {
      error?: unknown;
      choices?: { delta?: { content?: string; tool_calls?: { function?: { arguments?: string } }[] } }[];
    };
    if (event.error) error = event.error;
    const delta = event.choices?.[0]?.delta;
    const piece = (delta?.content ?? "") + (delta?.tool_calls?.[0]?.function?.arguments ?? "");
    if (piece !== "") events++;
    text += delta?.content ?? "";
    args += delta?.tool_calls?.[0]?.function?.arguments ?? "";
  }
  return { text, args, events, error, done };
}
