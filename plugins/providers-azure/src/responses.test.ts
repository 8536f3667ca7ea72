/**
 * The Responses API natively on Azure OpenAI: the native body goes to the resource's Responses
 * endpoint (`/openai/v1/responses` on the v1 API, `/openai/responses?api-version=...` on a dated
 * one), the deployment as its model, with the resource's key; the answer comes back natively.
 * The fake resource serves only that endpoint.
 */
import type { RecordedRequest } from "@aigw/testkit";
import { collectSse, json, NATIVE_TEST_PATH, NamedSse, nativeIngress, sse } from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { type Harness, harness, TEST_KEY } from "./testing/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const RESPONSE = {
  id: "resp_az",
  object: "response",
  status: "completed",
  output: [],
  usage: { input_tokens: 2, output_tokens: 1, total_tokens: 3 },
};
const native = [nativeIngress("openai-responses")];

describe("Azure OpenAI's Responses API, natively", () => {
  it("v1 API: /openai/v1/responses with the deployment as model", async () => {
    h = await harness(
      (request: RecordedRequest) =>
        request.path === "/openai/v1/responses"
          ? json(200, RESPONSE)
          : json(404, { error: { message: request.path } }),
      { ingress: native, config: { apiVersion: "v1", deployments: { "gpt-4o": "prod-4o" } } },
    );
    const res = await h.post(NATIVE_TEST_PATH, { model: "gpt-4o", input: "Hi" });
    expect(await res.json()).toEqual(RESPONSE);
    expect(res.headers.get("x-native")).toBe("openai-responses");
    const sent = h.upstream.requests[0]!;
    expect(sent.json()).toEqual({ model: "prod-4o", input: "Hi" });
    expect(sent.headers["api-key"]).toBe(TEST_KEY);
  });

  it("dated api-version: /openai/responses?api-version=..., streamed", async () => {
    const events = [
      { type: "response.created", sequence_number: 0, response: { ...RESPONSE, status: "in_progress" } },
      { type: "response.completed", sequence_number: 1, response: RESPONSE },
    ];
    h = await harness(
      (request: RecordedRequest) =>
        request.path === "/openai/responses?api-version=2025-04-01-preview"
          ? sse(
              events.map((e) => new NamedSse(e.type, e)),
              { done: false },
            )
          : json(404, { error: { message: request.path } }),
      { ingress: native, config: { apiVersion: "2025-04-01-preview", deployment: "d1" } },
    );
    const res = await h.post(NATIVE_TEST_PATH, { model: "gpt-4o", input: "Hi", stream: true });
    expect(await collectSse(res)).toEqual(events.map((e) => JSON.stringify(e)));
    expect(h.upstream.requests[0]!.json()).toMatchObject({ model: "d1", stream: true });
  });

  it("responsesApi: false keeps chat completions", async () => {
    h = await harness(
      (request: RecordedRequest) =>
        request.path.includes("/chat/completions")
          ? json(200, {
              id: "c",
              object: "chat.completion",
              created: 0,
              model: "m",
              choices: [{ index: 0, message: { role: "assistant", content: "chat" }, finish_reason: "stop" }],
            })
          : json(404, { error: { message: request.path } }),
      { ingress: native, config: { responsesApi: false, deployment: "d1" } },
    );
    const res = await h.post(NATIVE_TEST_PATH, { model: "gpt-4o", input: "Hi" });
    expect(await res.json()).toMatchObject({ choices: [{ message: { content: "chat" } }] });
  });
});
