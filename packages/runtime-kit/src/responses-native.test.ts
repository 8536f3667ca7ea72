/**
 * The Responses API passed through natively: with OpenAI as the target, the client's body goes
 * to the fake OpenAI's `/v1/responses` (a chain expanded into its input, `previous_response_id`
 * not sent), and its Response and events come back as OpenAI sent them, stored for the next
 * turn. With a response hook in the pipeline the same request is translated through chat.
 */

import cacheExact from "@aigw/cache-exact";
import { createGateway, fetchHttpClient } from "@aigw/engine";
import ingressResponses from "@aigw/ingress-responses";
import type { Logger } from "@aigw/plugin-api";
import providersOpenAI from "@aigw/providers-openai";
import {
  type FakeUpstream,
  json,
  NamedSse,
  type RecordedRequest,
  type Reply,
  serveGateway,
  sse,
  startFakeUpstream,
} from "@aigw/testkit";
import OpenAI from "openai";
import { afterEach, describe, expect, test } from "vitest";

const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => quiet };

function upstreamResponse(id: string, text: string) {
  return {
    id,
    object: "response",
    created_at: 1_700_000_000,
    status: "completed",
    model: "gpt-4o-2024-08-06",
    previous_response_id: null,
    output: [
      {
        id: `msg_${id}`,
        type: "message",
        role: "assistant",
        status: "completed",
        content: [{ type: "output_text", text, annotations: [] }],
      },
    ],
    usage: {
      input_tokens: 4,
      input_tokens_details: { cached_tokens: 0 },
      output_tokens: 2,
      output_tokens_details: { reasoning_tokens: 0 },
      total_tokens: 6,
    },
  };
}

/** The fake OpenAI: `/v1/responses` natively (JSON or events), `/v1/chat/completions` too. */
function openai(request: RecordedRequest, index: number): Reply {
  const body = request.json<{ stream?: boolean }>();
  if (request.path === "/v1/chat/completions")
    return json(200, {
      id: "c",
      object: "chat.completion",
      created: 0,
      model: "gpt-4o",
      choices: [{ index: 0, message: { role: "assistant", content: "via chat" }, finish_reason: "stop" }],
    });
  if (request.path !== "/v1/responses") return json(404, { error: { message: "no such route" } });
  const response = upstreamResponse(`resp_up${index}`, `native ${index}`);
  if (!body.stream) return json(200, response);
  const item = response.output[0]!;
  const part = item.content[0]!;
  const at = { item_id: item.id, output_index: 0, content_index: 0 };
  const events = [
    { type: "response.created", response: { ...response, status: "in_progress", output: [] } },
    {
      type: "response.output_item.added",
      output_index: 0,
      item: { ...item, status: "in_progress", content: [] },
    },
    { type: "response.content_part.added", ...at, part: { ...part, text: "" } },
    { type: "response.output_text.delta", ...at, delta: part.text, logprobs: [] },
    { type: "response.output_text.done", ...at, text: part.text, logprobs: [] },
    { type: "response.content_part.done", ...at, part },
    { type: "response.output_item.done", output_index: 0, item },
    { type: "response.completed", response },
  ].map((event, sequence_number) => ({ ...event, sequence_number }));
  return sse(
    events.map((e) => new NamedSse(e.type, e)),
    { done: false },
  );
}

let upstream: FakeUpstream | undefined;
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
  await upstream?.close();
});

async function client(nodes: (url: string) => unknown[], plugins: never[] = []): Promise<OpenAI> {
  upstream = await startFakeUpstream(openai);
  const gw = await createGateway({
    config: {
      ingress: [{ id: "responses", plugin: "ingress-responses" }],
      pipeline: { nodes: nodes(upstream.url) },
    } as never,
    plugins: [ingressResponses, providersOpenAI, ...plugins],
    services: { http: fetchHttpClient(), logger: quiet },
    env: { OPENAI_API_KEY: "sk-test" },
  });
  const server = await serveGateway(gw);
  closers.push(
    () => server.close(),
    () => gw.close(2_000),
  );
  return new OpenAI({ baseURL: `${server.url}/v1`, apiKey: "k1", maxRetries: 0 });
}

const toOpenAI = (url: string) => [
  { id: "openai", plugin: "providers-openai", config: { baseUrl: `${url}/v1`, responsesApi: true } },
];

describe("native pass-through to OpenAI", () => {
  test("the body goes to /responses; the Response comes back as sent, and chains expand locally", async () => {
    const sdk = await client(toOpenAI);
    const first = await sdk.responses.create({ model: "gpt-4o", input: "Hi", metadata: { t: "1" } });
    expect(first.id).toBe("resp_up0");
    expect(first.output_text).toBe("native 0");
    expect(upstream!.requests[0]!.json()).toEqual({ model: "gpt-4o", input: "Hi", metadata: { t: "1" } });

    const second = await sdk.responses.create({
      model: "gpt-4o",
      input: "Again",
      previous_response_id: first.id,
    });
    expect(second.previous_response_id).toBe(first.id);
    expect(upstream!.requests[1]!.json()).toEqual({
      model: "gpt-4o",
      input: [
        { type: "message", role: "user", content: [{ type: "input_text", text: "Hi" }] },
        {
          type: "message",
          role: "assistant",
          status: "completed",
          content: [{ type: "output_text", text: "native 0", annotations: [] }],
        },
        { type: "message", role: "user", content: [{ type: "input_text", text: "Again" }] },
      ],
    });
    expect((await sdk.responses.retrieve(second.id)).output_text).toBe("native 1");
  });

  test("a native stream comes back event by event", async () => {
    const sdk = await client(toOpenAI);
    const runner = sdk.responses.stream({ model: "gpt-4o", input: "Hi" });
    const deltas: string[] = [];
    runner.on("response.output_text.delta", (event) => deltas.push(event.delta));
    const final = await runner.finalResponse();
    expect(deltas).toEqual(["native 0"]);
    expect(final.id).toBe("resp_up0");
    expect(upstream!.requests[0]!.path).toBe("/v1/responses");
    expect((await sdk.responses.retrieve("resp_up0")).status).toBe("completed");
  });

  test("with a node that reads answers (a cache), the request is translated through chat", async () => {
    const sdk = await client(
      (url) => [{ id: "cache", plugin: "cache-exact" }, ...toOpenAI(url)],
      [cacheExact as never],
    );
    const response = await sdk.responses.create({ model: "gpt-4o", input: "Hi" });
    expect(response.output_text).toBe("via chat");
    expect(response.id).toMatch(/^resp_[0-9a-f]{48}$/);
    expect(upstream!.requests[0]!.path).toBe("/v1/chat/completions");
  });
});
