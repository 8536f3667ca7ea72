/**
 * The Responses API natively: a request that came through an ingress in the `openai-responses`
 * format goes to the upstream's `/responses` as its native body (the model replaced when the
 * node forces one), and the answer comes back natively, JSON or events, with its usage recorded.
 * The fake upstream speaks `/responses` strictly: anything else is a 404. Other upstreams use
 * chat unless the node says they serve `/responses`.
 */
import type { RecordedRequest, Reply } from "@aigw/testkit";
import { collectSse, json, NATIVE_TEST_PATH, NamedSse, nativeIngress, sse } from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { type Harness, harness, TEST_KEY } from "./testing/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const RESPONSE = {
  id: "resp_up",
  object: "response",
  status: "completed",
  model: "gpt-4o-2024-08-06",
  output: [
    {
      id: "msg_1",
      type: "message",
      role: "assistant",
      status: "completed",
      content: [{ type: "output_text", text: "Hi", annotations: [] }],
    },
  ],
  usage: {
    input_tokens: 5,
    input_tokens_details: { cached_tokens: 1 },
    output_tokens: 3,
    output_tokens_details: { reasoning_tokens: 2 },
    total_tokens: 8,
  },
};

const EVENTS = [
  {
    type: "response.created",
    sequence_number: 0,
    response: { ...RESPONSE, status: "in_progress", output: [], usage: null },
  },
  {
    type: "response.output_text.delta",
    sequence_number: 1,
    item_id: "msg_1",
    output_index: 0,
    content_index: 0,
    delta: "Hi",
  },
  { type: "response.completed", sequence_number: 2, response: RESPONSE },
];

/** The fake OpenAI: `/v1/responses` only, with a JSON body naming a model. */
function responsesOnly(reply: Reply) {
  return (request: RecordedRequest): Reply => {
    const body = request.json<Record<string, unknown>>();
    if (request.method !== "POST" || request.path !== "/v1/responses" || typeof body.model !== "string")
      return json(404, {
        error: { message: `no route ${request.method} ${request.path}`, type: "invalid_request_error" },
      });
    return reply;
  };
}

const native = [nativeIngress("openai-responses")];
const post = (body: Record<string, unknown>) => h!.post(NATIVE_TEST_PATH, body);

describe("the Responses API, natively", () => {
  it("sends the native body to /responses and answers with the upstream's Response", async () => {
    h = await harness(responsesOnly(json(200, RESPONSE)), {
      ingress: native,
      config: { responsesApi: true },
    });
    const finished = h.nextFinished();
    const body = { model: "gpt-4o", input: [{ role: "user", content: "Hi" }], store: false, say: "x" };
    const res = await post(body);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-native")).toBe("openai-responses");
    expect(await res.json()).toEqual(RESPONSE);
    const sent = h.upstream.requests[0]!;
    expect(sent.json()).toEqual(body);
    expect(sent.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    expect(sent.headers["content-type"]).toBe("application/json");
    expect((await finished).annotations.usage).toEqual({
      prompt_tokens: 5,
      completion_tokens: 3,
      total_tokens: 8,
      prompt_tokens_details: { cached_tokens: 1 },
      completion_tokens_details: { reasoning_tokens: 2 },
    });
  });

  it("replaces the model with the node's, and streams events as they come", async () => {
    h = await harness(
      responsesOnly(
        sse(
          EVENTS.map((e) => new NamedSse(e.type, e)),
          { done: false },
        ),
      ),
      {
        ingress: native,
        config: { responsesApi: true, model: "gpt-4.1" },
      },
    );
    const finished = h.nextFinished();
    const res = await post({ model: "alias", input: "Hi", stream: true });
    expect(await collectSse(res)).toEqual(EVENTS.map((e) => JSON.stringify(e)));
    expect(h.upstream.requests[0]!.json()).toMatchObject({ model: "gpt-4.1", stream: true });
    expect((await finished).annotations.usage).toMatchObject({ prompt_tokens: 5, completion_tokens: 3 });
  });

  it("a stream cut before its final event fails, never ends cleanly", async () => {
    const cut = EVENTS.slice(0, 2).map((e) => new NamedSse(e.type, e));
    h = await harness(responsesOnly(sse(cut, { done: false, ending: "reset" })), {
      ingress: native,
      config: { responsesApi: true },
    });
    const text = await (await post({ model: "m", input: "Hi", stream: true })).text();
    expect(text).toContain("event: response.output_text.delta");
    expect(text.trimEnd().split("\n\n").at(-1)).toMatch(/^event: failed\n/);
  });

  it("an upstream error keeps its status and message", async () => {
    h = await harness(
      json(400, {
        error: { message: "bad input", type: "invalid_request_error", param: "input", code: null },
      }),
      {
        ingress: native,
        config: { responsesApi: true },
      },
    );
    const res = await post({ model: "m", input: "Hi" });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { message: expect.stringContaining("bad input") } });
  });

  it("a custom upstream uses chat unless responsesApi is set", async () => {
    h = await harness(
      (request) =>
        request.path === "/v1/chat/completions"
          ? json(200, {
              id: "c",
              object: "chat.completion",
              created: 0,
              model: "m",
              choices: [{ index: 0, message: { role: "assistant", content: "chat" }, finish_reason: "stop" }],
            })
          : json(404, { error: { message: "no" } }),
      { ingress: native },
    );
    const res = await post({ model: "m", input: "Hi" });
    expect(res.headers.get("x-native")).toBeNull();
    expect(await res.json()).toMatchObject({ choices: [{ message: { content: "chat" } }] });
  });

  it("an upstream error that echoes a vault credential does not show it", async () => {
    const secret = "sk-vault-secret-0123456789";
    h = await harness(
      json(401, {
        error: { message: `Incorrect API key provided: ${secret}.`, type: "invalid_request_error" },
      }),
      {
        ingress: native,
        config: { responsesApi: true, credential: "openai", apiKeyEnv: undefined },
        credentials: new Map([["openai", secret]]),
      },
    );
    const res = await post({ model: "m", input: "Hi" });
    expect(res.status).toBe(401);
    expect(h.upstream.requests[0]!.headers.authorization).toBe(`Bearer ${secret}`);
    const text = await res.text();
    expect(text).not.toContain(secret);
    expect(text).toContain("[redacted]");
  });
});
